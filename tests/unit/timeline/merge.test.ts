import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../../lib/timeline/merge';
import { DAY, T0, makeAttempt, makeEscalation, makeResponse } from './records';

const caseId = crypto.randomUUID();

describe('buildTimeline', () => {
  it('orders attempts, posts and responses by time and marks long silences', () => {
    const call = makeAttempt(caseId, { at: T0, endedAt: T0 + 20 * 60_000 });
    const email = makeAttempt(caseId, { channel: 'email', at: T0 + 9 * DAY });
    const post = makeEscalation(caseId, { postedAt: T0 + 10 * DAY, createdAt: T0 + 9.5 * DAY });
    const reply = makeResponse(caseId, { at: T0 + 10 * DAY + 20 * 60_000 });
    const entries = buildTimeline([email, call], [post], [reply], { now: T0 + 11 * DAY });
    expect(entries.map((e) => e.kind)).toEqual(['attempt', 'gap', 'attempt', 'escalation', 'response']);
    const gap = entries[1];
    expect(gap?.kind === 'gap' && gap.days).toBe(8); // from the end of the call to the email
  });

  it('shows the ongoing silence until now when asked (open cases)', () => {
    const call = makeAttempt(caseId, { at: T0 });
    const entries = buildTimeline([call], [], [], { now: T0 + 9 * DAY + 3_600_000, trailingGap: true });
    expect(entries.at(-1)).toMatchObject({ kind: 'gap', days: 9, ongoing: true });
    expect(buildTimeline([call], [], [], { now: T0 + 9 * DAY }).some((e) => e.kind === 'gap')).toBe(false);
  });

  it('uses the draft time for an unposted escalation and puts same-instant events in a stable order', () => {
    const draft = makeEscalation(caseId, { status: 'draft', postedAt: undefined, createdAt: T0 });
    const attempt = makeAttempt(caseId, { at: T0 });
    const reply = makeResponse(caseId, { at: T0 });
    expect(buildTimeline([attempt], [draft], [reply], { now: T0 }).map((e) => e.kind)).toEqual([
      'attempt',
      'escalation',
      'response',
    ]);
  });

  it('is always sorted and keeps every record exactly once', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 * DAY }), { maxLength: 30 }), (offsets) => {
        const attempts = offsets.map((o) => makeAttempt(caseId, { at: T0 + o }));
        const entries = buildTimeline(attempts, [], [], { now: T0 + 61 * DAY, trailingGap: true });
        const real = entries.filter((e) => e.kind !== 'gap');
        expect(real).toHaveLength(attempts.length);
        for (let i = 1; i < entries.length; i++) expect(entries[i]!.at).toBeGreaterThanOrEqual(entries[i - 1]!.at);
      }),
    );
  });
});
