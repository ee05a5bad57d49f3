import { mayBeChatLauncher } from '../../lib/detect/chat-hint';
import { hoveredFrame, SubmitCause } from './activity';
import { leaveEarlyEvents, type EarlyEvent } from './handoff';
import { earlyEvent, hearUses } from './uses';

/**
 * A use this soon after the last look brings no new look unless the address changed: a press and
 * the click that follows it, or typing, are one moment of the page.
 */
export const LOOK_GAP_MS = 1000;
/** Enough for a press, a click and a submit or two; older events matter no more. */
const KEEP = 16;

/** What the gate works with (entrypoints/contact/index.ts wires the page and the extension in). */
export interface GateWiring {
  /** The cheap look for a contact signal (contactLook): URL and title words, channel markup. */
  look: () => boolean;
  /** Whether the page's address or title says it confirms a message sent. */
  confirms: () => boolean;
  /** The page's address now: a changed address is looked at again at once. */
  address: () => string;
  /** Asks for the page part; resolves to whether it comes. */
  load: () => Promise<boolean>;
  /**
   * Asks, on a page that may follow a report (it came from a contact page of the same site),
   * whether the background wants it read; `read` is called if and when it does.
   */
  follow: (read: () => void) => void;
  /**
   * Reports a form the person sent, at once (entrypoints/contact/sent-report.ts): the page may be
   * leaving, and the page part would come too late. What was reported, or nothing.
   */
  reportSent: (event: Event, cause: SubmitCause) => EarlyEvent['reported'];
}

/**
 * When the always-on gate asks for the page part, and what it keeps for it meanwhile. It looks
 * once as it starts, then only when the person does something — never on a timer, never per DOM
 * change: a page nobody touches costs one look, however long it stays open or however much it
 * changes. Loads the page part:
 *
 * - on a page with a contact signal, at the person's first use (most such pages are only looked
 *   at, and reading one costs it milliseconds);
 * - on a confirmation page (its address or title says so) at once: it shows its reference now;
 * - on a page the background says follows a report from this tab (the thank-you page of a form
 *   just sent, whatever it looks like), when it says so;
 * - on a page that had no signal, at a use that finds one: a single-page app that rendered its
 *   contact view, a form that arrived late — looked for at most once a second, or at once when the
 *   address changed;
 * - on any page, when the person opens something that looks like a chat launcher: a click on it,
 *   or the focus moving into a launcher's frame (a click inside a frame never reaches the page).
 *   Launchers sit on every page of many sites and arrive seconds after the load; only the person
 *   opening one makes it an attempt, and the page part checks it exactly.
 *
 * From the use that loads it, every use is kept (trusted only, the latest KEEP) until the page
 * part takes them (takeEarlyEvents) and acts on them in order. A form the person sends before
 * the page part listens is reported by the gate itself, at once: the page may be leaving (and
 * the page part then shows its notice). Returns a stop function.
 */
export function runGate({ look, confirms, address, load, follow, reportSent }: GateWiring): () => void {
  let signalled = false;
  let loading = false;
  let lookedAt = Date.now();
  let lookedAddress = address();
  const kept: EarlyEvent[] = [];
  const cause = new SubmitCause();
  let reported: EarlyEvent['reported'];
  let hovered: Element | null = null;
  const keep = (event: Event) => {
    kept.push({ ...earlyEvent(event, hovered), ...(reported ? { reported } : {}) });
    if (kept.length > KEEP) kept.shift();
  };

  const loadNow = () => {
    if (loading) return;
    loading = true;
    leaveEarlyEvents({ events: kept, stop });
    // No page part (logging is off here, or the extension went away): nobody to keep events for.
    void load().then((comes) => {
      if (!comes) stop();
    });
  };
  const lookAgain = (): boolean => {
    const now = Date.now();
    const at = address();
    if (now - lookedAt < LOOK_GAP_MS && at === lookedAddress) return false;
    lookedAt = now;
    lookedAddress = at;
    return look();
  };
  const onUse = (event: Event) => {
    cause.note(event);
    reported = event.type === 'submit' ? reportSent(event, cause) : undefined;
    // The window losing focus counts only towards a frame under the pointer: a press into it, not
    // the Tab key or a script's focus() (the page part checks the rest).
    if (event.type === 'blur') {
      hovered = hoveredFrame();
      if (!hovered) return;
    }
    if (signalled || loading) {
      keep(event);
      loadNow();
      return;
    }
    if (event.type === 'blur') {
      if (!hovered || !mayBeChatLauncher(hovered)) return;
      keep(event);
      loadNow();
      return;
    }
    const target = event.target;
    const launcher = event.type === 'click' && target instanceof Element && mayBeChatLauncher(target);
    if (!launcher && !reported && !lookAgain()) return;
    keep(event);
    loadNow();
  };

  const stopHearing = hearUses(onUse);
  const stop = () => stopHearing();
  if (look()) {
    signalled = true;
    if (confirms()) loadNow();
  }
  if (!loading) follow(loadNow);
  return stop;
}
