import { deleteResponseWithAttachments } from '../attachments/cascade';
import { saveResponseRecord } from '../data/record-commands';
import { getDb } from '../db/database';
import { responses } from '../db/responses';
import type { Response } from '../model';
import type { TrackedPromise } from './clocks';

/** Writes of the follow-up panel; each is one transaction. */

export function saveResponse(record: Response, now: number): Promise<Response> {
  return saveResponseRecord(record, now);
}

/** Deletes a response and its attachments together. */
export async function deleteResponse(id: string): Promise<void> {
  await deleteResponseWithAttachments(id);
}

/**
 * "Did they fix it?" — yes: the answer is marked kept and a fix is recorded now; no: the answer
 * is marked as not having solved it, so the next steps (follow-up, regulator) are offered.
 */
export async function answerFixCheck(responseId: string, fixed: boolean, now: number): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.responses, db.cases, async () => {
    const answer = await responses.get(responseId);
    if (!answer) throw new Error('that answer no longer exists');
    // Answering is itself activity on the case, fixed or not: the case moves to now.
    await saveResponseRecord({ ...answer, promiseKept: fixed, updatedAt: now }, now, now);
    if (fixed) {
      await saveResponseRecord(
        {
          id: crypto.randomUUID(),
          caseId: answer.caseId,
          kind: 'fix',
          at: now,
          source: 'manual',
          createdAt: now,
          updatedAt: now,
        },
        now,
      );
    }
  });
}

/**
 * "They kept it" on an overdue promise: the answer that carried it (if any) is marked kept and a
 * fix is recorded now, as for "Did they fix it?" — yes.
 */
export async function recordPromiseKept(
  caseId: string,
  promise: Pick<TrackedPromise, 'recordId' | 'from'>,
  now: number,
): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.responses, db.cases, async () => {
    if (promise.from === 'response') {
      const answer = await responses.get(promise.recordId);
      if (answer) await saveResponseRecord({ ...answer, promiseKept: true, updatedAt: now }, now);
    }
    await saveResponseRecord(
      { id: crypto.randomUUID(), caseId, kind: 'fix', at: now, source: 'manual', createdAt: now, updatedAt: now },
      now,
    );
  });
}
