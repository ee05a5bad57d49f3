import Dexie from 'dexie';
import { Attempt } from '../model';
import { getDb } from './database';
import { createRepository } from './repository';

export const attempts = createRepository(() => getDb().attempts, Attempt);

/** A case's attempts in time order — one index range, no scan (index [caseId+at]). */
export function attemptsOfCase(caseId: string): Promise<Attempt[]> {
  return getDb().attempts.where('[caseId+at]').between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]).toArray();
}

/** A company's attempts since a time (and up to `until`, if given), newest first (index [companyId+at]). */
export function attemptsOfCompanySince(companyId: string, since: number, until?: number): Promise<Attempt[]> {
  return getDb()
    .attempts.where('[companyId+at]')
    .between([companyId, since], [companyId, until ?? Dexie.maxKey], true, true)
    .reverse()
    .toArray();
}

/**
 * Attempts created or changed in [since, until] (index updatedAt): the auto-logging policy's
 * window. The upper bound keeps records stamped in the future (clock changes, imports) out of it.
 */
export function attemptsUpdatedBetween(since: number, until: number): Promise<Attempt[]> {
  return getDb().attempts.where('updatedAt').between(since, until, true, true).toArray();
}
