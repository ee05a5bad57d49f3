import { describe, expect, it } from 'vitest';
import { autoAttemptsFromSite, isRateLimited } from '../../../lib/autolog/rate-limit';
import { RATE_LIMIT_MAX, RATE_LIMIT_WINDOW_MS } from '../../../lib/autolog/windows';
import { anAttempt } from './fixtures';

const now = 50_000_000;

describe('per-site rate limit', () => {
  it('counts automatic attempts of every page and subdomain of the site inside the window', () => {
    const recent = [
      anAttempt({ pageUrl: 'https://www.acme.com/contact', createdAt: now - 1_000 }),
      anAttempt({ pageUrl: 'https://help.acme.com/chat', createdAt: now - 60_000 }),
      anAttempt({ pageUrl: 'https://other.org/contact', createdAt: now - 1_000 }),
      anAttempt({ pageUrl: 'https://www.acme.com/contact', createdAt: now - RATE_LIMIT_WINDOW_MS }),
      anAttempt({ pageUrl: 'https://www.acme.com/contact', createdAt: now - 1_000, source: 'manual' }),
    ];
    expect(autoAttemptsFromSite(recent, 'acme.com', now)).toBe(2);
  });

  it('refuses from the limit on, and only for that site', () => {
    const full = Array.from({ length: RATE_LIMIT_MAX }, (_, i) => anAttempt({ createdAt: now - i * 1_000 }));
    expect(isRateLimited(full, 'acme.com', now)).toBe(true);
    expect(isRateLimited(full.slice(1), 'acme.com', now)).toBe(false);
    expect(isRateLimited(full, 'other.org', now)).toBe(false);
  });

  it('lets the site log again once the window has passed', () => {
    const full = Array.from({ length: RATE_LIMIT_MAX }, () => anAttempt({ createdAt: now }));
    expect(isRateLimited(full, 'acme.com', now + RATE_LIMIT_WINDOW_MS)).toBe(false);
  });
});
