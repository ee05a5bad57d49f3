/** One listener: where, for what, and what to do. */
export type Listening = readonly [target: EventTarget, type: string, handler: (event: Event) => void];

/**
 * Adds capture-phase listeners (they see an event before the page can stop it) and returns a
 * function that removes them all. Capture as a plain `true`, not an options object: none of these
 * events can hold up scrolling, so `passive` would change nothing, and converting an options
 * dictionary is measurably dearer in a content script's world on every page the gate runs on.
 */
export function listen(...listenings: readonly Listening[]): () => void {
  for (const [target, type, handler] of listenings) target.addEventListener(type, handler, true);
  return () => {
    for (const [target, type, handler] of listenings) target.removeEventListener(type, handler, true);
  };
}
