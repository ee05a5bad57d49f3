import { useEffect, useRef, type RefObject } from 'react';

/**
 * Moves focus to the new view's first heading whenever the route changes (not on the first
 * render: a freshly opened popup keeps the browser's own focus), so keyboard and screen-reader
 * users land on what just opened instead of the page body. Views load on demand: the heading is
 * waited for as it appears in the DOM, not for a time.
 */
export function useHeadingFocus(container: RefObject<HTMLElement | null>, routeKey: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const root = container.current;
    if (!root) return;
    const focusHeading = (): boolean => {
      const heading = root.querySelector<HTMLElement>('h2');
      if (!heading) return false;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus();
      return true;
    };
    if (focusHeading()) return;
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [container, routeKey]);
}
