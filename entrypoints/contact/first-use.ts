import { leaveEarlyEvents, type EarlyEvent } from './handoff';
import { listen } from './listen';

/** Enough for a press, a click and a submit or two; older events matter no more. */
const KEEP = 16;

/**
 * On a page with a contact signal, waits for the person to use it — a press, a key, a focus —
 * and calls `onUse` then: the page part is loaded only for pages someone uses, so reading the
 * page costs nothing to the many pages only looked at. The page part arrives a few milliseconds
 * later, after the click or copy that may matter: what was heard until it takes over (see
 * takeEarlyEvents) is kept, trusted events only, for it to act on in order. Returns a stop function.
 */
export function awaitFirstUse(onUse: () => void): () => void {
  const events: EarlyEvent[] = [];
  const keep = (event: Event, selection?: string) => {
    events.push(selection === undefined ? { event } : { event, selection });
    if (events.length > KEEP) events.shift();
  };
  const hear = (event: Event) => {
    if (!event.isTrusted) return;
    // The copied text is gone once the selection changes: read it now.
    keep(event, event.type === 'copy' ? String(document.getSelection() ?? '') : undefined);
    onUse();
  };
  // The window losing focus is a use only when it went to a frame of the page (a launcher, perhaps),
  // not to another tab; the frame is the active element once the blur is over.
  const blur = (event: Event) => {
    if (!event.isTrusted) return;
    keep(event);
    setTimeout(() => {
      if (document.activeElement?.nodeName === 'IFRAME') onUse();
    }, 0);
  };
  const stop = listen(
    ...(['pointerdown', 'keydown', 'focusin', 'click', 'submit', 'copy'] as const).map((type) => [document, type, hear] as const),
    [window, 'blur', blur],
  );
  leaveEarlyEvents({ events, stop });
  return stop;
}
