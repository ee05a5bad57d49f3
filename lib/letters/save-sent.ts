import { saveAttemptRecord } from '../data/record-commands';
import { attempts, attemptsOfCase } from '../db/attempts';
import { getDb } from '../db/database';
import type { Attempt } from '../model';

/**
 * Logs a sent letter in its case, once: the same record again (a second click) or the same
 * letter already logged (the same text, from a second tab) writes nothing and answers with
 * the attempt already stored. One transaction with the case's activity.
 */
export async function saveSentLetter(attempt: Attempt, now: number): Promise<{ attempt: Attempt; already: boolean }> {
  const db = getDb();
  return db.transaction('rw', db.attempts, db.cases, async () => {
    const same = await attempts.get(attempt.id);
    const twin =
      same ??
      (await attemptsOfCase(attempt.caseId)).find(
        (a) => a.channel === 'letter' && a.messageCopy === attempt.messageCopy,
      );
    if (twin) return { attempt: twin, already: true };
    return { attempt: await saveAttemptRecord(attempt, now), already: false };
  });
}
