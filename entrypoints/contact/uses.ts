import type { EarlyEvent } from './handoff';
import { listen } from './listen';

/**
 * What counts as the person using a page: a press, a key, a click, a submit, a copy, the context
 * menu — and the window losing focus, which is how a click into one of the page's frames shows
 * (see the gate). Not a focus: pages move the focus themselves, and a script's focus() fires
 * trusted events. A key's release is heard too: Enter sends a form until it is released.
 */
const USES = ['pointerdown', 'keydown', 'keyup', 'click', 'submit', 'copy', 'contextmenu'] as const;

/** Calls `onUse` with each trusted use of the page (capture phase). Returns a stop function. */
export function hearUses(onUse: (event: Event) => void): () => void {
  const hear = (event: Event) => {
    if (event.isTrusted) onUse(event);
  };
  return listen(...USES.map((type) => [document, type, hear] as const), [window, 'blur', hear]);
}

/**
 * An event as kept for the page part, which arrives a few milliseconds later: what may be gone by
 * then is read now — the copied text (the page part checks it was the person's copy, and on
 * screen), the frame under the pointer as the window lost focus. A sent form is reported by the gate itself: the page may be leaving.
 */
export function earlyEvent(event: Event, frame: Element | null): EarlyEvent {
  if (event.type === 'copy') return { event, selection: String(document.getSelection() ?? '') };
  return event.type === 'blur' ? { event, frame } : { event };
}
