import { describe, expect, it } from 'vitest';
import { planReference } from '../../../lib/autolog/reference';
import { REFERENCE_WINDOW_MS } from '../../../lib/autolog/windows';
import { anAttempt } from './fixtures';

const now = 80_000_000;

describe('planReference', () => {
  it('attaches to the latest online attempt without a reference from the last 30 minutes', () => {
    const older = anAttempt({ at: now - 20 * 60_000 });
    const latest = anAttempt({ at: now - 5 * 60_000, channel: 'email' });
    const withRef = anAttempt({ at: now - 60_000, reference: 'A-1' });
    const call = anAttempt({ at: now - 30_000, channel: 'phone' });
    const plan = planReference([older, latest, withRef, call], 'CS-2024-118', now);
    expect(plan).toEqual({ kind: 'attach', attempt: latest });
  });

  it('recognises a reference that is already recorded (a reloaded confirmation page)', () => {
    const done = anAttempt({ at: now - 3 * 60 * 60_000, reference: 'cs-2024-118' });
    expect(planReference([done, anAttempt({ at: now - 1_000 })], ' CS-2024-118 ', now)).toEqual({
      kind: 'already',
      attempt: done,
    });
  });

  it('creates a new attempt when nothing recent is waiting for a reference', () => {
    const stale = anAttempt({ at: now - REFERENCE_WINDOW_MS - 1 });
    expect(planReference([stale], 'X-9', now)).toEqual({ kind: 'create' });
    expect(planReference([], 'X-9', now)).toEqual({ kind: 'create' });
  });
});
