import Dexie from 'dexie';
import { Case } from '../model';
import { getDb } from './database';
import { createRepository } from './repository';

export const cases = createRepository(() => getDb().cases, Case);

/** Cases with a given stored status, most recent activity first (index [status+lastActivityAt]). */
export function casesByActivity(status: Case['status'] = 'open', limit = 200): Promise<Case[]> {
  return getDb()
    .cases.where('[status+lastActivityAt]')
    .between([status, Dexie.minKey], [status, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
}

/** The company's most recently active open case, if any. */
export async function latestOpenCaseOf(companyId: string): Promise<Case | undefined> {
  const open = await getDb().cases.where({ companyId, status: 'open' }).toArray();
  return open.sort((a, b) => b.lastActivityAt - a.lastActivityAt)[0];
}

/**
 * Moves a case's lastActivityAt forward (never back) after a new attempt, post or response.
 * `now` stamps updatedAt (injectable so handlers and tests share one clock).
 */
export async function touchCase(caseId: string, at: number, now: number = Date.now()): Promise<void> {
  await getDb()
    .cases.where('id')
    .equals(caseId)
    .modify((c) => {
      if (at > c.lastActivityAt) c.lastActivityAt = at;
      c.updatedAt = Math.max(c.updatedAt, now);
    });
}
