import { attachmentsOfCase, byAttachmentTime } from '../data/case-records';
import { saveAttachmentRecord } from '../data/record-commands';
import { getDb } from '../db/database';
import { t } from '../i18n';
import { Attachment, type AttachmentFile } from '../model';
import type { PreparedAttachment } from './prepare';
import { AttachmentRefused, isQuotaError } from './refusal';
import { formatBytes } from './size';

/** What deleting a record took with it, so Undo can put it back exactly. */
export interface AttachmentSnapshot {
  attachments: Attachment[];
  files: AttachmentFile[];
}

export const NO_ATTACHMENTS: AttachmentSnapshot = { attachments: [], files: [] };

async function ownerExists(a: Attachment): Promise<boolean> {
  const db = getDb();
  if (a.ownerType === 'case') return a.ownerId === a.caseId && (await db.cases.get(a.caseId)) !== undefined;
  const owner = a.ownerType === 'attempt' ? await db.attempts.get(a.ownerId) : await db.responses.get(a.ownerId);
  return owner?.caseId === a.caseId;
}

/**
 * Keeps an attachment: its description, its bytes and its thumbnail in ONE transaction, with the
 * case's last activity moved forward — all of it or nothing. The owner must still exist (it may
 * have been deleted in another view meanwhile). When the browser has no room left, the whole
 * transaction is undone and the person reads why.
 */
export async function saveAttachment(
  prepared: PreparedAttachment,
  thumbnail: Blob | undefined,
  now: number,
): Promise<Attachment> {
  const db = getDb();
  const attachment = Attachment.parse(prepared.attachment);
  const file: AttachmentFile = { id: attachment.id, data: prepared.data, ...(thumbnail ? { thumbnail } : {}) };
  try {
    await db.transaction('rw', [db.attachments, db.attachmentFiles, db.cases, db.attempts, db.responses], async () => {
      if (!(await ownerExists(attachment)))
        throw new AttachmentRefused(t('attachments.error.ownerGone', { name: attachment.name }));
      await saveAttachmentRecord(attachment, file, now);
    });
  } catch (error) {
    if (isQuotaError(error)) {
      throw new AttachmentRefused(
        t('attachments.error.quota', { name: attachment.name, size: formatBytes(attachment.size) }),
      );
    }
    throw error;
  }
  return attachment;
}

/** Removes an attachment's description and bytes together. */
export async function removeAttachment(id: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.attachments, db.attachmentFiles, async () => {
    await db.attachments.delete(id);
    await db.attachmentFiles.delete(id);
  });
}

/**
 * Deletes every attachment of these owners (attempts, responses or a case) and returns what it
 * deleted. Joins the caller's transaction when it includes both attachment tables, so a record
 * and its attachments go together.
 */
export async function takeAttachmentsOf(ownerIds: readonly string[]): Promise<AttachmentSnapshot> {
  const db = getDb();
  return db.transaction('rw', db.attachments, db.attachmentFiles, async () => {
    const attachments = await db.attachments
      .where('ownerId')
      .anyOf([...ownerIds])
      .toArray();
    if (attachments.length === 0) return NO_ATTACHMENTS;
    const ids = attachments.map((a) => a.id);
    const files = (await db.attachmentFiles.bulkGet(ids)).filter((f): f is AttachmentFile => f !== undefined);
    await db.attachments.bulkDelete(ids);
    await db.attachmentFiles.bulkDelete(ids);
    return { attachments, files };
  });
}

/** Puts back what takeAttachmentsOf deleted (Undo); joins the caller's transaction like it. */
export async function restoreAttachments(snapshot: AttachmentSnapshot): Promise<void> {
  if (snapshot.attachments.length === 0) return;
  const db = getDb();
  await db.transaction('rw', db.attachments, db.attachmentFiles, async () => {
    await db.attachments.bulkPut(snapshot.attachments.map((a) => Attachment.parse(a)));
    await db.attachmentFiles.bulkPut(snapshot.files);
  });
}

/**
 * An attempt moved to another case takes its attachments along (same transaction as the move),
 * stamped as changed so a merge of an older backup does not move them back.
 */
export async function moveAttachmentsOf(ownerId: string, caseId: string, now: number): Promise<void> {
  await getDb()
    .attachments.where('ownerId')
    .equals(ownerId)
    .modify((a) => {
      a.caseId = caseId;
      a.updatedAt = Math.max(now, a.updatedAt);
    });
}

/** One record's attachments, oldest first (index ownerId). */
export async function attachmentsOfOwner(ownerId: string): Promise<Attachment[]> {
  return (await getDb().attachments.where('ownerId').equals(ownerId).toArray()).sort(byAttachmentTime);
}

/** Every attachment of a case, oldest first (index caseId): the timeline groups them by owner. */
export { attachmentsOfCase };

/**
 * Stores a thumbnail made later — a picture restored from a backup, which carries no thumbnails —
 * if the attachment is still there and has none yet.
 */
export async function storeThumbnail(id: string, thumbnail: Blob): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.attachmentFiles, async () => {
    const file = await db.attachmentFiles.get(id);
    if (file && !file.thumbnail) await db.attachmentFiles.put({ ...file, thumbnail });
  });
}

/** The bytes and thumbnail of one attachment. */
export function attachmentFile(id: string): Promise<AttachmentFile | undefined> {
  return getDb().attachmentFiles.get(id);
}

/** Attachments grouped by what they are attached to. */
export function groupByOwner(list: readonly Attachment[]): Map<string, Attachment[]> {
  const groups = new Map<string, Attachment[]>();
  for (const a of list) groups.set(a.ownerId, [...(groups.get(a.ownerId) ?? []), a]);
  return groups;
}
