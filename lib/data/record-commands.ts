import { attempts } from '../db/attempts';
import { getDb } from '../db/database';
import { escalations } from '../db/escalations';
import { responses } from '../db/responses';
import { Attachment, type AttachmentFile, type Attempt, type Escalation, type Response } from '../model';
import { attemptActivityAt, followNewestRecord } from './case-activity';

/*
 * Commands that write a case's records. Each validates (zod, through the repositories), writes,
 * and moves the case's lastActivityAt in the same transaction — joined when the caller already
 * has one over these tables and `cases`. `now` stamps the case's updatedAt (injectable, so
 * handlers and tests share one clock).
 */

/** A new or changed attempt: the case's activity follows its time (its end, for a call). */
export async function saveAttemptRecord(attempt: Attempt, now: number): Promise<Attempt> {
  const db = getDb();
  return db.transaction('rw', db.attempts, db.cases, async () => {
    const saved = await attempts.put(attempt);
    await followNewestRecord(saved.caseId, attemptActivityAt(saved), now);
    return saved;
  });
}

/**
 * A new or changed company response: the case's activity follows its time, or `activityAt` when
 * the write itself is the person's activity (answering "Did they fix it?" moves the case now).
 */
export async function saveResponseRecord(
  response: Response,
  now: number,
  activityAt: number = response.at,
): Promise<Response> {
  const db = getDb();
  return db.transaction('rw', db.responses, db.cases, async () => {
    const saved = await responses.put(response);
    await followNewestRecord(saved.caseId, activityAt, now);
    return saved;
  });
}

/** A draft post, or a link added to a posted one: no new activity, the case is left as it is. */
export function saveEscalationRecord(escalation: Escalation): Promise<Escalation> {
  return escalations.put(escalation);
}

/** A post (or a part of a thread) that went out at `postedAt`: the case's activity follows it. */
export async function postEscalationRecord(escalation: Escalation, postedAt: number, now: number): Promise<Escalation> {
  const db = getDb();
  return db.transaction('rw', db.escalations, db.cases, async () => {
    const saved = await escalations.put(escalation);
    await followNewestRecord(saved.caseId, postedAt, now);
    return saved;
  });
}

/**
 * An attachment's description and bytes, kept at `now`: the case's activity moves to then. Joins
 * the caller's transaction (lib/attachments/store.ts checks the owner in the same one).
 */
export async function saveAttachmentRecord(
  attachment: Attachment,
  file: AttachmentFile,
  now: number,
): Promise<Attachment> {
  const db = getDb();
  const valid = Attachment.parse(attachment);
  await db.transaction('rw', [db.attachments, db.attachmentFiles, db.cases], async () => {
    await db.attachments.put(valid);
    await db.attachmentFiles.put(file);
    await followNewestRecord(valid.caseId, now, now);
  });
  return valid;
}
