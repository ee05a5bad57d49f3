import { moveAttachmentsOf } from '../attachments/store';
import { attempts } from '../db/attempts';
import { saveAttemptRecord } from '../data/record-commands';
import { getDb } from '../db/database';
import type { Attempt, Channel } from '../model';
import { offHold, putOnHold, withStoredHold } from './hold';

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
  await saveAttemptRecord(attempt, now);
  return attempt;
}

/** The ended version of a running call (pure); a hold still running ends with it. */
export function endedCall(call: Attempt, now: number): Attempt {
  const { inProgress: _running, ...rest } = offHold(call, now);
  return {
    ...rest,
    endedAt: Math.max(now, call.at),
    outcome: call.outcome === 'pending' ? 'unresolved' : call.outcome,
    updatedAt: Math.max(now, call.updatedAt),
  };
}

/**
 * Saves an attempt (its case's activity follows: lib/data), in one transaction. An attempt moved to
 * another case takes its attachments along.
 */
export async function saveAttempt(attempt: Attempt): Promise<Attempt> {
  const db = getDb();
  return db.transaction('rw', [db.attempts, db.cases, db.attachments], async () => {
    const before = await attempts.get(attempt.id);
    const saved = await saveAttemptRecord(attempt, Date.now());
    if (before && before.caseId !== saved.caseId) await moveAttachmentsOf(saved.id, saved.caseId, saved.updatedAt);
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

/**
 * Saves what was typed on a running call onto the stored record, in one transaction: its hold
 * stopwatch is kept as stored, and a call that has ended meanwhile (in another view, or from the
 * list of running calls) is never made to run again. With `end`, the call ends at that moment.
 * Resolves to the record as saved, or undefined when the call no longer runs.
 */
export async function saveRunningCall(fromForm: Attempt, end?: number): Promise<Attempt | undefined> {
  const db = getDb();
  return db.transaction('rw', db.attempts, db.cases, async () => {
    const stored = await attempts.get(fromForm.id);
    if (!stored?.inProgress) return undefined;
    const merged = withStoredHold(fromForm, stored);
    return saveAttemptRecord(end === undefined ? merged : endedCall(merged, end), Date.now());
  });
}

/** Puts a running call on hold, or takes it off hold, at `now`, in one transaction. */
export async function setOnHold(callId: string, onHold: boolean, now: number): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.attempts, async () => {
    const stored = await attempts.get(callId);
    if (!stored?.inProgress) return;
    const changed = onHold ? putOnHold(stored, now) : offHold(stored, now);
    if (changed !== stored) await attempts.put(changed);
  });
}
