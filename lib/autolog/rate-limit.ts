import type { Attempt } from '../model';
import { siteOf } from './site';
import { RATE_LIMIT_MAX, RATE_LIMIT_WINDOW_MS } from './windows';

/**
 * How many automatic attempts a site produced in the rate-limit window. Counted from the stored
 * records (by creation time, the background's clock), so the limit survives service-worker
 * restarts and cannot be dodged by reporting old `at` times.
 */
export function autoAttemptsFromSite(recent: readonly Attempt[], site: string, now: number): number {
  let count = 0;
  for (const attempt of recent) {
    if (attempt.source !== 'auto' || attempt.pageUrl === undefined) continue;
    if (now - attempt.createdAt >= RATE_LIMIT_WINDOW_MS) continue;
    if (siteOf(attempt.pageUrl) === site) count += 1;
  }
  return count;
}

export function isRateLimited(recent: readonly Attempt[], site: string, now: number, max = RATE_LIMIT_MAX): boolean {
  return autoAttemptsFromSite(recent, site, now) >= max;
}
