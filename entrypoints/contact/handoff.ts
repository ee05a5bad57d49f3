// What the gate hands the page part: what the person did before the page part was listening, from
// the use that made the gate load it (a press on a page with a contact signal, a chat launcher
// opened). The gate and the page part run in this extension's isolated world of the page, which
// the page's own scripts cannot read or write.

import type { Detected } from './report';

/** A trusted event the gate heard before the page part was listening, with what it had to read at once. */
export interface EarlyEvent {
  event: Event;
  /** A copy: the text the person copied ('' when it was no copy of theirs, or not on screen). */
  selection?: string;
  /** A blur: the frame under the pointer as the window lost focus (see pressedFrame). */
  frame?: Element | null;
  /** A form the person sent, which the gate reported at once (the page may be leaving): its id and what was sent. */
  reported?: { id: string; sent: Detected; at: number };
}

interface EarlyEvents {
  events: EarlyEvent[];
  stop: () => void;
}

const EARLY = Symbol.for('paper-trail.early-events');

/** The gate keeps what it hears here until the page part takes it. */
export function leaveEarlyEvents(early: EarlyEvents): void {
  Reflect.set(globalThis, EARLY, early);
}

function isEarlyEvents(value: unknown): value is EarlyEvents {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray(Reflect.get(value, 'events')) &&
    typeof Reflect.get(value, 'stop') === 'function'
  );
}

/** Takes the events the gate heard, in order, and stops it listening: the page part listens from now on. */
export function takeEarlyEvents(): EarlyEvent[] {
  const early: unknown = Reflect.get(globalThis, EARLY);
  Reflect.deleteProperty(globalThis, EARLY);
  if (!isEarlyEvents(early)) return [];
  early.stop();
  return early.events;
}
