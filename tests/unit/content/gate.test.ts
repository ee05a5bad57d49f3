import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOOK_GAP_MS, runGate, type GateWiring } from '../../../entrypoints/contact/gate';
import { takeEarlyEvents, type EarlyEvent } from '../../../entrypoints/contact/handoff';
import type { SubmitCause } from '../../../entrypoints/contact/activity';
import { browserSubmitsTrusted, hover, personClicks, personPresses, personReleases } from './dom-support';

/**
 * runGate: when the always-on gate asks for the page part, and what it keeps for it. The look,
 * the address and the loading are stand-ins; the events are dispatched on the test's document.
 */

/** Dispatches an event whose isTrusted we choose (happy-dom's own events are never trusted). */
function dispatch(target: EventTarget, event: Event, trusted = true): void {
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  target.dispatchEvent(event);
}
const el = (selector: string): Element => {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
const press = (target: EventTarget = el('#cart'), trusted = true) =>
  dispatch(target, new MouseEvent('pointerdown', { bubbles: true }), trusted);
const click = (target: EventTarget = el('#cart'), trusted = true) =>
  dispatch(target, new MouseEvent('click', { bubbles: true }), trusted);
/**
 * The window loses focus with the pointer over a frame (a press into it) or over none (the person
 * went to another tab or window, or a page script moved the focus), and the focus lands there.
 */
const blurTo = (frame: Element | null) => {
  hover(frame);
  vi.spyOn(document, 'activeElement', 'get').mockReturnValue(frame);
  dispatch(window, new FocusEvent('blur'));
};
const keptTypes = () => takeEarlyEvents().map(({ event }) => event.type);

let signal = false;
let confirmation = false;
let address = 'https://shop.example.com/';
let comes = true;
let look = vi.fn(() => signal);
let load = vi.fn(() => Promise.resolve(comes));
/** A sent form's report, as the wiring's reportSent returns it. */
const REPORTED: NonNullable<EarlyEvent['reported']> = { id: 'report-1', sent: { channel: 'web_form' }, at: 1 };
/**
 * The stand-in for reportSentForm: records whether the gate's SubmitCause took the submit for the
 * person's as it was reported, and reports only those (as reportSentForm does).
 */
let byPerson: boolean[] = [];
function reportPersonsSubmit(event: Event, cause: SubmitCause): EarlyEvent['reported'] {
  const form = event.target as HTMLFormElement;
  const mine = cause.submittedByUser(form, event instanceof SubmitEvent ? event.submitter : null);
  byPerson.push(mine);
  return mine ? REPORTED : undefined;
}
let reportSent = vi.fn(reportPersonsSubmit);
let stop = () => {};
let unmarkSubmits = () => {};
const start = (wiring: Partial<GateWiring> = {}) => {
  stop = runGate({
    look,
    confirms: () => confirmation,
    address: () => address,
    load,
    follow: () => {},
    reportSent,
    ...wiring,
  });
};

beforeEach(() => {
  vi.useFakeTimers();
  signal = false;
  confirmation = false;
  address = 'https://shop.example.com/';
  comes = true;
  look = vi.fn(() => signal);
  load = vi.fn(() => Promise.resolve(comes));
  byPerson = [];
  reportSent = vi.fn(reportPersonsSubmit);
  unmarkSubmits = browserSubmitsTrusted();
  document.body.innerHTML =
    '<button id="cart">Add to cart</button><div class="intercom-lightweight-app-launcher"><span id="icon">?</span></div>' +
    '<iframe id="launcher" title="Button to launch messaging window"></iframe><iframe id="video" title="Product video"></iframe>' +
    '<form id="contact"><input id="field"><textarea id="message"></textarea><button id="send">Send</button></form>';
  el('#contact').addEventListener('submit', (event) => event.preventDefault());
});
afterEach(() => {
  unmarkSubmits();
  stop();
  takeEarlyEvents();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('runGate on a page with a contact signal', () => {
  it('asks for the page part at the first use of the person — not of a script — and keeps that use and the next for it', () => {
    signal = true;
    start();
    vi.advanceTimersByTime(60_000);
    press(el('#cart'), false);
    expect(load).not.toHaveBeenCalled();
    press();
    click();
    expect(load).toHaveBeenCalledTimes(1);
    const early = takeEarlyEvents();
    expect(early.map(({ event }) => [event.type, event.target])).toEqual([
      ['pointerdown', el('#cart')],
      ['click', el('#cart')],
    ]);
    // Taken once, and the gate listens no more: the page part does from now on.
    click();
    expect(takeEarlyEvents()).toEqual([]);
  });

  it('asks at once on a confirmation page', () => {
    signal = true;
    confirmation = true;
    start();
    expect(load).toHaveBeenCalledTimes(1);
    press();
    expect(keptTypes()).toEqual(['pointerdown']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('asks whether the page follows a report unless it is read at once, and loads the page part when told to', () => {
    const follow = vi.fn();
    signal = true;
    confirmation = true;
    start({ follow });
    expect(follow).not.toHaveBeenCalled();
    stop();
    load.mockClear();
    confirmation = false;
    start({ follow });
    expect(follow).toHaveBeenCalledTimes(1);
    expect(load).not.toHaveBeenCalled();
    const read = follow.mock.calls[0]?.[0] as () => void;
    read();
    read();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('stops keeping events when no page part comes (logging off on the site)', async () => {
    signal = true;
    comes = false;
    start();
    press();
    await vi.advanceTimersByTimeAsync(0);
    press();
    expect(keptTypes()).toEqual(['pointerdown']);
  });

  it('takes the window losing focus to one of its frames, the pointer over it, as a use — and to another tab or a script’s focus() not', () => {
    signal = true;
    start();
    blurTo(null);
    vi.runAllTimers();
    expect(load).not.toHaveBeenCalled();
    blurTo(el('#video'));
    expect(load).toHaveBeenCalledTimes(1);
    expect(takeEarlyEvents().map(({ event, frame }) => [event.type, frame])).toEqual([['blur', el('#video')]]);
  });

  it('keeps only the latest sixteen events', () => {
    signal = true;
    start();
    for (let i = 0; i < 20; i++) dispatch(document, new KeyboardEvent('keydown', { key: String(i % 10) }));
    const early = takeEarlyEvents();
    expect(early).toHaveLength(16);
    expect(early.map(({ event }) => (event instanceof KeyboardEvent ? event.key : '')).slice(0, 2)).toEqual(['4', '5']);
  });
});

describe('runGate on a page without a signal', () => {
  it('looks once as it starts and never on a timer, however long the page stays open', () => {
    start();
    vi.advanceTimersByTime(600_000);
    expect(look).toHaveBeenCalledTimes(1);
    expect(load).not.toHaveBeenCalled();
  });

  it('looks again when the person uses it — at most once a second, or at once when the address changed', () => {
    start();
    vi.advanceTimersByTime(LOOK_GAP_MS);
    press();
    click();
    expect(look).toHaveBeenCalledTimes(2);
    // A single-page app moved to its contact view, which shows a form.
    address = 'https://shop.example.com/contact';
    signal = true;
    press();
    expect(look).toHaveBeenCalledTimes(3);
    expect(load).toHaveBeenCalledTimes(1);
    // The use that found the signal is kept, and what follows.
    click();
    expect(keptTypes()).toEqual(['pointerdown', 'click']);
  });

  it('finds a form that arrived late at the first use a second after the last look', () => {
    start();
    signal = true;
    press();
    expect(load).not.toHaveBeenCalled();
    vi.advanceTimersByTime(LOOK_GAP_MS);
    press();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('asks for the page part when the person clicks a chat launcher (by what is inside it), keeping the click', () => {
    start();
    click(el('#icon'), false);
    click(el('#cart'));
    expect(load).not.toHaveBeenCalled();
    click(el('#icon'));
    expect(load).toHaveBeenCalledTimes(1);
    expect(takeEarlyEvents().map(({ event }) => event.target)).toEqual([el('#icon')]);
  });

  it('asks when the window loses focus with the pointer over a launcher frame (a click inside it), not over another frame or none', () => {
    start();
    blurTo(el('#video'));
    blurTo(null);
    vi.runAllTimers();
    expect(load).not.toHaveBeenCalled();
    blurTo(el('#launcher'));
    expect(load).toHaveBeenCalledTimes(1);
    expect(takeEarlyEvents().map(({ event, frame }) => [event.type, frame])).toEqual([['blur', el('#launcher')]]);
  });

  it('does nothing once stopped', () => {
    start();
    stop();
    blurTo(el('#launcher'));
    vi.runAllTimers();
    click(el('#icon'));
    address = 'https://shop.example.com/contact';
    signal = true;
    press();
    expect(load).not.toHaveBeenCalled();
    expect(look).toHaveBeenCalledTimes(1);
  });
});

describe('runGate and sent forms', () => {
  const form = () => el('#contact') as HTMLFormElement;

  it('reports the person’s submit at once even as the first use on a page without a signal, and keeps it, reported, for the page part it asks for', () => {
    start();
    // A page script's submit is not heard at all.
    dispatch(form(), new SubmitEvent('submit', { bubbles: true, cancelable: true }), false);
    expect(reportSent).not.toHaveBeenCalled();
    // The person clicks Send: the click is no reason to look again this soon; the submit it sends is.
    personClicks(el('#send'));
    expect(reportSent).toHaveBeenCalledTimes(1);
    expect(reportSent.mock.calls[0]?.[0]).toMatchObject({ type: 'submit', target: form() });
    expect(byPerson).toEqual([true]);
    expect(look).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledTimes(1);
    expect(takeEarlyEvents().map(({ event, reported }) => [event.type, reported])).toEqual([['submit', REPORTED]]);
  });

  it('reports every trusted submit while it listens, and keeps what was reported with that submit only', () => {
    signal = true;
    start();
    personClicks(el('#send'));
    // The click loaded the page part; the submit it sent comes while that part is on its way.
    expect(load).toHaveBeenCalledTimes(1);
    personPresses(el('#field'), 'Enter');
    form().requestSubmit();
    personReleases(el('#field'), 'Enter');
    expect(byPerson).toEqual([true, true]);
    expect(takeEarlyEvents().map(({ event, reported }) => [event.type, reported])).toEqual([
      ['click', undefined],
      ['submit', REPORTED],
      ['keydown', undefined],
      ['submit', REPORTED],
      ['keyup', undefined],
    ]);
    // The page part listens now: the gate reports no more.
    personClicks(el('#send'));
    expect(reportSent).toHaveBeenCalledTimes(2);
  });

  it('takes a script’s requestSubmit() 150 ms after the person clicked in a field for no send of theirs: nothing reported, nothing loaded', () => {
    start();
    personClicks(el('#field'));
    vi.advanceTimersByTime(150);
    form().requestSubmit();
    expect(reportSent).toHaveBeenCalledTimes(1);
    expect(byPerson).toEqual([false]);
    expect(load).not.toHaveBeenCalled();
    expect(takeEarlyEvents()).toEqual([]);
  });

  it('reports nothing once stopped', () => {
    start();
    stop();
    personClicks(el('#send'));
    expect(reportSent).not.toHaveBeenCalled();
  });
});

describe('runGate and the frame under the pointer', () => {
  it('keeps with a blur the frame hovered as the window lost focus, read at once', () => {
    signal = true;
    start();
    personClicks(el('#cart'));
    blurTo(el('#launcher'));
    // The launcher hides its frame as it opens: the pointer is over none by the time the page part comes.
    hover(null);
    vi.runAllTimers();
    expect(takeEarlyEvents().map(({ event, frame }) => [event.type, frame])).toEqual([
      ['click', undefined],
      ['blur', el('#launcher')],
    ]);
  });

  it('keeps no blur without a frame under the pointer, even once the page part is on its way', () => {
    signal = true;
    start();
    personClicks(el('#cart'));
    blurTo(null);
    vi.runAllTimers();
    expect(takeEarlyEvents().map(({ event }) => event.type)).toEqual(['click']);
  });
});
