import Dexie from 'dexie';
import type { Case } from '../model';
import { getDb } from './database';

/*
 * Case queries by index. No zod import (reads need no validation), so the popup's first bundle
 * can use them directly (lib/timeline/read.ts); lib/db/cases.ts offers them with its repository.
 */

/** Cases with a given stored status, most recent activity first (index [status+lastActivityAt]). */
export function casesByActivity(status: Case['status'] = 'open', limit = 200): Promise<Case[]> {
  return getDb()
    .cases.where('[status+lastActivityAt]')
    .between([status, Dexie.minKey], [status, Dexie.maxKey])
    .reverse()
    .limit(limit)
    .toArray();
}

/** The company's most recently active open case, if any (index [companyId+status]). */
export async function latestOpenCaseOf(companyId: string): Promise<Case | undefined> {
  const open = await getDb().cases.where({ companyId, status: 'open' }).toArray();
  return open.sort((a, b) => b.lastActivityAt - a.lastActivityAt)[0];
}
