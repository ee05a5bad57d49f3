import type { PageLifetime } from './lifetime';

/** Elements added (or restyled) since the last check; `overflow` when there were too many to keep. */
export interface Changes {
  added: readonly Element[];
  overflow: boolean;
}

const MAX_KEPT = 500;

/**
 * Watches the page for changes for a limited time, at most once per `everyMs`: the mutation
 * callback only collects what changed (bounded), the check runs on a timer and can look at just
 * those elements instead of the whole document. Stops after `forMs` or when `check` returns
 * true. Never does work per mutation.
 */
export function watchDom(
  lifetime: PageLifetime,
  check: (changes: Changes) => boolean,
  everyMs: number,
  forMs: number,
): () => void {
  let added: Element[] = [];
  let overflow = false;
  let dirty = false;
  const observer = new MutationObserver((records) => {
    dirty = true;
    if (overflow) return;
    for (const record of records) {
      if (record.type === 'attributes' && record.target instanceof Element) added.push(record.target);
      for (const node of Array.from(record.addedNodes)) if (node instanceof Element) added.push(node);
      if (added.length > MAX_KEPT) {
        overflow = true;
        added = [];
        return;
      }
    }
  });
  observer.observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['style', 'class', 'hidden'],
  });
  const started = Date.now();
  const timer = lifetime.setInterval(() => {
    if (dirty) {
      const changes = { added, overflow };
      added = [];
      overflow = false;
      dirty = false;
      if (check(changes)) stop();
    }
    if (Date.now() - started > forMs) stop();
  }, everyMs);
  function stop(): void {
    observer.disconnect();
    clearInterval(timer);
  }
  lifetime.onEnded(stop);
  return stop;
}

/** True when one of the changed elements is, or contains, something matching `selector`. */
export function changed(changes: Changes, selector: string): boolean {
  return (
    changes.overflow ||
    changes.added.some((el) => el.isConnected && (el.matches(selector) || el.querySelector(selector) !== null))
  );
}
