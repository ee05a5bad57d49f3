/** One listener: where, for what, and what to do. */
export type Listening = readonly [target: EventTarget, type: string, handler: (event: Event) => void];

const OPTIONS = { capture: true, passive: true };

/**
 * Adds capture-phase, passive listeners (they watch, never block the page) and returns a function
 * that removes them all.
 */
export function listen(...listenings: readonly Listening[]): () => void {
  for (const [target, type, handler] of listenings) target.addEventListener(type, handler, OPTIONS);
  return () => {
    for (const [target, type, handler] of listenings) target.removeEventListener(type, handler, OPTIONS);
  };
}
