import Dexie from 'dexie';
import { getDb } from '../db/database';
import type { Attempt, Case, Escalation, Response } from '../model';

/*
 * Read-only index queries for the popup's first paint. They import the database but not the
 * zod schemas (reads need no validation), so the home view's first bundle stays small; every
 * write still goes through the validating repositories in lib/db.
 */

const DAY = 86_400_000;

/** Cases with a stored status, most recent activity first (index [status+lastActivityAt]). */
export function casesByActivityRead(status: Case['status'], limit: number): Promise<Case[]> {
  return getDb()
    .cases.where('[status+lastActivityAt]')
    .between([status, Dexie.minKey], [status, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
}

/** The company's most recently active open case (index [companyId+status]). */
export async function latestOpenCaseRead(companyId: string): Promise<Case | undefined> {
  const open = await getDb().cases.where({ companyId, status: 'open' }).toArray();
  return open.sort((a, b) => b.lastActivityAt - a.lastActivityAt)[0];
}

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
