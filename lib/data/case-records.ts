import Dexie from 'dexie';
import { getDb } from '../db/database';
import type { Attachment, Attempt, Case, Escalation, Response } from '../model';

/*
 * THE way to read a case with its records. Every screen and the background read it here, so a
 * case's records are always the same set, each read by its [caseId+…] index (no table scan).
 * No zod import (reads need no validation): the popup's first bundle uses it
 * (lib/timeline/read.ts), and it must stay small.
 */

/** A case's attempts, posts and responses, each in its index's order. */
export interface CaseRecordLists {
  attempts: Attempt[];
  escalations: Escalation[];
  responses: Response[];
}

/** A case and its records. */
export interface LoadedCase extends CaseRecordLists {
  case: Case;
}

/** A case, its records and its attachments (oldest first), for the case page. */
export interface LoadedCaseWithAttachments extends LoadedCase {
  attachments: Attachment[];
}

function ofCase<T>(table: Dexie.Table<T, string>, index: string, caseId: string): Promise<T[]> {
  return table.where(index).between([caseId, Dexie.minKey], [caseId, Dexie.maxKey]).toArray();
}

/** The records of a case already in hand (the case itself is not read again). */
export async function recordsOfCase(caseId: string): Promise<CaseRecordLists> {
  const db = getDb();
  const [attempts, escalations, responses] = await Promise.all([
    ofCase(db.attempts, '[caseId+at]', caseId),
    ofCase(db.escalations, '[caseId+createdAt]', caseId),
    ofCase(db.responses, '[caseId+at]', caseId),
  ]);
  return { attempts, escalations, responses };
}

/** A case with its records, or undefined when there is no such case. */
export async function loadCase(caseId: string): Promise<LoadedCase | undefined> {
  const found = await getDb().cases.get(caseId);
  if (!found) return undefined;
  return { case: found, ...(await recordsOfCase(caseId)) };
}

/** Attachments in the order the timeline shows them: by time, then by name. */
export function byAttachmentTime(a: Attachment, b: Attachment): number {
  return a.createdAt - b.createdAt || a.name.localeCompare(b.name);
}

/** Every attachment of a case, oldest first (index caseId). */
export async function attachmentsOfCase(caseId: string): Promise<Attachment[]> {
  return (await getDb().attachments.where('caseId').equals(caseId).toArray()).sort(byAttachmentTime);
}

/** A case with its records and attachments, or undefined when there is no such case. */
export async function loadCaseWithAttachments(caseId: string): Promise<LoadedCaseWithAttachments | undefined> {
  const [loaded, attachments] = await Promise.all([loadCase(caseId), attachmentsOfCase(caseId)]);
  return loaded ? { ...loaded, attachments } : undefined;
}
