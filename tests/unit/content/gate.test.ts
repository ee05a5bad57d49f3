import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOOK_GAP_MS, runGate, type GateWiring } from '../../../entrypoints/contact/gate';
import { takeEarlyEvents } from '../../../entrypoints/contact/handoff';

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
const press = (target: EventTarget = el('#cart'), trusted = true) => dispatch(target, new MouseEvent('pointerdown', { bubbles: true }), trusted);
const click = (target: EventTarget = el('#cart'), trusted = true) => dispatch(target, new MouseEvent('click', { bubbles: true }), trusted);
const blurTo = (frame: Element | null) => {
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
let stop = () => {};
const start = (wiring: Partial<GateWiring> = {}) => {
  stop = runGate({ look, confirms: () => confirmation, address: () => address, load, ...wiring });
};

beforeEach(() => {
  vi.useFakeTimers();
  signal = false;
  confirmation = false;
  address = 'https://shop.example.com/';
  comes = true;
  look = vi.fn(() => signal);
  load = vi.fn(() => Promise.resolve(comes));
  document.body.innerHTML =
    '<button id="cart">Add to cart</button><div class="intercom-lightweight-app-launcher"><span id="icon">?</span></div>' +
    '<iframe id="launcher" title="Button to launch messaging window"></iframe><iframe id="video" title="Product video"></iframe>';
});
afterEach(() => {
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

  it('stops keeping events when no page part comes (logging off on the site)', async () => {
    signal = true;
    comes = false;
    start();
    press();
    await vi.advanceTimersByTimeAsync(0);
    press();
    expect(keptTypes()).toEqual(['pointerdown']);
  });

  it('takes the window losing focus to one of its frames as a use, and to another tab not', () => {
    signal = true;
    start();
    blurTo(document.body);
    vi.runAllTimers();
    expect(load).not.toHaveBeenCalled();
    blurTo(el('#video'));
    vi.runAllTimers();
    expect(load).toHaveBeenCalledTimes(1);
    expect(keptTypes()).toEqual(['blur', 'blur']);
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

  it('asks when the focus moves into a launcher frame (a click inside it), not into another frame, nor by the Tab key', () => {
    start();
    blurTo(el('#video'));
    vi.runAllTimers();
    dispatch(document.body, new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    blurTo(el('#launcher'));
    vi.runAllTimers();
    expect(load).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    blurTo(el('#launcher'));
    // The frame is known only once the blur is over.
    expect(load).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(load).toHaveBeenCalledTimes(1);
    expect(keptTypes()).toEqual(['blur']);
  });

  it('does nothing once stopped', () => {
    start();
    blurTo(el('#launcher'));
    stop();
    vi.runAllTimers();
    click(el('#icon'));
    address = 'https://shop.example.com/contact';
    signal = true;
    press();
    expect(load).not.toHaveBeenCalled();
    expect(look).toHaveBeenCalledTimes(1);
  });
});
