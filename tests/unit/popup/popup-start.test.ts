import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPopup, type PopupStart } from '../../../components/popup/first-cases/start';
import type { Case } from '../../../lib/model';
import { aCase } from '../db/records';

/** A session storage holding a restored search query, or none. */
function session(query?: string): Storage {
  const items = new Map<string, string>(query === undefined ? [] : [['pt:search-query', query]]);
  return { getItem: (key: string) => items.get(key) ?? null } as unknown as Storage;
}

/** The popup's start with every step recorded in order; the read answers when the test says. */
function harness(hash: string, query?: string) {
  const steps: string[] = [];
  let answer: (cases: Case[] | undefined) => void = () => undefined;
  const handedOver: (Case[] | undefined)[] = [];
  let loadApp: () => void = () => undefined;
  const start: PopupStart = {
    hash,
    session: session(query),
    read: () => {
      steps.push('read');
      return new Promise((resolve) => (answer = resolve));
    },
    prepare: () => steps.push('prepare'),
    paint: (cases) => steps.push(`paint ${cases.length}`),
    // The app's import takes a while: the test mounts it when it says.
    loadApp: (take) => {
      steps.push('load app');
      loadApp = () => handedOver.push(take());
    },
    afterFrame: (then) => {
      steps.push('frame');
      then();
    },
    waitMs: 250,
  };
  return { start, steps, handedOver, answer: (cases?: Case[]) => answer(cases), mountApp: () => loadApp() };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the popup’s start', () => {
  it('reads first and loads the app only after the read has answered and a frame has painted', async () => {
    const cases = [aCase({ title: 'a' }), aCase({ title: 'b' })];
    const h = harness('#/');
    const started = startPopup(h.start);
    expect(h.steps).toEqual(['read', 'prepare']);
    await vi.advanceTimersByTimeAsync(100);
    // Nothing heavy is compiled while the read is in flight.
    expect(h.steps).toEqual(['read', 'prepare']);
    h.answer(cases);
    await started;
    expect(h.steps).toEqual(['read', 'prepare', 'paint 2', 'frame', 'load app']);
    h.mountApp();
    expect(h.handedOver).toEqual([cases]);
  });

  it('loads the app anyway when the read is held up, and drops rows read after the app mounted', async () => {
    const h = harness('');
    const started = startPopup(h.start);
    await vi.advanceTimersByTimeAsync(249);
    expect(h.steps).not.toContain('load app');
    await vi.advanceTimersByTimeAsync(1);
    await started;
    expect(h.steps).toEqual(['read', 'prepare', 'frame', 'load app']);
    h.mountApp();
    expect(h.handedOver).toEqual([undefined]);
    h.answer([aCase()]);
    await vi.runAllTimersAsync();
    expect(h.steps).not.toContain('paint 1');
  });

  it('still paints rows read late but before the app mounted, and hands them over', async () => {
    const cases = [aCase()];
    const h = harness('#/');
    const started = startPopup(h.start);
    await vi.advanceTimersByTimeAsync(250);
    await started;
    h.answer(cases);
    await vi.runAllTimersAsync();
    expect(h.steps).toEqual(['read', 'prepare', 'frame', 'load app', 'paint 1']);
    h.mountApp();
    expect(h.handedOver).toEqual([cases]);
  });

  it('paints nothing when the database cannot be read yet, and loads the app at once', async () => {
    const h = harness('#/');
    const started = startPopup(h.start);
    h.answer(undefined);
    await started;
    expect(h.steps).toEqual(['read', 'prepare', 'frame', 'load app']);
    h.mountApp();
    expect(h.handedOver).toEqual([undefined]);
  });

  it('does not read on another view: the app loads after the first frame', async () => {
    const h = harness('#/case/abc');
    await startPopup(h.start);
    expect(h.steps).toEqual(['frame', 'load app']);
  });

  it('reads but does not paint the list under a restored search (it would only flash)', async () => {
    const h = harness('#/', 'TM-48');
    const started = startPopup(h.start);
    h.answer([aCase()]);
    await started;
    expect(h.steps).toEqual(['read', 'frame', 'load app']);
    h.mountApp();
    expect(h.handedOver).toEqual([undefined]);
  });

  it('loads the app even when painting fails, and lets the error show', async () => {
    const h = harness('#/');
    h.start.paint = () => {
      throw new Error('paint failed');
    };
    const started = startPopup(h.start);
    h.answer([aCase()]);
    await expect(started).rejects.toThrow('paint failed');
    expect(h.steps).toContain('load app');
  });
});
