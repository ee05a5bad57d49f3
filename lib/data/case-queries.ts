import { getDb } from '../db/database';
import type { Attachment, Case } from '../model';

/*
 * Case queries for the pages, by index. No zod import (reads need no validation), so any page's
 * first bundle may use them. A case together with its records: case-records.ts.
 */

export { casesByActivity, latestOpenCaseOf } from '../db/case-queries';

export function getCase(caseId: string): Promise<Case | undefined> {
  return getDb().cases.get(caseId);
}

/** A company's open cases (index [companyId+status]): where an attempt may be moved. */
export function openCasesOfCompany(companyId: string): Promise<Case[]> {
  return getDb().cases.where({ companyId, status: 'open' }).toArray();
}

/** A company's cases, whatever their status (index companyId), at most `limit`. */
export function casesOfCompany(companyId: string, limit: number): Promise<Case[]> {
  return getDb().cases.where('companyId').equals(companyId).limit(limit).toArray();
}

/** Cases of every status, most recent activity first (index lastActivityAt), at most `limit`. */
export function casesByRecentActivity(limit: number): Promise<Case[]> {
  return getDb().cases.orderBy('lastActivityAt').reverse().limit(limit).toArray();
}

/** Ids of the companies some case refers to (index keys only, no records read). */
export async function companyIdsWithCases(): Promise<Set<string>> {
  return new Set((await getDb().cases.orderBy('companyId').uniqueKeys()).map(String));
}

/** One attachment's description (its bytes: lib/attachments/store.ts attachmentFile). */
export function getAttachment(id: string): Promise<Attachment | undefined> {
  return getDb().attachments.get(id);
}
