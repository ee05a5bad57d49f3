import type { Attempt, Channel } from '../model';
import { pageKey, siteOf } from './site';
import { DEDUPE_WINDOW_MS, REFERENCE_WINDOW_MS } from './windows';

export interface DedupeCandidate {
  channel: Channel;
  pageUrl: string;
}

/**
 * The automatic attempt that a new report repeats: same channel, same page (ignoring query and
 * fragment), logged within the dedupe window. The newest such attempt wins.
 */
export function findDuplicate(
  recent: readonly Attempt[],
  candidate: DedupeCandidate,
  now: number,
): Attempt | undefined {
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

/**
 * The attempt a thank-you page made before the report of the form that led to it arrived (the
 * page was read first): an automatic web-form attempt of the same site holding a reference but no
 * details of its own, recorded after this form was sent and within the reference window. The
 * report completes it instead of logging the same contact twice.
 */
export function sentBefore(
  recent: readonly Attempt[],
  candidate: DedupeCandidate & { at: number },
  site: string,
  now: number,
): Attempt | undefined {
  if (candidate.channel !== 'web_form') return undefined;
  let best: Attempt | undefined;
  for (const attempt of recent) {
    if (attempt.source !== 'auto' || attempt.channel !== 'web_form' || attempt.reference === undefined) continue;
    if (attempt.subject !== undefined || attempt.contact !== undefined) continue;
    if (attempt.at < candidate.at || attempt.at - candidate.at > REFERENCE_WINDOW_MS || attempt.createdAt > now)
      continue;
    if (attempt.pageUrl === undefined || siteOf(attempt.pageUrl) !== site) continue;
    if (!best || attempt.at < best.at) best = attempt;
  }
  return best;
}

/** What a repeated report may add to the attempt it repeats. */
export interface RepeatDetails {
  /** When the contact was made, by the repeat's account: the earlier time wins. */
  at?: number;
  contact?: string;
  subject?: string;
  messageCopy?: string;
}

/**
 * The attempt a repeated report completes, or undefined when it adds nothing: details the first
 * report lacked (a confirmation page seen before the form that led to it was reported gives an
 * attempt with a reference and no subject) are filled in; nothing already recorded is changed.
 */
export function completedBy(
  duplicate: Attempt,
  repeat: RepeatDetails,
  keepMessageCopy: boolean,
  now: number,
): Attempt | undefined {
  const added: Partial<Attempt> = {
    ...(repeat.at !== undefined && repeat.at < duplicate.at ? { at: repeat.at } : {}),
    ...(repeat.contact && !duplicate.contact ? { contact: repeat.contact } : {}),
    ...(repeat.subject && !duplicate.subject ? { subject: repeat.subject } : {}),
    ...(keepMessageCopy && repeat.messageCopy && !duplicate.messageCopy ? { messageCopy: repeat.messageCopy } : {}),
  };
  return Object.keys(added).length
    ? { ...duplicate, ...added, updatedAt: Math.max(duplicate.updatedAt, now) }
    : undefined;
}
