import { attempts } from '../db/attempts';
import { touchCase } from '../db/cases';
import { getDb } from '../db/database';
import type { Attempt, Channel } from '../model';

export { runningCalls } from '../timeline/read';

/** A fresh attempt for a case; a phone call started "now" runs until it is ended. */
export function newAttempt(caseId: string, companyId: string, channel: Channel, now: number, running = false): Attempt {
  const attempt: Attempt = {
    id: crypto.randomUUID(),
    caseId,
    companyId,
    channel,
    at: now,
    agents: [],
    outcome: channel === 'email' || running ? 'pending' : 'unresolved',
    source: 'manual',
    createdAt: now,
    updatedAt: now,
  };
  if (running) attempt.inProgress = true;
  if (channel === 'email') attempt.awaitingReply = true;
  return attempt;
}

/**
 * Starts a call: the record (with its start time) is in the database at once, so the timer
 * survives the popup closing and the badge can show it.
 */
export async function startCall(caseId: string, companyId: string, now: number, contact?: string): Promise<Attempt> {
  const attempt = newAttempt(caseId, companyId, 'phone', now, true);
  if (contact) attempt.contact = contact;
  await getDb().transaction('rw', getDb().attempts, getDb().cases, async () => {
    await attempts.put(attempt);
    await touchCase(caseId, now);
  });
  return attempt;
}

/** The ended version of a running call (pure). */
export function endedCall(call: Attempt, now: number): Attempt {
  const { inProgress: _running, ...rest } = call;
  return {
    ...rest,
    endedAt: Math.max(now, call.at),
    outcome: call.outcome === 'pending' ? 'unresolved' : call.outcome,
    updatedAt: Math.max(now, call.updatedAt),
  };
}

/** Saves an attempt and moves its case's activity forward, in one transaction. */
export async function saveAttempt(attempt: Attempt): Promise<Attempt> {
  return getDb().transaction('rw', getDb().attempts, getDb().cases, async () => {
    const saved = await attempts.put(attempt);
    await touchCase(attempt.caseId, attempt.endedAt ?? attempt.at);
    return saved;
  });
}

/** Toolbar badge for running calls: minutes of the longest one ("12m", "2h"), empty when none. */
export function badgeText(running: readonly Attempt[], now: number): string {
  const first = running[0];
  if (!first) return '';
  const minutes = Math.max(0, Math.floor((now - Math.min(...running.map((a) => a.at))) / 60_000));
  return minutes < 100 ? `${minutes}m` : `${Math.floor(minutes / 60)}h`;
}
