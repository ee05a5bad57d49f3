import { mayBeChatLauncher } from '../../lib/detect/chat-hint';
import { listen } from './listen';

/** Focus that moves into a frame this soon after a Tab key press is the keyboard's, not a click. */
const TAB_FOCUS_MS = 300;

/**
 * Calls `listener` with the element when the person may have opened a chat launcher: a trusted
 * click on something that looks like one, or the focus moving into a frame that looks like one
 * (a click inside a frame never reaches the page). The gate listens for this instead of looking
 * for launchers on every page: many sites show one on every page, they arrive seconds after the
 * load, and only the person opening one makes it an attempt. The page part, loaded then, checks
 * the element exactly. Nothing here touches an element until the person acts.
 */
export function onChatOpened(listener: (launcher: Element) => void): () => void {
  let tabAt = -Infinity;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const click = (event: Event) => {
    const target = event.target;
    if (event.isTrusted && target instanceof Element && mayBeChatLauncher(target)) listener(target);
  };
  const key = (event: Event) => {
    if (event.isTrusted && event instanceof KeyboardEvent && event.key === 'Tab') tabAt = Date.now();
  };
  const blur = (event: Event) => {
    if (!event.isTrusted || Date.now() - tabAt < TAB_FOCUS_MS) return;
    // The frame is the active element once the blur is over.
    pending = setTimeout(() => {
      const active = document.activeElement;
      if (active?.nodeName === 'IFRAME' && mayBeChatLauncher(active)) listener(active);
    }, 0);
  };
  const stopListening = listen([document, 'click', click], [document, 'keydown', key], [window, 'blur', blur]);
  return () => {
    clearTimeout(pending);
    stopListening();
  };
}
