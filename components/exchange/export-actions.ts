import { browser } from 'wxt/browser';
import { listCompanies } from '../../lib/companies';
import { getDb } from '../../lib/db/database';
import { backupFileName, buildBackup, serializeBackup } from '../../lib/exchange/backup';
import { timelineCsv } from '../../lib/exchange/csv';
import { readAllData, readCaseData } from '../../lib/exchange/read';
import type { BackupData } from '../../lib/exchange/backup';
import { loadSettings, updateSettings } from '../../lib/settings/items';

export function appVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '0.0.0';
  }
}

/** Saves through the browser's download UI: a Blob and an <a download>, no permission needed. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function dataFor(caseId: string | undefined): Promise<BackupData> {
  const db = getDb();
  const data = caseId ? await readCaseData(db, caseId) : await readAllData(db);
  if (!data) throw new Error(`no case ${caseId ?? ''}`);
  return data;
}

/** A JSON backup of everything (updates "last exported") or of one case. */
export async function exportBackup(caseId?: string, now: number = Date.now()): Promise<void> {
  const data = await dataFor(caseId);
  const settings = caseId ? undefined : await loadSettings();
  const backup = buildBackup({
    data,
    scope: caseId ? 'case' : 'all',
    appVersion: appVersion(),
    now,
    ...(settings ? { settings: { ...settings, lastExportAt: now } } : {}),
  });
  downloadBlob(new Blob([serializeBackup(backup)], { type: 'application/json' }), backupFileName(now, 'json', caseId ? 'case' : 'backup'));
  if (!caseId) await updateSettings({ lastExportAt: now });
}

/** The timeline as a spreadsheet (UTF-8 with BOM). */
export async function exportCsv(caseId?: string, now: number = Date.now()): Promise<void> {
  const data = await dataFor(caseId);
  const names = new Map((await listCompanies()).map((c) => [c.id, c.name]));
  for (const c of data.companies) names.set(c.id, c.name);
  const csv = timelineCsv(data, (id) => names.get(id));
  downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), backupFileName(now, 'csv', caseId ? 'case-timeline' : 'timeline'));
}
