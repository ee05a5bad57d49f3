import { describe, expect, it } from 'vitest';
import { completedBy, findDuplicate } from '../../../lib/autolog/dedupe';
import { DEDUPE_WINDOW_MS } from '../../../lib/autolog/windows';
import { anAttempt } from './fixtures';

const now = 10_000_000;

describe('findDuplicate', () => {
  it('finds the same channel on the same page within the window, ignoring query and hash', () => {
    const earlier = anAttempt({ createdAt: now - 30_000, pageUrl: 'https://www.acme.com/contact' });
    const found = findDuplicate(
      [earlier],
      { channel: 'web_form', pageUrl: 'https://www.acme.com/contact?x=1#top' },
      now,
    );
    expect(found?.id).toBe(earlier.id);
  });

  it('returns the newest of several repeats', () => {
    const older = anAttempt({ createdAt: now - 90_000 });
    const newer = anAttempt({ createdAt: now - 10_000 });
    expect(
      findDuplicate([newer, older], { channel: 'web_form', pageUrl: 'https://www.acme.com/contact' }, now)?.id,
    ).toBe(newer.id);
  });

  it('ignores another channel, another page, an expired window and manual records', () => {
    const candidate = { channel: 'web_form' as const, pageUrl: 'https://www.acme.com/contact' };
    expect(findDuplicate([anAttempt({ channel: 'chat', createdAt: now - 1_000 })], candidate, now)).toBeUndefined();
    expect(
      findDuplicate([anAttempt({ pageUrl: 'https://www.acme.com/help', createdAt: now - 1_000 })], candidate, now),
    ).toBeUndefined();
    expect(findDuplicate([anAttempt({ createdAt: now - DEDUPE_WINDOW_MS - 1 })], candidate, now)).toBeUndefined();
    expect(findDuplicate([anAttempt({ source: 'manual', createdAt: now - 1_000 })], candidate, now)).toBeUndefined();
  });

  it('still matches at exactly the edge of the window', () => {
    const edge = anAttempt({ createdAt: now - DEDUPE_WINDOW_MS });
    expect(findDuplicate([edge], { channel: 'web_form', pageUrl: 'https://www.acme.com/contact' }, now)?.id).toBe(
      edge.id,
    );
  });
});

describe('completedBy', () => {
  it('fills in only what the attempt lacks, and says when there is nothing to add', () => {
    const first = anAttempt({ reference: 'R-1', updatedAt: now - 5_000 });
    expect(completedBy(first, { subject: 'Refund', contact: 'Support form' }, false, now)).toEqual({
      ...first,
      subject: 'Refund',
      contact: 'Support form',
      updatedAt: now,
    });
    const full = anAttempt({ subject: 'Refund', contact: 'Support form' });
    expect(completedBy(full, { subject: 'Other', contact: 'Other' }, false, now)).toBeUndefined();
  });

  it('adds the message text only when the person keeps copies', () => {
    const first = anAttempt();
    expect(completedBy(first, { messageCopy: 'Hello' }, false, now)).toBeUndefined();
    expect(completedBy(first, { messageCopy: 'Hello' }, true, now)?.messageCopy).toBe('Hello');
  });
});
