import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { extensionAlive, PageLifetime } from '../../../entrypoints/contact/lifetime';

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('chrome', { runtime: { id: 'paper-trail-test' } });
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('PageLifetime (how long the page part listens)', () => {
  it('runs timers while it lives, and none after it ended', () => {
    const lifetime = new PageLifetime();
    const once = vi.fn();
    const every = vi.fn();
    lifetime.setTimeout(once, 100);
    lifetime.setInterval(every, 100);
    vi.advanceTimersByTime(250);
    expect(once).toHaveBeenCalledTimes(1);
    expect(every).toHaveBeenCalledTimes(2);
    lifetime.end();
    lifetime.setTimeout(once, 100);
    vi.advanceTimersByTime(1000);
    expect(once).toHaveBeenCalledTimes(1);
    expect(every).toHaveBeenCalledTimes(2);
  });

  it('removes listeners given its signal, and tells who asked when it ends', () => {
    const lifetime = new PageLifetime();
    const listener = vi.fn();
    const ended = vi.fn();
    document.addEventListener('click', listener, { signal: lifetime.signal });
    lifetime.onEnded(ended);
    document.body.click();
    lifetime.end();
    document.body.click();
    expect(listener).toHaveBeenCalledTimes(1);
    expect(ended).toHaveBeenCalledTimes(1);
    const late = vi.fn();
    lifetime.onEnded(late);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('ends by itself once the extension is gone from under the page', () => {
    const lifetime = new PageLifetime();
    const every = vi.fn();
    lifetime.setInterval(every, 100);
    vi.advanceTimersByTime(100);
    expect(lifetime.ended).toBe(false);
    // What a reloaded or removed extension leaves to its old scripts: a runtime without an id.
    vi.stubGlobal('chrome', { runtime: {} });
    expect(extensionAlive()).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(every).toHaveBeenCalledTimes(1);
    expect(lifetime.ended).toBe(true);
    expect(lifetime.signal.aborted).toBe(true);
  });
});
