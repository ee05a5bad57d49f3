import { describe, expect, it } from 'vitest';
import { planReminders, remindersFor, STALE_AFTER } from '../../../lib/followup/reminders';
import { wallTime } from '../../../lib/followup/zoned-time';
import { DAY, HOUR } from '../../../lib/time-units';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { REPLY_DAYS } from '../../../lib/letters/reply-days';
import { aCase, anAttempt, aPost, aResponse, records } from './records';

const NY = 'America/New_York';
const T0 = Date.UTC(2026, 5, 5, 14, 0); // Fri 5 Jun 2026, 10:00 in New York

describe('remindersFor', () => {
  it('reminds 24 h after a public post with no answer, and not once answered', () => {
    const post = aPost(T0);
    const [r] = remindersFor(records({ escalations: [post] }), DEFAULT_SETTINGS, T0, NY, 'Acme');
    expect(r).toMatchObject({
      kind: 'no_answer_post',
      dueAt: T0 + 24 * HOUR,
      id: `no_answer_post:${post.id}:${T0 + 24 * HOUR}`,
    });
    expect(r?.title).toContain('Acme');
    const answered = records({ escalations: [post], responses: [aResponse('public_reply', T0 + HOUR)] });
    expect(remindersFor(answered, DEFAULT_SETTINGS, T0, NY, 'Acme').map((x) => x.kind)).not.toContain('no_answer_post');
  });

  it('follows the chosen delay', () => {
    const [r] = remindersFor(
      records({ escalations: [aPost(T0)] }),
      { ...DEFAULT_SETTINGS, remindAfterPostHours: 6 },
      T0,
      NY,
      'Acme',
    );
    expect(r?.dueAt).toBe(T0 + 6 * HOUR);
  });

  it('reminds five working days after an email, skipping the weekend in the user zone', () => {
    const email = anAttempt(T0, { channel: 'email' });
    const [r] = remindersFor(records({ attempts: [email] }), DEFAULT_SETTINGS, T0, NY, 'Acme');
    expect(r?.kind).toBe('no_answer_email');
    expect(r?.dueAt).toBe(T0 + 7 * DAY);
    expect(wallTime(r?.dueAt ?? 0, NY)).toMatchObject({ weekday: 5, hour: 10 });
  });

  it('a Friday-evening email in Los Angeles is a Saturday in UTC: zones give different due dates', () => {
    const fridayEveningLA = Date.UTC(2026, 5, 6, 2, 0); // Fri 19:00 PDT = Sat 02:00 UTC
    const email = anAttempt(fridayEveningLA, { channel: 'web_form' });
    const inLA = remindersFor(
      records({ attempts: [email] }),
      { ...DEFAULT_SETTINGS, remindAfterEmailWorkingDays: 1 },
      fridayEveningLA,
      'America/Los_Angeles',
      'Acme',
    )[0];
    const inUTC = remindersFor(
      records({ attempts: [email] }),
      { ...DEFAULT_SETTINGS, remindAfterEmailWorkingDays: 1 },
      fridayEveningLA,
      'UTC',
      'Acme',
    )[0];
    expect(inLA?.dueAt).toBe(fridayEveningLA + 3 * DAY); // Monday 19:00 PDT
    expect(inUTC?.dueAt).toBe(fridayEveningLA + 2 * DAY); // Monday 02:00 UTC
  });

  it('reminds when a letter has gone unanswered for the time it asked, naming whom it was sent to', () => {
    const letter = anAttempt(T0, { channel: 'letter', contact: 'First Card Services' });
    const [r] = remindersFor(records({ attempts: [letter] }), DEFAULT_SETTINGS, T0, NY, 'Acme');
    expect(r).toMatchObject({ kind: 'no_answer_letter', dueAt: T0 + REPLY_DAYS * DAY });
    expect(r?.title).toBe('First Card Services has not answered your letter');
    expect(r?.body).toBe('14 days since your letter about “Overcharged $110”, and no reply.');
    const late = remindersFor(records({ attempts: [letter] }), DEFAULT_SETTINGS, T0 + 20 * DAY, NY, 'Acme')[0];
    expect(late?.body).toBe('20 days since your letter about “Overcharged $110”, and no reply.');
    // A letter to the company without a named recipient names the company.
    const plain = anAttempt(T0, { channel: 'letter' });
    expect(remindersFor(records({ attempts: [plain] }), DEFAULT_SETTINGS, T0, NY, 'Acme')[0]?.title).toBe(
      'Acme has not answered your letter',
    );
    // An answer after it, a reply noted on it, or an email after it that resolved things: no reminder.
    for (const answered of [
      records({ attempts: [letter], responses: [aResponse('email', T0 + DAY)] }),
      records({ attempts: [{ ...letter, repliedAt: T0 + 2 * DAY }] }),
      records({ attempts: [{ ...letter, outcome: 'resolved' }] }),
    ]) {
      expect(remindersFor(answered, DEFAULT_SETTINGS, T0, NY, 'Acme').map((x) => x.kind)).not.toContain(
        'no_answer_letter',
      );
    }
    // A letter is not an email: it does not bring the email reminder.
    expect(remindersFor(records({ attempts: [letter] }), DEFAULT_SETTINGS, T0, NY, 'Acme').map((x) => x.kind)).toEqual([
      'no_answer_letter',
    ]);
  });

  it('keeps the local hour of an email reminder across a daylight-saving change', () => {
    const email = anAttempt(Date.UTC(2026, 9, 29, 13, 0), { channel: 'email' }); // Thu 29 Oct 09:00 EDT
    const [r] = remindersFor(records({ attempts: [email] }), DEFAULT_SETTINGS, email.at, NY, 'Acme');
    expect(r?.dueAt).toBe(Date.UTC(2026, 10, 5, 14, 0)); // Thu 5 Nov 09:00 EST
  });

  it('reminds on each open promise due date; a kept promise or a fix stops them', () => {
    const promise = aResponse('promise', T0, { promise: { text: 'refund of $110', dueAt: T0 + 3 * DAY } });
    const list = remindersFor(records({ responses: [promise] }), DEFAULT_SETTINGS, T0, NY, 'Acme');
    expect(list.find((x) => x.kind === 'promise_due')).toMatchObject({ dueAt: T0 + 3 * DAY });
    expect(list.find((x) => x.kind === 'promise_due')?.body).toContain('refund of $110');
    const fixed = records({ responses: [promise, aResponse('fix', T0 + DAY)] });
    expect(remindersFor(fixed, DEFAULT_SETTINGS, T0 + 2 * DAY, NY, 'Acme')).toEqual([]);
    const kept = records({ responses: [{ ...promise, promiseKept: true }] });
    expect(remindersFor(kept, DEFAULT_SETTINGS, T0, NY, 'Acme').map((x) => x.kind)).not.toContain('promise_due');
  });

  it('asks "did they fix it?" seven days after an answer', () => {
    const reply = aResponse('public_reply', T0);
    const list = remindersFor(
      records({ escalations: [aPost(T0 - HOUR)], responses: [reply] }),
      DEFAULT_SETTINGS,
      T0,
      NY,
      'Acme',
    );
    expect(list.map((x) => x.kind)).toEqual(['fix_check']);
    expect(list[0]?.dueAt).toBe(T0 + 7 * DAY);
  });

  it('states the real elapsed time when a reminder fires late', () => {
    const post = aPost(T0);
    const onTime = remindersFor(records({ escalations: [post] }), DEFAULT_SETTINGS, T0, NY, 'Acme')[0];
    expect(onTime?.body).toBe('24 hr since your public post about “Overcharged $110”. Time for a courteous follow-up?');
    // The computer slept: the scheduler rebuilds at 48 h and fires the same reminder.
    const late = remindersFor(records({ escalations: [post] }), DEFAULT_SETTINGS, T0 + 48 * HOUR, NY, 'Acme')[0];
    expect(late?.id).toBe(onTime?.id);
    expect(late?.body).toBe('2 days since your public post about “Overcharged $110”. Time for a courteous follow-up?');

    const email = anAttempt(T0, { channel: 'email' });
    expect(remindersFor(records({ attempts: [email] }), DEFAULT_SETTINGS, T0, NY, 'Acme')[0]?.body).toBe(
      '7 days without a reply about “Overcharged $110”.',
    );
    expect(remindersFor(records({ attempts: [email] }), DEFAULT_SETTINGS, T0 + 10 * DAY, NY, 'Acme')[0]?.body).toBe(
      '10 days without a reply about “Overcharged $110”.',
    );
  });

  it('says a promise is due now only within the hour of its date, otherwise how long ago', () => {
    const promise = aResponse('promise', T0, { promise: { text: 'credit by Fri', dueAt: T0 + 3 * DAY } });
    const body = (now: number) =>
      remindersFor(records({ responses: [promise] }), DEFAULT_SETTINGS, now, NY, 'Acme').find(
        (x) => x.kind === 'promise_due',
      )?.body;
    expect(body(T0)).toBe('“credit by Fri” (Overcharged $110) is due now. Did they keep it?');
    expect(body(T0 + 3 * DAY + 30 * 60_000)).toBe('“credit by Fri” (Overcharged $110) is due now. Did they keep it?');
    expect(body(T0 + 4 * DAY)).toBe('“credit by Fri” (Overcharged $110) was due yesterday. Did they keep it?');
    expect(body(T0 + 6 * DAY)).toBe('“credit by Fri” (Overcharged $110) was due 3 days ago. Did they keep it?');
  });

  it('counts the days since the answer in "did they fix it?"', () => {
    const reply = aResponse('public_reply', T0);
    const list = (now: number) =>
      remindersFor(records({ escalations: [aPost(T0 - HOUR)], responses: [reply] }), DEFAULT_SETTINGS, now, NY, 'Acme');
    expect(list(T0)[0]?.body).toBe('7 days ago they answered about “Overcharged $110”. Is it fixed?');
    expect(list(T0 + 9 * DAY)[0]?.body).toBe('9 days ago they answered about “Overcharged $110”. Is it fixed?');
  });

  it('gives no "did they fix it?" when a promise reminder comes first', () => {
    const reply = aResponse('public_reply', T0);
    const promise = anAttempt(T0 - DAY, { promise: { text: 'credit by Fri', dueAt: T0 + 2 * DAY } });
    const kinds = remindersFor(
      records({ attempts: [promise], responses: [reply] }),
      DEFAULT_SETTINGS,
      T0,
      NY,
      'Acme',
    ).map((x) => x.kind);
    expect(kinds).toEqual(['promise_due']);
  });

  it('gives nothing for a resolved or closed case', () => {
    const r = { escalations: [aPost(T0)], attempts: [anAttempt(T0, { channel: 'email' })] };
    expect(
      remindersFor(
        records({ ...r, case: aCase({ status: 'resolved', resolvedAt: T0 }) }),
        DEFAULT_SETTINGS,
        T0,
        NY,
        'Acme',
      ),
    ).toEqual([]);
    expect(
      remindersFor(
        records({ ...r, case: aCase({ status: 'closed', closedAt: T0 }) }),
        DEFAULT_SETTINGS,
        T0,
        NY,
        'Acme',
      ),
    ).toEqual([]);
  });

  it('is stable: the same records give the same ids', () => {
    const r = records({ escalations: [aPost(T0)], attempts: [anAttempt(T0, { channel: 'email' })] });
    expect(remindersFor(r, DEFAULT_SETTINGS, T0, NY, 'Acme')).toEqual(
      remindersFor(r, DEFAULT_SETTINGS, T0 + HOUR, NY, 'Acme'),
    );
  });
});

describe('planReminders', () => {
  const r = (id: string, dueAt: number) => ({
    id,
    caseId: 'c',
    kind: 'promise_due' as const,
    dueAt,
    title: '',
    body: '',
  });

  it('fires due reminders once, wakes for the next, and silently retires stale ones', () => {
    const now = T0;
    const all = [
      r('a', now - HOUR),
      r('b', now - STALE_AFTER - 1),
      r('c', now + DAY),
      r('d', now + HOUR),
      r('e', now - 1),
    ];
    const plan = planReminders(all, new Set(['e']), now);
    expect(plan.fireNow.map((x) => x.id)).toEqual(['a']);
    expect(plan.stale.map((x) => x.id)).toEqual(['b']);
    expect(plan.next?.id).toBe('d');
    expect(planReminders(all, new Set(['a', 'b', 'e']), now).fireNow).toEqual([]);
  });
});
