import Dexie from 'dexie';
import { takeAttachmentsOf } from '../attachments/store';
import { recordsOfCase } from '../data/case-records';
import { attempts } from '../db/attempts';
import { cases } from '../db/cases';
import { userCompanies } from '../db/companies';
import { getDb, type FiredReminder } from '../db/database';
import { historyTables } from '../db/history-tables';
import type { Sample, SampleRefs } from './sample';

/** Writes the sample in one transaction, through the validated repositories: all of it or none. */
export async function writeSample(sample: Sample, silenced: readonly FiredReminder[]): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.companies, db.cases, db.attempts, db.firedReminders], async () => {
    await userCompanies.put(sample.company);
    await cases.put(sample.case);
    await attempts.bulkPut(sample.attempts);
    await db.firedReminders.bulkPut(silenced);
  });
}

export interface SampleRemoval {
  /** False when the person added to the sample case: what they added, and the case, stay. */
  caseRemoved: boolean;
  companyRemoved: boolean;
}

/**
 * Removes the sample's own records and nothing else, in one transaction. The sample's contacts go
 * (those still in the sample case); the case goes unless the person logged something of their own
 * in it; the company goes unless a case or contact still names it. Removing twice is harmless.
 */
export async function removeSample(refs: SampleRefs): Promise<SampleRemoval> {
  const db = getDb();
  const tables = historyTables(db);
  return db.transaction('rw', tables, async () => {
    const stored = await db.attempts.bulkGet([...refs.attemptIds]);
    for (const attempt of stored) {
      // One the person moved to a case of their own is theirs now.
      if (attempt?.caseId === refs.caseId) {
        await attempts.remove(attempt.id);
        // Anything attached to a sample contact goes with it.
        await takeAttachmentsOf([attempt.id]);
      }
    }
    const { attempts: left, escalations: posts, responses: answers } = await recordsOfCase(refs.caseId);
    // Evidence the person attached to the case itself is theirs too: the case stays with it.
    const caseAttachments = await db.attachments.where('ownerId').equals(refs.caseId).count();
    const caseRemoved = left.length + posts.length + answers.length + caseAttachments === 0;
    if (caseRemoved) {
      await cases.remove(refs.caseId);
      await db.firedReminders.where('caseId').equals(refs.caseId).delete();
    }
    const [caseKeys, attemptKeys] = await Promise.all([
      db.cases.where('companyId').equals(refs.companyId).limit(1).primaryKeys(),
      db.attempts
        .where('[companyId+at]')
        .between([refs.companyId, Dexie.minKey], [refs.companyId, Dexie.maxKey])
        .limit(1)
        .primaryKeys(),
    ]);
    const companyRemoved = caseKeys.length + attemptKeys.length === 0;
    if (companyRemoved) await userCompanies.remove(refs.companyId);
    return { caseRemoved, companyRemoved };
  });
}
