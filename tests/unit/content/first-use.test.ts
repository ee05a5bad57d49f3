import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { awaitFirstUse } from '../../../entrypoints/contact/first-use';
import { takeEarlyEvents } from '../../../entrypoints/contact/handoff';

/** Dispatches an event whose isTrusted we choose (happy-dom's own events are never trusted). */
function dispatch(target: EventTarget, event: Event, trusted = true): void {
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  target.dispatchEvent(event);
}

const link = () => {
  const found = document.querySelector('a');
  if (!found) throw new Error('fixture');
  return found;
};

let stop = () => {};
beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<a href="tel:+18005551234">Call us</a>';
});
afterEach(() => {
  stop();
  takeEarlyEvents();
  vi.useRealTimers();
});

describe('awaitFirstUse (the gate on a page with a contact signal)', () => {
  it('calls for the page part at the first press or key of the person, not of a script, nor at a focus', () => {
    const onUse = vi.fn();
    stop = awaitFirstUse(onUse);
    dispatch(link(), new MouseEvent('pointerdown', { bubbles: true }), false);
    // A page's own focus() fires trusted focus events: a focus is not a use.
    dispatch(document, new FocusEvent('focusin'));
    expect(onUse).not.toHaveBeenCalled();
    dispatch(link(), new MouseEvent('pointerdown', { bubbles: true }));
    expect(onUse).toHaveBeenCalledTimes(1);
  });

  it('keeps what the person did, in order, for the page part, which takes it once and ends the listening', () => {
    stop = awaitFirstUse(() => {});
    dispatch(link(), new MouseEvent('pointerdown', { bubbles: true }));
    dispatch(link(), new MouseEvent('click', { bubbles: true }));
    dispatch(link(), new MouseEvent('click', { bubbles: true }), false);
    const early = takeEarlyEvents();
    expect(early.map(({ event }) => [event.type, event.target])).toEqual([
      ['pointerdown', link()],
      ['click', link()],
    ]);
    dispatch(link(), new MouseEvent('click', { bubbles: true }));
    expect(takeEarlyEvents()).toEqual([]);
  });

  it('keeps the copied text as it was when copied', () => {
    stop = awaitFirstUse(() => {});
    const range = document.createRange();
    range.selectNodeContents(link());
    document.getSelection()?.addRange(range);
    dispatch(link(), new Event('copy', { bubbles: true }));
    document.getSelection()?.removeAllRanges();
    expect(takeEarlyEvents().map((e) => e.selection)).toEqual(['Call us']);
  });

  it('takes the window losing focus to one of its frames as a use, and to another tab not', () => {
    const onUse = vi.fn();
    stop = awaitFirstUse(onUse);
    dispatch(window, new FocusEvent('blur'));
    vi.runAllTimers();
    expect(onUse).not.toHaveBeenCalled();
    vi.spyOn(document, 'activeElement', 'get').mockReturnValue(document.createElement('iframe'));
    dispatch(window, new FocusEvent('blur'));
    vi.runAllTimers();
    expect(onUse).toHaveBeenCalledTimes(1);
    expect(takeEarlyEvents().map(({ event }) => event.type)).toEqual(['blur', 'blur']);
  });

  it('keeps only the latest sixteen events', () => {
    stop = awaitFirstUse(() => {});
    for (let i = 0; i < 20; i++) dispatch(document, new KeyboardEvent('keydown', { key: String(i % 10) }));
    const early = takeEarlyEvents();
    expect(early).toHaveLength(16);
    expect(early.map(({ event }) => (event as KeyboardEvent).key).slice(0, 2)).toEqual(['4', '5']);
  });
});
