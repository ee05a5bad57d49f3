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

/** What a repeated report may add to the attempt it repeats. */
export interface RepeatDetails {
  contact?: string;
  subject?: string;
  messageCopy?: string;
}

/**
 * The attempt a repeated report completes, or undefined when it adds nothing: details the first
 * report lacked (a confirmation page seen before the form that led to it was reported gives an
 * attempt with a reference and no subject) are filled in; nothing already recorded is changed.
 */
export function completedBy(duplicate: Attempt, repeat: RepeatDetails, keepMessageCopy: boolean, now: number): Attempt | undefined {
  const added: Partial<Attempt> = {
    ...(repeat.contact && !duplicate.contact ? { contact: repeat.contact } : {}),
    ...(repeat.subject && !duplicate.subject ? { subject: repeat.subject } : {}),
    ...(keepMessageCopy && repeat.messageCopy && !duplicate.messageCopy ? { messageCopy: repeat.messageCopy } : {}),
  };
  return Object.keys(added).length ? { ...duplicate, ...added, updatedAt: Math.max(duplicate.updatedAt, now) } : undefined;
}
