import type { PaperTrailDb } from '../db/database';
import type { Attachment } from '../model';
import { chunksOf } from './chunks';
import { planTable, type TableMergePlan } from './plan';

export interface AttachmentMergePlan {
  descriptions: TableMergePlan<Attachment>;
  /** Ids whose bytes are written: the file is new, changed, or missing here. */
  files: string[];
}

/**
 * Merges attachments like records: by id, the newer `updatedAt` winning the description. The same
 * id with the same SHA-256 is the same file, so its bytes are written only when the winning
 * description's file differs from the stored one (or none is stored).
 */
export async function planAttachments(
  db: PaperTrailDb,
  incoming: readonly Attachment[],
  chunkSize: number,
): Promise<AttachmentMergePlan> {
  const stored = new Map<string, Attachment>();
  const storedFiles = new Set<string>();
  for (const chunk of chunksOf(incoming, chunkSize)) {
    const ids = chunk.map((a) => a.id);
    for (const row of await db.attachments.bulkGet(ids)) if (row) stored.set(row.id, row);
    for (const id of await db.attachmentFiles.where('id').anyOf(ids).primaryKeys()) storedFiles.add(id);
  }
  const descriptions = planTable(incoming, stored);
  const written = new Set(descriptions.writes.map((a) => a.id));
  const files = incoming.flatMap((attachment) => {
    const before = stored.get(attachment.id);
    const winner = written.has(attachment.id) ? attachment : before;
    if (winner?.sha256 !== attachment.sha256) return [];
    const sameFileStored = before?.sha256 === attachment.sha256 && storedFiles.has(attachment.id);
    return sameFileStored ? [] : [attachment.id];
  });
  return { descriptions, files };
}
