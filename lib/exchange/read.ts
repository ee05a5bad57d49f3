import Dexie from 'dexie';
import type { PaperTrailDb } from '../db/database';
import type { Attempt, Case, Company, Escalation, Response } from '../model';
import type { BackupCompany, BackupData } from './backup';

/** The five tables a backup covers, as stored (companies may in principle include any source). */
export interface StoredTables {
  companies: Company[];
  cases: Case[];
  attempts: Attempt[];
  escalations: Escalation[];
  responses: Response[];
}

function isOwnCompany(company: Company): company is BackupCompany {
  return company.source !== 'directory';
}

/** Every table exactly as stored (the snapshot a failed replace is restored from). */
export async function readStoredTables(db: PaperTrailDb): Promise<StoredTables> {
  return db.transaction('r', [db.companies, db.cases, db.attempts, db.escalations, db.responses], async () => ({
    companies: await db.companies.toArray(),
    cases: await db.cases.toArray(),
    attempts: await db.attempts.toArray(),
    escalations: await db.escalations.toArray(),
    responses: await db.responses.toArray(),
  }));
}

/** The whole history for a backup, read in one transaction so it is consistent. */
export async function readAllData(db: PaperTrailDb): Promise<BackupData> {
  return ownData(await readStoredTables(db));
}

/** A backup leaves the bundled directory out: it ships with the extension. */
export function ownData(stored: StoredTables): BackupData {
  return { ...stored, companies: stored.companies.filter(isOwnCompany) };
}

/** One case and what belongs to it (and its company when the user added it). */
export async function readCaseData(db: PaperTrailDb, caseId: string): Promise<BackupData | undefined> {
  return db.transaction('r', [db.companies, db.cases, db.attempts, db.escalations, db.responses], async () => {
    const found = await db.cases.get(caseId);
    if (!found) return undefined;
    const range = <T>(table: Dexie.Table<T, string>, index: string) =>
      table.where(index).between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]).toArray();
    const company = await db.companies.get(found.companyId);
    return {
      companies: company && isOwnCompany(company) ? [company] : [],
      cases: [found],
      attempts: await range(db.attempts, '[caseId+at]'),
      escalations: await range(db.escalations, '[caseId+createdAt]'),
      responses: await range(db.responses, '[caseId+at]'),
    };
  });
}
