import { attempts, attemptsOfCase } from '../db/attempts';
import { touchCase } from '../db/cases';
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
    const twin = same ?? (await attemptsOfCase(attempt.caseId)).find((a) => a.channel === 'letter' && a.messageCopy === attempt.messageCopy);
    if (twin) return { attempt: twin, already: true };
    const saved = await attempts.put(attempt);
    await touchCase(saved.caseId, saved.at, now);
    return { attempt: saved, already: false };
  });
}
