import { attempts } from '../db/attempts';
import { getDb } from '../db/database';
import { responses } from '../db/responses';
import type { Attempt, Response } from '../model';
import { restoreAttachments, takeAttachmentsOf, type AttachmentSnapshot } from './store';

/** Deletes an attempt and its attachments in one transaction; returns them for Undo. */
export async function deleteAttemptWithAttachments(id: string): Promise<AttachmentSnapshot> {
  const db = getDb();
  return db.transaction('rw', [db.attempts, db.attachments, db.attachmentFiles], async () => {
    await attempts.remove(id);
    return takeAttachmentsOf([id]);
  });
}

/** Undo of deleteAttemptWithAttachments: the attempt and its attachments come back together. */
export async function restoreAttemptWithAttachments(attempt: Attempt, snapshot: AttachmentSnapshot): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.attempts, db.attachments, db.attachmentFiles], async () => {
    await attempts.put(attempt);
    await restoreAttachments(snapshot);
  });
}

/** Deletes a company response and its attachments in one transaction; returns them for Undo. */
export async function deleteResponseWithAttachments(id: string): Promise<AttachmentSnapshot> {
  const db = getDb();
  return db.transaction('rw', [db.responses, db.attachments, db.attachmentFiles], async () => {
    await responses.remove(id);
    return takeAttachmentsOf([id]);
  });
}

/** Undo of deleteResponseWithAttachments. */
export async function restoreResponseWithAttachments(response: Response, snapshot: AttachmentSnapshot): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.responses, db.attachments, db.attachmentFiles], async () => {
    await responses.put(response);
    await restoreAttachments(snapshot);
  });
}
