import type { DataConnection } from '../../lib/data/exchange';
import { timelineCsvParts } from '../../lib/exchange/csv';
import { buildBackupFile } from '../../lib/exchange/export-backup';
import { readAllData, readCaseData } from '../../lib/exchange/read';
import { readAttachmentDescriptions } from '../../lib/exchange/read-attachments';
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

/**
 * Reads and serialises an export; runs in the export worker (or the page where there is none).
 * A backup is JSON, or a .zip when attachments travel with it (the Blob's type says which).
 */
export async function buildExportFile(db: DataConnection, request: ExportRequest): Promise<Blob> {
  if (request.kind === 'json') {
    return buildBackupFile(db, {
      appVersion: request.appVersion,
      now: request.now,
      ...(request.caseId ? { caseId: request.caseId } : {}),
      ...(request.settings ? { settings: request.settings } : {}),
    });
  }
  const data = request.caseId ? await readCaseData(db, request.caseId) : await readAllData(db);
  if (!data) throw new Error(`no case ${request.caseId ?? ''}`);
  const attachments = await readAttachmentDescriptions(db, request.caseId);
  const names = new Map(request.companyNames ?? []);
  for (const c of data.companies) names.set(c.id, c.name);
  return new Blob(
    timelineCsvParts({ ...data, attachments }, (id) => names.get(id)),
    { type: 'text/csv;charset=utf-8' },
  );
}
