import { describe, expect, it } from 'vitest';
import { caseClocks } from '../../../lib/followup/clocks';
import { deriveCaseStatus } from '../../../lib/followup/status';
import { DAY, HOUR } from '../../../lib/time-units';
import { aCase, anAttempt, aPost, aResponse, records } from './records';

const T0 = Date.UTC(2026, 5, 1, 12, 0); // Mon 1 Jun 2026

describe('deriveCaseStatus', () => {
  it('waits since the latest attempt, or asks for a title on an automatic case', () => {
    const r = records({ attempts: [anAttempt(T0), anAttempt(T0 + HOUR)] });
    expect(deriveCaseStatus(r, T0 + DAY)).toEqual({ state: 'waiting', since: T0 + HOUR });
    expect(deriveCaseStatus({ ...r, case: aCase({ needsTitle: true }) }, T0 + DAY).state).toBe('needs_title');
  });

  it('says a case with nothing logged is empty, not waiting on anyone', () => {
    expect(deriveCaseStatus(records({}), T0 + DAY)).toEqual({ state: 'empty' });
    // A running call does not count yet; once its start is past, it does.
    expect(deriveCaseStatus(records({ attempts: [anAttempt(T0 + 2 * DAY, { inProgress: true })] }), T0 + DAY)).toEqual({
      state: 'empty',
    });
  });

  it('is escalated after a post, replied after an answer', () => {
    const post = aPost(T0 + DAY);
    expect(deriveCaseStatus(records({ attempts: [anAttempt(T0)], escalations: [post] }), T0 + 2 * DAY)).toEqual({
      state: 'escalated',
      since: T0 + DAY,
    });
    const reply = aResponse('public_reply', T0 + DAY + 20 * 60_000);
    expect(deriveCaseStatus(records({ escalations: [post], responses: [reply] }), T0 + 2 * DAY)).toMatchObject({
      state: 'replied',
      since: reply.at,
    });
  });

  it('is escalated again when the user posts after the last answer', () => {
    const r = records({
      escalations: [aPost(T0), aPost(T0 + 3 * DAY)],
      responses: [aResponse('public_reply', T0 + HOUR)],
    });
    expect(deriveCaseStatus(r, T0 + 4 * DAY)).toEqual({ state: 'escalated', since: T0 + 3 * DAY });
  });

  it('tracks promises from attempts and from responses, and overdue once the due date passes', () => {
    const fromCall = anAttempt(T0, { outcome: 'promised', promise: { text: 'refund', dueAt: T0 + 5 * DAY } });
    const fromReply = aResponse('promise', T0 + DAY, { promise: { text: 'engineer visit', dueAt: T0 + 3 * DAY } });
    const r = records({ attempts: [fromCall], responses: [fromReply] });
    expect(deriveCaseStatus(r, T0 + 2 * DAY)).toEqual({ state: 'promised', dueAt: T0 + 3 * DAY });
    expect(deriveCaseStatus(r, T0 + 4 * DAY)).toEqual({ state: 'overdue', dueAt: T0 + 3 * DAY });
    expect(deriveCaseStatus(r, T0 + 6 * DAY)).toEqual({ state: 'overdue', dueAt: T0 + 3 * DAY });
  });

  it('a later fix supersedes every earlier promise; a fix before a new promise does not', () => {
    const promised = anAttempt(T0, { outcome: 'promised', promise: { text: 'refund', dueAt: T0 + DAY } });
    const fix = aResponse('fix', T0 + 3 * DAY);
    expect(deriveCaseStatus(records({ attempts: [promised], responses: [fix] }), T0 + 10 * DAY)).toEqual({
      state: 'resolved',
      since: fix.at,
    });
    const clocks = caseClocks(records({ attempts: [promised], responses: [fix] }), T0 + 10 * DAY);
    expect(clocks.promises[0]).toMatchObject({ state: 'kept', overdue: false });
    expect(clocks.timeToFix).toBe(3 * DAY);
  });

  it('a promise the user marked broken stays overdue; a kept one does not', () => {
    const broken = aResponse('promise', T0, { promise: { text: 'call back', dueAt: T0 + DAY }, promiseKept: false });
    expect(deriveCaseStatus(records({ responses: [broken] }), T0 + 2 * DAY).state).toBe('overdue');
    const kept = { ...broken, promiseKept: true };
    expect(deriveCaseStatus(records({ responses: [kept] }), T0 + 2 * DAY).state).toBe('replied');
  });

  it('stored resolution and closing win over everything', () => {
    const overdue = anAttempt(T0, { promise: { text: 'x', dueAt: T0 + DAY } });
    expect(
      deriveCaseStatus(
        records({ case: aCase({ status: 'closed', closedAt: T0 + 2 * DAY }), attempts: [overdue] }),
        T0 + 9 * DAY,
      ),
    ).toEqual({ state: 'closed', since: T0 + 2 * DAY });
    expect(
      deriveCaseStatus(
        records({ case: aCase({ status: 'resolved', resolvedAt: T0 + 2 * DAY }), attempts: [overdue] }),
        T0 + 9 * DAY,
      ),
    ).toEqual({ state: 'resolved', since: T0 + 2 * DAY });
  });
});

