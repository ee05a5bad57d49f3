import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { leaveOpenedLauncher, takeOpenedLauncher } from '../../../entrypoints/contact/handoff';
import { onChatOpened } from '../../../entrypoints/contact/opened-chat';

/** Dispatches an event whose isTrusted we choose (happy-dom's own events are never trusted). */
function dispatch(target: EventTarget, event: Event, trusted = true): void {
  Object.defineProperty(event, 'isTrusted', { value: trusted });
  target.dispatchEvent(event);
}

const click = () => new MouseEvent('click', { bubbles: true });

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML =
    '<div class="intercom-lightweight-app-launcher"><span id="icon">?</span></div><button id="cart">Add to cart</button><iframe id="launcher" title="Button to launch messaging window"></iframe><iframe id="video" title="Product video"></iframe>';
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const el = (selector: string): Element => {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};

describe('onChatOpened (the gate’s ear for launchers opened before the page part is loaded)', () => {
  it('hears a person’s click on a launcher, by what is inside it', () => {
    const listener = vi.fn();
    onChatOpened(listener);
    dispatch(el('#icon'), click());
    expect(listener).toHaveBeenCalledWith(el('#icon'));
  });

  it('ignores scripted clicks and clicks elsewhere', () => {
    const listener = vi.fn();
    onChatOpened(listener);
    dispatch(el('#icon'), click(), false);
    dispatch(el('#cart'), click());
    expect(listener).not.toHaveBeenCalled();
  });

  it('hears the focus moving into a launcher frame (a click inside it), not into another frame', () => {
    const listener = vi.fn();
    onChatOpened(listener);
    const active = vi.spyOn(document, 'activeElement', 'get').mockReturnValue(el('#launcher'));
    dispatch(window, new FocusEvent('blur'));
    expect(listener).not.toHaveBeenCalled(); // the frame is known only once the blur is over
    vi.runAllTimers();
    expect(listener).toHaveBeenCalledWith(el('#launcher'));

    listener.mockClear();
    active.mockReturnValue(el('#video'));
    dispatch(window, new FocusEvent('blur'));
    vi.runAllTimers();
    expect(listener).not.toHaveBeenCalled();
  });

  it('does not take the Tab key moving the focus into a launcher frame for a click', () => {
    const listener = vi.fn();
    onChatOpened(listener);
    vi.spyOn(document, 'activeElement', 'get').mockReturnValue(el('#launcher'));
    dispatch(document.body, new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    dispatch(window, new FocusEvent('blur'));
    vi.runAllTimers();
    expect(listener).not.toHaveBeenCalled();
  });

  it('hears nothing once stopped', () => {
    const listener = vi.fn();
    const stop = onChatOpened(listener);
    vi.spyOn(document, 'activeElement', 'get').mockReturnValue(el('#launcher'));
    dispatch(window, new FocusEvent('blur'));
    stop();
    vi.runAllTimers();
    dispatch(el('#icon'), click());
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('the hand-off from the gate to the page part', () => {
  it('gives the opened launcher once', () => {
    leaveOpenedLauncher(el('#icon'));
    expect(takeOpenedLauncher()).toBe(el('#icon'));
    expect(takeOpenedLauncher()).toBeUndefined();
  });

  it('gives nothing that is not an element', () => {
    Reflect.set(globalThis, Symbol.for('paper-trail.opened-launcher'), 'Intercom');
    expect(takeOpenedLauncher()).toBeUndefined();
  });
});
