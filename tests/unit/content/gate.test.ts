import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AFTER_NAVIGATION_MS, LOOK_AGAIN_MS, watchForSignal } from '../../../entrypoints/contact/gate';

beforeEach(() => {
  vi.useFakeTimers();
  history.replaceState({}, '', '/');
});
afterEach(() => {
  vi.useRealTimers();
});

describe('watchForSignal (when the always-on gate looks)', () => {
  it('stops at the first look that finds a signal, and signals once', () => {
    const onSignal = vi.fn();
    const look = vi.fn(() => true);
    watchForSignal(look, onSignal);
    vi.advanceTimersByTime(60_000);
    expect(look).toHaveBeenCalledTimes(1);
    expect(onSignal).toHaveBeenCalledTimes(1);
  });

  it('looks again a few times (late launchers, apps that render late), then stops', () => {
    const look = vi.fn(() => false);
    watchForSignal(look, vi.fn());
    expect(look).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(LOOK_AGAIN_MS[0] ?? 0);
    expect(look).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(600_000);
    expect(look).toHaveBeenCalledTimes(1 + LOOK_AGAIN_MS.length);
  });

  it('signals when a later look finds something, and looks no more', () => {
    let found = false;
    const look = vi.fn(() => found);
    const onSignal = vi.fn();
    watchForSignal(look, onSignal);
    found = true;
    vi.advanceTimersByTime(600_000);
    expect(onSignal).toHaveBeenCalledTimes(1);
    expect(look).toHaveBeenCalledTimes(2);
  });

  it('follows a single-page site: a click that changes the address brings new looks', () => {
    const look = vi.fn(() => false);
    watchForSignal(look, vi.fn());
    vi.advanceTimersByTime(600_000);
    const before = look.mock.calls.length;
    // A click that does not navigate costs no look.
    document.body.click();
    vi.advanceTimersByTime(5_000);
    expect(look).toHaveBeenCalledTimes(before);
    // A router changes the address after the click.
    document.body.addEventListener('click', () => history.pushState({}, '', '/contact'), { once: true });
    document.body.click();
    vi.advanceTimersByTime(600_000);
    expect(look).toHaveBeenCalledTimes(before + AFTER_NAVIGATION_MS.length);
  });

  it('does nothing more once stopped', () => {
    const look = vi.fn(() => false);
    const stop = watchForSignal(look, vi.fn());
    stop();
    history.pushState({}, '', '/elsewhere');
    window.dispatchEvent(new PopStateEvent('popstate'));
    vi.advanceTimersByTime(600_000);
    expect(look).toHaveBeenCalledTimes(1);
  });
});