describe('caseClocks', () => {
  it('measures time to first response from the first contact', () => {
    const r = records({
      attempts: [anAttempt(T0, { channel: 'email' })],
      escalations: [aPost(T0 + DAY)],
      responses: [aResponse('public_reply', T0 + DAY + 20 * 60_000)],
    });
    const c = caseClocks(r, T0 + 2 * DAY);
    expect(c.firstContactAt).toBe(T0);
    expect(c.timeToFirstResponse).toBe(DAY + 20 * 60_000);
    expect(c.firstPublicReplyAt).toBe(T0 + DAY + 20 * 60_000);
    expect(c.waitingSince).toBeUndefined();
  });

  it('an email attempt marked replied counts as an answer', () => {
    const r = records({ attempts: [anAttempt(T0, { channel: 'email', repliedAt: T0 + 2 * HOUR })] });
    expect(caseClocks(r, T0 + DAY).timeToFirstResponse).toBe(2 * HOUR);
  });

  it('asks "did they fix it?" seven local days after the latest unjudged answer', () => {
    const reply = aResponse('dm', Date.UTC(2026, 9, 28, 16, 0)); // Wed 12:00 EDT
    const r = records({ responses: [reply] });
    const dueAt = Date.UTC(2026, 10, 4, 17, 0); // Wed 12:00 EST, after the clocks changed
    expect(caseClocks(r, dueAt - 1, 'America/New_York').fixCheck).toEqual({ responseId: reply.id, dueAt, due: false });
    expect(caseClocks(r, dueAt, 'America/New_York').fixCheck?.due).toBe(true);
    expect(deriveCaseStatus(r, dueAt, 'America/New_York')).toMatchObject({ state: 'replied', fixCheckDue: true });
    expect(caseClocks(records({ responses: [{ ...reply, promiseKept: false }] }), dueAt).fixCheck).toBeUndefined();
  });

  it('does not ask "did they fix it?" while an open promise is overdue or falls due first', () => {
    const reply = aResponse('public_reply', T0);
    // A promise from an earlier call, already overdue when the fix check comes.
    const overdue = anAttempt(T0 - 5 * DAY, { promise: { text: 'credit by Fri', dueAt: T0 + 2 * DAY } });
    expect(caseClocks(records({ attempts: [overdue], responses: [reply] }), T0 + 7 * DAY).fixCheck).toBeUndefined();
    // A promise in the answer itself, due before the fix check: the promise is asked about first.
    const promised = aResponse('promise', T0, { promise: { text: 'engineer visit', dueAt: T0 + 3 * DAY } });
    expect(caseClocks(records({ responses: [promised] }), T0 + DAY).fixCheck).toBeUndefined();
    // Due after the fix check and not overdue: the ordinary question stays.
    const later = anAttempt(T0 - DAY, { promise: { text: 'refund', dueAt: T0 + 10 * DAY } });
    expect(caseClocks(records({ attempts: [later], responses: [reply] }), T0 + 7 * DAY).fixCheck).toMatchObject({
      responseId: reply.id,
      due: true,
    });
    // Kept or judged broken: no longer open, so it does not hold the question back.
    const judged = aResponse('promise', T0 - DAY, {
      promise: { text: 'callback', dueAt: T0 + DAY },
      promiseKept: false,
    });
    expect(caseClocks(records({ responses: [judged, reply] }), T0 + 7 * DAY).fixCheck).toMatchObject({
      responseId: reply.id,
      due: true,
    });
  });
});
