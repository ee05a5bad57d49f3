import { leaveEarlyEvents, type EarlyEvent } from './handoff';
import { listen } from './listen';

/** Enough for a press, a click and a submit or two; older events matter no more. */
const KEEP = 16;

/**
 * On a page with a contact signal, waits for the person to use it — a press or a key (not a
 * focus: pages move the focus themselves, and a script's focus() fires trusted events) — and
 * calls `onUse` then: the page part is loaded only for pages someone uses, so reading the
 * page costs nothing to the many pages only looked at. The page part arrives a few milliseconds
 * later, after the click or copy that may matter: what was heard until it takes over (see
 * takeEarlyEvents) is kept, trusted events only, for it to act on in order. Returns a stop function.
 */
export function awaitFirstUse(onUse: () => void): () => void {
  const events: EarlyEvent[] = [];
  const keep = (early: EarlyEvent) => {
    events.push(early);
    if (events.length > KEEP) events.shift();
  };
  const hear = (event: Event) => {
    if (!event.isTrusted) return;
    const target = event.target;
    // What is gone by the time the page part arrives is kept as it is now: the copied text, and a
    // sent form's fields (a copy keeps the values typed; pages reset a form once it is sent).
    if (event.type === 'copy') keep({ event, selection: String(document.getSelection() ?? '') });
    else if (event.type === 'submit' && target instanceof HTMLFormElement) keep({ event, sentForm: target.cloneNode(true) });
    else keep({ event });
    onUse();
  };
  // The window losing focus is a use only when it went to a frame of the page (a launcher, perhaps),
  // not to another tab; the frame is the active element once the blur is over.
  const blur = (event: Event) => {
    if (!event.isTrusted) return;
    keep({ event });
    setTimeout(() => {
      if (document.activeElement?.nodeName === 'IFRAME') onUse();
    }, 0);
  };
  const stop = listen(
    ...(['pointerdown', 'keydown', 'click', 'submit', 'copy'] as const).map((type) => [document, type, hear] as const),
    [window, 'blur', blur],
  );
  leaveEarlyEvents({ events, stop });
  return stop;
}
