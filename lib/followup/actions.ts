import { deleteResponseWithAttachments } from '../attachments/cascade';
import { touchCase } from '../db/cases';
import { getDb } from '../db/database';
import { responses } from '../db/responses';
import type { Response } from '../model';
import type { TrackedPromise } from './clocks';

/** Writes of the follow-up panel; each is one transaction. */

export async function saveResponse(record: Response, now: number): Promise<Response> {
  const db = getDb();
  return db.transaction('rw', db.responses, db.cases, async () => {
    const saved = await responses.put(record);
    await touchCase(saved.caseId, saved.at, now);
    return saved;
  });
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
    await responses.put({ ...answer, promiseKept: fixed, updatedAt: now });
    if (fixed) {
      await responses.put({
        id: crypto.randomUUID(),
        caseId: answer.caseId,
        kind: 'fix',
        at: now,
        source: 'manual',
        createdAt: now,
        updatedAt: now,
      });
    }
    await touchCase(answer.caseId, now, now);
  });
}

/**
 * "They kept it" on an overdue promise: the answer that carried it (if any) is marked kept and a
 * fix is recorded now, as for "Did they fix it?" — yes.
 */
export async function recordPromiseKept(caseId: string, promise: Pick<TrackedPromise, 'recordId' | 'from'>, now: number): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.responses, db.cases, async () => {
    if (promise.from === 'response') {
      const answer = await responses.get(promise.recordId);
      if (answer) await responses.put({ ...answer, promiseKept: true, updatedAt: now });
    }
    await responses.put({ id: crypto.randomUUID(), caseId, kind: 'fix', at: now, source: 'manual', createdAt: now, updatedAt: now });
    await touchCase(caseId, now, now);
  });
}
