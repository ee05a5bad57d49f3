import type { PaperTrailDb } from '../../lib/db/database';
import { buildBackup, serializeBackup, type BackupData } from '../../lib/exchange/backup';
import { timelineCsvParts } from '../../lib/exchange/csv';
import { readAllData, readCaseData } from '../../lib/exchange/read';
import type { Settings } from '../../lib/settings/schema';

export interface ExportRequest {
  kind: 'json' | 'csv';
  /** One case, or everything when absent. */
  caseId?: string;
  /** Full JSON backups carry the settings. */
  settings?: Settings;
  /** Names of every known company (the directory included), for the CSV. */
  companyNames?: Array<[string, string]>;
  appVersion: string;
  now: number;
}

/** Reads and serialises an export; runs in the export worker (or the page where there is none). */
export async function buildExportFile(db: PaperTrailDb, request: ExportRequest): Promise<Blob> {
  const data: BackupData | undefined = request.caseId ? await readCaseData(db, request.caseId) : await readAllData(db);
  if (!data) throw new Error(`no case ${request.caseId ?? ''}`);
  if (request.kind === 'csv') {
    const names = new Map(request.companyNames ?? []);
    for (const c of data.companies) names.set(c.id, c.name);
    return new Blob(timelineCsvParts(data, (id) => names.get(id)), { type: 'text/csv;charset=utf-8' });
  }
  const backup = buildBackup({
    data,
    scope: request.caseId ? 'case' : 'all',
    appVersion: request.appVersion,
    now: request.now,
    ...(request.settings ? { settings: request.settings } : {}),
  });
  return new Blob([serializeBackup(backup)], { type: 'application/json' });
}
