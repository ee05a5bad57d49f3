import { describe, expect, it } from 'vitest';
import { attempts } from '../../../lib/db/attempts';
import { cases } from '../../../lib/db/cases';
import { attentionOf, byAttention } from '../../../lib/followup/attention';
import { attentionCasesRead } from '../../../lib/timeline/read';
import { withFreshDb } from '../calls/db';
import { DAY, makeAttempt, makeCase } from '../timeline/records';

describe('needs attention', () => {
  it('takes a broken promise and a company reply; nothing else', () => {
    expect(attentionOf('a', { state: 'overdue', dueAt: 5 })).toEqual({ caseId: 'a', reason: 'overdue', since: 5 });
    expect(attentionOf('b', { state: 'replied', since: 7 })).toEqual({ caseId: 'b', reason: 'replied', since: 7 });
    for (const state of ['waiting', 'promised', 'escalated', 'empty', 'needs_title', 'resolved', 'closed'] as const) {
      expect(attentionOf('c', { state, since: 1, dueAt: 1 })).toBeUndefined();
    }
  });

  it('puts broken promises first, the longest broken first, then replies, the oldest first', () => {
    const order = byAttention([
      { caseId: 'reply-new', reason: 'replied', since: 50 },
      { caseId: 'broken-recent', reason: 'overdue', since: 40 },
      { caseId: 'reply-old', reason: 'replied', since: 10 },
      { caseId: 'broken-long', reason: 'overdue', since: 20 },
    ]).map((a) => a.caseId);
    expect(order).toEqual(['broken-long', 'broken-recent', 'reply-old', 'reply-new']);
  });
});

describe('attentionCasesRead', () => {
  withFreshDb();

  it('finds the open cases with a broken promise, the longest broken first, however old their activity', async () => {
    const now = Date.now();
    const quiet = await cases.put(makeCase({ title: 'Broken long ago', lastActivityAt: now - 60 * DAY }));
    await attempts.put(
      makeAttempt(quiet.id, {
        at: now - 60 * DAY,
        outcome: 'promised',
        promise: { text: 'refund', dueAt: now - 50 * DAY },
      }),
    );
    const recent = await cases.put(makeCase({ title: 'Broken yesterday', lastActivityAt: now - 2 * DAY }));
    await attempts.put(
      makeAttempt(recent.id, {
        at: now - 3 * DAY,
        outcome: 'promised',
        promise: { text: 'call back', dueAt: now - DAY },
      }),
    );
    const pending = await cases.put(makeCase({ title: 'Promise still open', lastActivityAt: now }));
    await attempts.put(
      makeAttempt(pending.id, { at: now - DAY, outcome: 'promised', promise: { text: 'visit', dueAt: now + 3 * DAY } }),
    );
    const done = await cases.put(
      makeCase({ title: 'Resolved', status: 'resolved', resolvedAt: now, lastActivityAt: now }),
    );
    await attempts.put(
      makeAttempt(done.id, { at: now - 9 * DAY, outcome: 'promised', promise: { text: 'x', dueAt: now - 8 * DAY } }),
    );

    const found = await attentionCasesRead(now);
    expect(found.map(({ item, attention }) => [item.title, attention.reason])).toEqual([
      ['Broken long ago', 'overdue'],
      ['Broken yesterday', 'overdue'],
    ]);
  });
});
