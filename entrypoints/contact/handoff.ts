/**
 * The gate hands the page part the chat launcher whose opening made it load the page part: that
 * click happened before the page part was listening. Both run in this extension's isolated world
 * of the page, which the page's own scripts cannot read or write.
 */
const OPENED = Symbol.for('paper-trail.opened-launcher');

export function leaveOpenedLauncher(launcher: Element): void {
  Reflect.set(globalThis, OPENED, launcher);
}

/** The element left by the gate, once. */
export function takeOpenedLauncher(): Element | undefined {
  const launcher: unknown = Reflect.get(globalThis, OPENED);
  Reflect.deleteProperty(globalThis, OPENED);
  return launcher instanceof Element ? launcher : undefined;
}
