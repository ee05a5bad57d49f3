import type { Attempt, Channel } from '../model';
import { REFERENCE_WINDOW_MS } from './windows';

/** Channels whose submission can end on a confirmation page with a reference number. */
const ONLINE_CHANNELS: ReadonlySet<Channel> = new Set(['web_form', 'email', 'chat', 'app']);

export type ReferencePlan =
  /** An attempt already carries this reference (the confirmation page was reloaded). */
  | { kind: 'already'; attempt: Attempt }
  /** Give the reference to this attempt. */
  | { kind: 'attach'; attempt: Attempt }
  /** Nothing to attach to: record a new web-form attempt with the reference. */
  | { kind: 'create' };

function sameReference(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/**
 * Where a confirmation page's reference belongs: the company's latest online attempt from the
 * last 30 minutes that has no reference yet. `attempts` are the company's attempts (any order).
 */
export function planReference(attempts: readonly Attempt[], reference: string, now: number): ReferencePlan {
  const already = attempts.find((a) => a.reference !== undefined && sameReference(a.reference, reference));
  if (already) return { kind: 'already', attempt: already };
  let latest: Attempt | undefined;
  for (const attempt of attempts) {
    if (attempt.reference !== undefined || !ONLINE_CHANNELS.has(attempt.channel)) continue;
    if (attempt.at > now || now - attempt.at > REFERENCE_WINDOW_MS) continue;
    if (!latest || attempt.at > latest.at) latest = attempt;
  }
  return latest ? { kind: 'attach', attempt: latest } : { kind: 'create' };
}
