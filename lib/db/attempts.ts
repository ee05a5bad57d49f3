import Dexie from 'dexie';
import { Attempt } from '../model';
import { getDb } from './database';
import { createRepository } from './repository';

export const attempts = createRepository(() => getDb().attempts, Attempt);

/** A case's attempts in time order — one index range, no scan (index [caseId+at]). */
export function attemptsOfCase(caseId: string): Promise<Attempt[]> {
  return getDb()
    .attempts.where('[caseId+at]')
    .between([caseId, Dexie.minKey], [caseId, Dexie.maxKey])
    .toArray();
}

/** A company's attempts since a time, newest first (index [companyId+at]). */
export function attemptsOfCompanySince(companyId: string, since: number): Promise<Attempt[]> {
  return getDb()
    .attempts.where('[companyId+at]')
    .between([companyId, since], [companyId, Dexie.maxKey])
    .reverse()
    .toArray();
}

/** Attempts created or changed since a time (index updatedAt): the auto-logging policy's window. */
export function attemptsUpdatedSince(since: number): Promise<Attempt[]> {
  return getDb().attempts.where('updatedAt').aboveOrEqual(since).toArray();
}
