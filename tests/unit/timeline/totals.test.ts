import { describe, expect, it } from 'vitest';
import { callSeconds, caseTotals } from '../../../lib/timeline/totals';
import { DAY, T0, makeAttempt } from './records';

const caseId = crypto.randomUUID();

describe('caseTotals', () => {
  it('counts attempts by channel, phone time, hold, distinct agents and days', () => {
    const attempts = [
      makeAttempt(caseId, { at: T0, endedAt: T0 + 30 * 60_000, holdSeconds: 600, agents: ['Dana', 'Sam  Lee'] }),
      makeAttempt(caseId, { at: T0 + DAY, endedAt: T0 + DAY + 12 * 60_000, agents: ['dana', 'sam lee', 'Priya'] }),
      makeAttempt(caseId, { channel: 'email', at: T0 + 2 * DAY }),
    ];
    const totals = caseTotals(attempts, T0 + 9 * DAY + 5);
    expect(totals.attempts).toBe(3);
    expect(totals.byChannel).toEqual({ phone: 2, email: 1 });
    expect(totals.phoneSeconds).toBe(42 * 60);
    expect(totals.holdSeconds).toBe(600);
    expect(totals.agents).toBe(3);
    expect(totals.daysSinceFirst).toBe(9);
  });

  it('counts a running call up to now, and nothing for an empty case', () => {
    const running = makeAttempt(caseId, { at: T0, inProgress: true });
    expect(callSeconds(running, T0 + 125_000)).toBe(125);
    expect(caseTotals([running], T0 + 125_000).phoneSeconds).toBe(125);
    expect(caseTotals([], T0)).toMatchObject({ attempts: 0, phoneSeconds: 0, agents: 0, daysSinceFirst: undefined });
  });

  it('counts a promise as broken once its date passed without a later fix', () => {
    const promised = makeAttempt(caseId, { outcome: 'promised', promise: { text: 'refund', dueAt: T0 + 3 * DAY } });
    expect(caseTotals([promised], T0 + DAY)).toMatchObject({ promises: 1, brokenPromises: 0 });
    expect(caseTotals([promised], T0 + 4 * DAY)).toMatchObject({ promises: 1, brokenPromises: 1 });
    const fixed = makeAttempt(caseId, { at: T0 + 2 * DAY, outcome: 'resolved' });
    expect(caseTotals([promised, fixed], T0 + 4 * DAY).brokenPromises).toBe(0);
  });
});
