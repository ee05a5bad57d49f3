import type { EarlyEvent } from './handoff';
import { listen } from './listen';

/**
 * What counts as the person using a page: a press, a key, a click, a submit, a copy — and the
 * window losing focus, which is how a click into one of the page's frames shows (see the gate).
 * Not a focus: pages move the focus themselves, and a script's focus() fires trusted events.
 */
const USES = ['pointerdown', 'keydown', 'click', 'submit', 'copy'] as const;

/** Calls `onUse` with each trusted use of the page (capture phase). Returns a stop function. */
export function hearUses(onUse: (event: Event) => void): () => void {
  const hear = (event: Event) => {
    if (event.isTrusted) onUse(event);
  };
  return listen(...USES.map((type) => [document, type, hear] as const), [window, 'blur', hear]);
}

/**
 * An event as kept for the page part, which arrives a few milliseconds later: what will be gone by
 * then is read now — the copied text, and a sent form's fields (a copy keeps the values typed;
 * pages reset a form once it is sent).
 */
export function earlyEvent(event: Event): EarlyEvent {
  const target = event.target;
  if (event.type === 'copy') return { event, selection: String(document.getSelection() ?? '') };
  if (event.type === 'submit' && target instanceof HTMLFormElement) return { event, sentForm: target.cloneNode(true) };
  return { event };
}
