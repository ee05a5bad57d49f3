import type { PaperTrailDb } from '../db/database';
import type { Attachment, AttachmentFile } from '../model';

/** Attachments' descriptions, of everything or of one case, in a stable order. */
export async function readAttachmentDescriptions(db: PaperTrailDb, caseId?: string): Promise<Attachment[]> {
  const rows =
    caseId === undefined
      ? await db.attachments.toArray()
      : await db.attachments.where('caseId').equals(caseId).toArray();
  return rows.sort((a, b) => a.caseId.localeCompare(b.caseId) || a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** The stored file rows of these attachments, by id (the Blobs are handles: no bytes are read here). */
export async function readAttachmentFiles(
  db: PaperTrailDb,
  ids: readonly string[],
): Promise<Map<string, AttachmentFile>> {
  const rows = await db.attachmentFiles.bulkGet([...ids]);
  const found = new Map<string, AttachmentFile>();
  for (const row of rows) if (row) found.set(row.id, row);
  return found;
}
