import { browser } from 'wxt/browser';
import { listCompanies } from '../../lib/companies';
import { pageConnection } from '../../lib/data/exchange';
import { backupFileName } from '../../lib/exchange/backup';
import { ZIP_TYPE } from '../../lib/exchange/export-backup';
import { loadSettings, updateSettings } from '../../lib/settings/items';
import { buildExportFile, type ExportRequest } from './export-file';
import type { WorkerReply, WorkerRequest } from './import-protocol';
import { startWorker } from './start-worker';

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

/** Builds the file in a worker (100,000 records take seconds to serialise), or here without one. */
function exportFile(request: ExportRequest): Promise<Blob> {
  if (typeof Worker !== 'function') return buildExportFile(pageConnection(), request);
  const worker = startWorker();
  return new Promise<Blob>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      if (event.data.type === 'exported') resolve(event.data.file);
      else if (event.data.type === 'export-failed') reject(new Error(event.data.error));
    });
    worker.addEventListener('error', (event) => reject(new Error(event.message || 'the export worker stopped')));
    const message: WorkerRequest = { type: 'export', request };
    worker.postMessage(message);
  }).finally(() => worker.terminate());
}

/** A backup's file name: .zip when it carries attachments, .json otherwise. */
export function backupFileNameFor(file: Blob, now: number, label: string): string {
  return backupFileName(now, file.type === ZIP_TYPE ? 'zip' : 'json', label);
}

/** A backup of everything (updates "last exported") or of one case: JSON, or a .zip with attachments. */
export async function exportBackup(caseId?: string, now: number = Date.now()): Promise<void> {
  const settings = caseId ? undefined : await loadSettings();
  const file = await exportFile({
    kind: 'json',
    appVersion: appVersion(),
    now,
    ...(caseId ? { caseId } : {}),
    ...(settings ? { settings: { ...settings, lastExportAt: now } } : {}),
  });
  downloadBlob(file, backupFileNameFor(file, now, caseId ? 'case' : 'backup'));
  if (!caseId) await updateSettings({ lastExportAt: now });
}

/** The timeline as a spreadsheet (UTF-8 with BOM). */
export async function exportCsv(caseId?: string, now: number = Date.now()): Promise<void> {
  const companyNames = (await listCompanies()).map((c): [string, string] => [c.id, c.name]);
  const file = await exportFile({
    kind: 'csv',
    appVersion: appVersion(),
    now,
    companyNames,
    ...(caseId ? { caseId } : {}),
  });
  downloadBlob(file, backupFileName(now, 'csv', caseId ? 'case-timeline' : 'timeline'));
}
