import { describe, expect, it } from 'vitest';
import { newAutoAttempt } from '../../../lib/autolog/new-attempt';
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
    expect(attempt).toMatchObject({
      source: 'auto',
      outcome: 'pending',
      awaitingReply: true,
      subject: 'Order 123',
      createdAt: 6_000,
    });
    expect(attempt.pageUrl).toBe('https://www.acme.com/contact');
    expect(attempt.messageCopy).toBeUndefined();
    expect(attempt.inProgress).toBeUndefined();
  });

  it('keeps the message copy only when switched on', () => {
    expect(newAutoAttempt({ ...base, channel: 'email' }, { ...ctx, keepMessageCopy: true }).messageCopy).toBe(
      'My order never arrived',
    );
  });

  it('starts a phone call as a running call', () => {
    const call = newAutoAttempt({ ...base, channel: 'phone', contact: '+18005551234' }, ctx);
    expect(call).toMatchObject({ inProgress: true, outcome: 'pending', contact: '+18005551234' });
    expect(call.awaitingReply).toBeUndefined();
  });

  it("stores a number dialled in E.164 when the company's or site's plan knows it, and never drops one", () => {
    // The page script's rules do not know India's plan: it sends the digits as dialled.
    expect(
      newAutoAttempt({ ...base, channel: 'phone', contact: '09876543210' }, { ...ctx, region: 'IN' }).contact,
    ).toBe('+919876543210');
    expect(newAutoAttempt({ ...base, channel: 'phone', contact: '0312345678' }, { ...ctx, region: 'JP' }).contact).toBe(
      '+81312345678',
    );
    expect(newAutoAttempt({ ...base, channel: 'phone', contact: '611' }, { ...ctx, region: 'US' }).contact).toBe('611');
    // Unknown to every plan: kept as dialled rather than lost.
    expect(newAutoAttempt({ ...base, channel: 'phone', contact: '0999999' }, ctx).contact).toBe('0999999');
    // Other channels' contacts are no numbers.
    expect(newAutoAttempt({ ...base, channel: 'chat', contact: '611' }, { ...ctx, region: 'US' }).contact).toBe('611');
  });
});
