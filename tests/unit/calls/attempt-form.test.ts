import { describe, expect, it } from 'vitest';
import { attemptFromForm, attemptToForm, emptyAttemptForm, promiseIsPast } from '../../../lib/calls/attempt-form';
import { newAttempt } from '../../../lib/calls/calls';
import { toLocalDateValue, toLocalInputValue } from '../../../lib/format/time';
import { DAY, T0 } from '../timeline/records';

const caseId = crypto.randomUUID();
const now = T0 + 2 * 3_600_000;

function pastCall() {
  return newAttempt(caseId, 'acme', 'phone', now);
}

/** The field errors of a refused form (empty when it was accepted). */
function errorsOf(result: ReturnType<typeof attemptFromForm>): Record<string, string | undefined> {
  return result.ok ? {} : result.errors;
}

describe('attemptFromForm', () => {
  it('stores the number dialled in E.164 and shows it back as the person writes it', () => {
    // The person's locale here is en-US: a national number is read as a US one.
    const typed = { ...emptyAttemptForm('phone', now), start: toLocalInputValue(T0), contact: ' (212) 555-2368 ' };
    const result = attemptFromForm(typed, pastCall(), { now });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.attempt.contact).toBe('+12125552368');
    expect(attemptToForm(result.attempt).contact).toBe('(212) 555-2368');
    // Another country's number keeps its country code; a short code and a note stay as typed.
    const abroad = attemptFromForm({ ...typed, contact: '+44 20 7946 0000' }, pastCall(), { now });
    expect(abroad.ok && abroad.attempt.contact).toBe('+442079460000');
    expect(abroad.ok && attemptToForm(abroad.attempt).contact).toBe('+44 20 7946 0000');
    const short = attemptFromForm({ ...typed, contact: '611' }, pastCall(), { now });
    expect(short.ok && short.attempt.contact).toBe('611');
    // An email address is no phone number: never rewritten.
    const email = attemptFromForm(
      { ...emptyAttemptForm('email', now), start: toLocalInputValue(T0), contact: 'help@acme.com' },
      newAttempt(caseId, 'acme', 'email', now),
      { now },
    );
    expect(email.ok && email.attempt.contact).toBe('help@acme.com');
  });

  it('builds a complete call from the form', () => {
    const values = {
      ...emptyAttemptForm('phone', now),
      start: toLocalInputValue(T0),
      end: toLocalInputValue(T0 + 25 * 60_000),
      agents: ['Dana', '  ', 'Sam'],
      reference: ' CX-1234 ',
      holdMinutes: '12',
      promiseText: 'Refund within 5 days',
      promiseDue: toLocalDateValue(now + 5 * DAY),
    };
    const result = attemptFromForm(values, pastCall(), { now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.attempt).toMatchObject({
      at: T0,
      endedAt: T0 + 25 * 60_000,
      agents: ['Dana', 'Sam'],
      reference: 'CX-1234',
      holdSeconds: 720,
      outcome: 'promised',
      promise: { text: 'Refund within 5 days' },
    });
  });

  it('refuses an end before the start, a promise due before the contact, a promise without a date, and bad hold times', () => {
    const base = { ...emptyAttemptForm('phone', now), start: toLocalInputValue(T0) };
    const endBefore = attemptFromForm({ ...base, end: toLocalInputValue(T0 - 60_000) }, pastCall(), { now });
    expect(errorsOf(endBefore).end).toMatch(/before the start/);
    const beforeContact = attemptFromForm(
      { ...base, promiseText: 'call back', promiseDue: toLocalDateValue(T0 - 3 * DAY) },
      pastCall(),
      { now },
    );
    expect(errorsOf(beforeContact).promiseDue).toMatch(/before the day of the contact/);
    const noDate = attemptFromForm({ ...base, promiseText: 'call back' }, pastCall(), { now });
    expect(errorsOf(noDate).promiseDue).toMatch(/Add the date/);
    const hold = attemptFromForm({ ...base, holdMinutes: 'ten' }, pastCall(), { now });
    expect(errorsOf(hold).holdMinutes).toMatch(/as a number/);
    const tooLongHold = attemptFromForm(
      { ...base, end: toLocalInputValue(T0 + 5 * 60_000), holdMinutes: '30' },
      pastCall(),
      { now },
    );
    expect(errorsOf(tooLongHold).holdMinutes).toMatch(/longer than the call/);
    const empty = attemptFromForm({ ...base, start: '' }, pastCall(), { now });
    expect(errorsOf(empty).start).toMatch(/Enter a date/);
  });

  it('saves a past call with the promise made on it, though that promise is past due now — a broken promise', () => {
    const callDay = now - 20 * DAY;
    const values = {
      ...emptyAttemptForm('phone', now),
      start: toLocalInputValue(callDay),
      promiseText: 'Credit by 30 Nov',
      promiseDue: toLocalDateValue(callDay + 6 * DAY),
    };
    expect(promiseIsPast(values, now)).toBe(true);
    const result = attemptFromForm(values, pastCall(), { now });
    expect(result).toMatchObject({ ok: true, attempt: { outcome: 'promised', promise: { text: 'Credit by 30 Nov' } } });
    expect(result.ok && result.attempt.promise!.dueAt < now).toBe(true);
    // Due on the day of the contact itself is a promise too.
    expect(attemptFromForm({ ...values, promiseDue: toLocalDateValue(callDay) }, pastCall(), { now }).ok).toBe(true);
    expect(promiseIsPast({ promiseText: 'x', promiseDue: toLocalDateValue(now + 2 * DAY) }, now)).toBe(false);
    expect(promiseIsPast({ promiseText: '', promiseDue: toLocalDateValue(callDay) }, now)).toBe(false);
  });

  it('reports over-long text on its field, from the schema', () => {
    const values = { ...emptyAttemptForm('phone', now), start: toLocalInputValue(T0), reference: 'x'.repeat(201) };
    expect(attemptFromForm(values, pastCall(), { now })).toMatchObject({
      ok: false,
      errors: { reference: 'Too long: at most 200 characters.' },
    });
  });

  it('keeps an existing promise whose date has passed when editing other fields', () => {
    const stored = { ...pastCall(), at: T0, promise: { text: 'refund', dueAt: T0 + DAY } };
    const values = { ...attemptToForm(stored), reference: 'R-1' };
    const later = T0 + 10 * DAY;
    const result = attemptFromForm(values, stored, { now: later });
    expect(result.ok).toBe(true);
  });

  it('keeps a running call running, with its stored start', () => {
    const running = newAttempt(caseId, 'acme', 'phone', T0, true);
    const result = attemptFromForm({ ...attemptToForm(running), agents: ['Dana'] }, running, {
      now: T0 + 60_000,
      running: true,
    });
    expect(result).toMatchObject({ ok: true, attempt: { at: T0, inProgress: true, agents: ['Dana'] } });
    if (result.ok) expect(result.attempt.endedAt).toBeUndefined();
  });

  it('marks an email replied: awaiting no more', () => {
    const email = newAttempt(caseId, 'acme', 'email', T0);
    const result = attemptFromForm({ ...attemptToForm(email), repliedAt: toLocalInputValue(T0 + DAY) }, email, {
      now: T0 + 2 * DAY,
    });
    expect(result).toMatchObject({ ok: true, attempt: { awaitingReply: false, repliedAt: T0 + DAY } });
    const early = attemptFromForm({ ...attemptToForm(email), repliedAt: toLocalInputValue(T0 - DAY) }, email, {
      now: T0 + 2 * DAY,
    });
    expect(early.ok).toBe(false);
  });
});
