import type { Attempt, Channel } from '../model';
import { pageKey } from './site';
import { DEDUPE_WINDOW_MS } from './windows';

export interface DedupeCandidate {
  channel: Channel;
  pageUrl: string;
}

/**
 * The automatic attempt that a new report repeats: same channel, same page (ignoring query and
 * fragment), logged within the dedupe window. The newest such attempt wins.
 */
export function findDuplicate(recent: readonly Attempt[], candidate: DedupeCandidate, now: number): Attempt | undefined {
  const key = pageKey(candidate.pageUrl);
  if (key === undefined) return undefined;
  let best: Attempt | undefined;
  for (const attempt of recent) {
    if (attempt.source !== 'auto' || attempt.channel !== candidate.channel) continue;
    if (now - attempt.createdAt > DEDUPE_WINDOW_MS || attempt.createdAt > now) continue;
    if (attempt.pageUrl === undefined || pageKey(attempt.pageUrl) !== key) continue;
    if (!best || attempt.createdAt > best.createdAt) best = attempt;
  }
  return best;
}
