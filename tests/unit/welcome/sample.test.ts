import { Attempt, Case, Company } from '../../../lib/model';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { caseClocks } from '../../../lib/followup/clocks';
import { deriveCaseStatus } from '../../../lib/followup/status';
import { remindersFor } from '../../../lib/followup/reminders';
import { DAY } from '../../../lib/time-units';
import { buildSample, SampleRefs, silencedReminders } from '../../../lib/welcome/sample';

const NOW = Date.UTC(2026, 10, 12, 9, 30, 15, 250);

/** Ids in order, as crypto.randomUUID would give them, so the sample is the same on every run. */
function counter(): () => string {
  let n = 0;
  return () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
}

describe('buildSample', () => {
  const sample = buildSample(NOW, counter());

  it('makes records that pass the same zod schemas as the database', () => {
    expect(Company.parse(sample.company)).toEqual(sample.company);
    expect(Case.parse(sample.case)).toEqual(sample.case);
    for (const a of sample.attempts) expect(Attempt.parse(a)).toEqual(a);
    expect(SampleRefs.parse(sample.refs)).toEqual(sample.refs);
  });

  it('is an invented company no site can join, under an id no typed or found company uses', () => {
    expect(sample.company).toMatchObject({
      id: 'sample-000000000000',
      name: 'Northwind Energy (sample)',
      domains: [],
      source: 'user',
    });
    expect(sample.attempts.every((a) => a.companyId === sample.company.id && a.caseId === sample.case.id)).toBe(true);
  });

  it('remembers exactly its own records', () => {
    expect(sample.refs).toEqual({
      companyId: sample.company.id,
      caseId: sample.case.id,
      attemptIds: sample.attempts.map((a) => a.id),
      addedAt: NOW,
    });
    expect(new Set([sample.case.id, ...sample.refs.attemptIds]).size).toBe(4);
  });

  it('holds an email, a call with an agent and a reference, and a chat, all in the past', () => {
    expect(sample.attempts.map((a) => a.channel)).toEqual(['email', 'phone', 'chat']);
    const [email, call] = sample.attempts;
    expect(email).toMatchObject({ awaitingReply: true, outcome: 'pending', subject: 'Charged twice for March' });
    expect(call).toMatchObject({ agents: ['Dana'], reference: 'NW-48213', outcome: 'promised' });
    expect(sample.attempts.every((a) => (a.endedAt ?? a.at) < NOW && a.at % 60_000 === 0)).toBe(true);
    expect(sample.case.openedAt).toBe(email?.at);
    expect(sample.case.lastActivityAt).toBe(Math.max(...sample.attempts.map((a) => a.endedAt ?? a.at)));
  });

  it('reads as a broken promise: overdue since the promise’s date, eight days ago', () => {
    const records = { case: sample.case, attempts: sample.attempts, escalations: [], responses: [] };
    const status = deriveCaseStatus(records, NOW, 'UTC');
    expect(status.state).toBe('overdue');
    expect(NOW - (status.dueAt ?? NOW)).toBeGreaterThan(7 * DAY);
    expect(caseClocks(records, NOW, 'UTC').promises.map((p) => p.overdue)).toEqual([true]);
  });

  it('gives fresh ids each time, so it can be added again after being removed', () => {
    const again = buildSample(NOW);
    const other = buildSample(NOW);
    expect(again.company.id).not.toBe(other.company.id);
    expect(again.case.id).not.toBe(other.case.id);
    expect(Company.parse(again.company).id).toMatch(/^sample-[0-9a-f]{12}$/);
  });
});

describe('silencedReminders', () => {
  it('marks every reminder the sample would raise as fired, so it never notifies', () => {
    const sample = buildSample(NOW, counter());
    const records = { case: sample.case, attempts: sample.attempts, escalations: [], responses: [] };
    const due = remindersFor(records, DEFAULT_SETTINGS, NOW, 'Europe/Paris', sample.company.name);
    expect(due.map((r) => r.kind).sort()).toEqual(['no_answer_email', 'promise_due']);
    const silenced = silencedReminders(sample, DEFAULT_SETTINGS, NOW, 'Europe/Paris');
    expect(silenced).toEqual(due.map((r) => ({ id: r.id, caseId: sample.case.id, firedAt: NOW })));
  });
});
