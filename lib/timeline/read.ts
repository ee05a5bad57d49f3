import Dexie from 'dexie';
import { getDb } from '../db/database';
import type { Attempt, Escalation, Response } from '../model';

/*
 * Read-only index queries for the popup's first paint. They import the database but not the
 * zod schemas (reads need no validation), so the home view's first bundle stays small; every
 * write still goes through the validating repositories in lib/db.
 */

const DAY = 86_400_000;

/** The case queries (zod-free) under the names the first-paint views use. */
export { casesByActivity as casesByActivityRead, latestOpenCaseOf as latestOpenCaseRead } from '../db/case-queries';

/** A case's attempts, posts and responses, each by its [caseId+…] index. */
export async function caseRecordsRead(caseId: string): Promise<{ attempts: Attempt[]; escalations: Escalation[]; responses: Response[] }> {
  const db = getDb();
  const [attempts, escalations, responses] = await Promise.all([
    db.attempts.where('[caseId+at]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]).toArray(),
    db.escalations.where('[caseId+createdAt]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]).toArray(),
    db.responses.where('[caseId+at]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]).toArray(),
  ]);
  return { attempts, escalations, responses };
}

/**
 * Calls whose timer runs. Reads only the last two days by the `at` index: a call that has
 * "run" longer than that was forgotten, and the badge should not scan the whole table.
 */
export async function runningCalls(now: number): Promise<Attempt[]> {
  const recent = await getDb().attempts.where('at').above(now - 2 * DAY).toArray();
  return recent.filter((a) => a.inProgress === true).sort((a, b) => a.at - b.at);
}
