import { describe, expect, it } from 'vitest';
import { newAutoAttempt } from '../../../lib/logging/new-attempt';
import { Attempt } from '../../../lib/model';

const base = {
  id: '6a1f2f7e-8a7c-4d3c-9f51-3e0f6b2d1c11',
  at: 5_000,
  pageUrl: 'https://www.acme.com/contact?email=me%40example.com#form',
  messageCopy: 'My order never arrived',
  subject: 'Order 123',
};
const ctx = { caseId: '11111111-1111-4111-8111-111111111111', companyId: 'acme', now: 6_000, keepMessageCopy: false };

describe('newAutoAttempt', () => {
  it('makes a valid automatic record without the query string or the message copy', () => {
    const attempt = newAutoAttempt({ ...base, channel: 'web_form' }, ctx);
    expect(Attempt.safeParse(attempt).success).toBe(true);
    expect(attempt).toMatchObject({ source: 'auto', outcome: 'pending', awaitingReply: true, subject: 'Order 123', createdAt: 6_000 });
    expect(attempt.pageUrl).toBe('https://www.acme.com/contact');
    expect(attempt.messageCopy).toBeUndefined();
    expect(attempt.inProgress).toBeUndefined();
  });

  it('keeps the message copy only when switched on', () => {
    expect(newAutoAttempt({ ...base, channel: 'email' }, { ...ctx, keepMessageCopy: true }).messageCopy).toBe('My order never arrived');
  });

  it('starts a phone call as a running call', () => {
    const call = newAutoAttempt({ ...base, channel: 'phone', contact: '+18005551234' }, ctx);
    expect(call).toMatchObject({ inProgress: true, outcome: 'pending', contact: '+18005551234' });
    expect(call.awaitingReply).toBeUndefined();
  });
});
