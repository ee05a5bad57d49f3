import { describe, expect, it } from 'vitest';
import { attemptFromForm, attemptToForm } from '../../../lib/calls/attempt-form';
import { endedCall, newAttempt, saveRunningCall, setOnHold, startCall } from '../../../lib/calls/calls';
import { holdSecondsAt, offHold, putOnHold, withCallNote } from '../../../lib/calls/hold';
import { attempts } from '../../../lib/db/attempts';
import { withFreshDb } from './db';

const T0 = Date.UTC(2026, 10, 3, 9, 0);
const MIN = 60_000;
const running = () => newAttempt(crypto.randomUUID(), 'acme', 'phone', T0, true);

describe('the hold stopwatch (pure)', () => {
  it('adds up several holds, the current one included', () => {
    let call = putOnHold(running(), T0 + 2 * MIN);
    expect(holdSecondsAt(call, T0 + 5 * MIN)).toBe(180);
    call = offHold(call, T0 + 5 * MIN);
    expect(call.holdSince).toBeUndefined();
    expect(call.holdSeconds).toBe(180);
    call = offHold(putOnHold(call, T0 + 10 * MIN), T0 + 12 * MIN + 30_000);
    expect(call.holdSeconds).toBe(330);
    // A second "on hold" while on hold keeps the first start.
    const held = putOnHold(call, T0 + 20 * MIN);
    expect(putOnHold(held, T0 + 21 * MIN).holdSince).toBe(T0 + 20 * MIN);
  });

  it('ends a hold still running when the call ends', () => {
    const ended = endedCall(putOnHold(running(), T0 + MIN), T0 + 4 * MIN);
    expect(ended).toMatchObject({ holdSeconds: 180, endedAt: T0 + 4 * MIN });
    expect(ended.holdSince).toBeUndefined();
    expect(ended.inProgress).toBeUndefined();
  });

  it('keeps the stopwatch out of the typed fields: a running call’s hold is never a typed figure', () => {
    const call = { ...putOnHold(running(), T0 + MIN), holdSeconds: 60 };
    const result = attemptFromForm({ ...attemptToForm(call), holdMinutes: '99' }, call, {
      now: T0 + 3 * MIN,
      running: true,
    });
    expect(result).toMatchObject({ ok: true, attempt: { holdSeconds: 60, holdSince: T0 + MIN } });
  });

  it('stamps notes with the time into the call, one per line', () => {
    expect(withCallNote('', 'Agent: Priya', 65)).toBe('1:05 — Agent: Priya');
    expect(withCallNote('1:05 — Agent: Priya\n', ' transferred to billing ', 754)).toBe(
      '1:05 — Agent: Priya\n12:34 — transferred to billing',
    );
    expect(withCallNote('kept', '   ', 10)).toBe('kept');
  });
});

describe('saving a running call', () => {
  withFreshDb();

  it('keeps a hold begun after the fields were typed, and never revives an ended call', async () => {
    const call = await startCall(crypto.randomUUID(), 'acme', T0);
    // The form was filled from the call before it was put on hold…
    const typed = attemptFromForm({ ...attemptToForm(call), reference: 'TM-48213' }, call, {
      now: T0 + MIN,
      running: true,
    });
    if (!typed.ok) throw new Error('the form was refused');
    await setOnHold(call.id, true, T0 + 2 * MIN);
    // …and is saved after: the hold stays.
    await saveRunningCall(typed.attempt);
    expect(await attempts.get(call.id)).toMatchObject({
      reference: 'TM-48213',
      holdSince: T0 + 2 * MIN,
      inProgress: true,
    });

    const ended = await saveRunningCall(typed.attempt, T0 + 6 * MIN);
    expect(ended).toMatchObject({ endedAt: T0 + 6 * MIN, holdSeconds: 240 });
    // A late draft of the same call changes nothing.
    expect(await saveRunningCall(typed.attempt)).toBeUndefined();
    await setOnHold(call.id, true, T0 + 7 * MIN);
    const stored = await attempts.get(call.id);
    expect(stored?.inProgress).toBeUndefined();
    expect(stored?.holdSince).toBeUndefined();
  });
});
