import type { PaperTrailDb } from '../db/database';
import { t } from '../i18n';
import type { Attachment, AttachmentFile } from '../model';
import type { Settings } from '../settings/schema';
import { buildBackup, serializeBackup, type BackupData } from './backup';
import { readAllData, readCaseData } from './read';
import { readAttachmentDescriptions, readAttachmentFiles } from './read-attachments';
import { buildBackupZip } from './zip-write';

export interface BackupFileRequest {
  /** One case, or everything when absent. */
  caseId?: string;
  /** Full backups carry the settings. */
  settings?: Settings;
  appVersion: string;
  now: number;
}

export const JSON_TYPE = 'application/json';
export const ZIP_TYPE = 'application/zip';

interface Snapshot {
  data: BackupData;
  attachments: Attachment[];
  files: Map<string, AttachmentFile>;
}

/** Records, attachments and their files' handles, read in one transaction so they agree. */
async function readSnapshot(db: PaperTrailDb, caseId: string | undefined): Promise<Snapshot | undefined> {
  return db.transaction(
    'r',
    [db.companies, db.cases, db.attempts, db.escalations, db.responses, db.attachments, db.attachmentFiles],
    async () => {
      const data = caseId === undefined ? await readAllData(db) : await readCaseData(db, caseId);
      if (!data) return undefined;
      const attachments = await readAttachmentDescriptions(db, caseId);
      return {
        data,
        attachments,
        files: await readAttachmentFiles(
          db,
          attachments.map((a) => a.id),
        ),
      };
    },
  );
}

/**
 * A version-2 backup: plain JSON (`application/json`) when nothing has attachments, otherwise a
 * .zip (`application/zip`) of backup.json and every attachment's file. Thumbnails stay out: they
 * are made again from the files.
 */
export async function buildBackupFile(db: PaperTrailDb, request: BackupFileRequest): Promise<Blob> {
  const snapshot = await readSnapshot(db, request.caseId);
  if (!snapshot) throw new Error(`no case ${request.caseId ?? ''}`);
  const { data, attachments, files } = snapshot;
  for (const attachment of attachments) {
    if (!files.has(attachment.id))
      throw new Error(t('exchange.export.missingFile', { name: attachment.name, id: attachment.id }));
  }
  const json = serializeBackup(
    buildBackup({
      data,
      attachments,
      scope: request.caseId ? 'case' : 'all',
      appVersion: request.appVersion,
      now: request.now,
      ...(request.settings ? { settings: request.settings } : {}),
    }),
  );
  if (attachments.length === 0) return new Blob([json], { type: JSON_TYPE });
  const sources = attachments.map((attachment) => ({
    id: attachment.id,
    data: files.get(attachment.id)?.data ?? new Blob(),
  }));
  return buildBackupZip(json, sources, request.now);
}
