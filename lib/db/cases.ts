import { Case } from '../model';
import { getDb } from './database';
import { createRepository } from './repository';

export const cases = createRepository(() => getDb().cases, Case);

export { casesByActivity, latestOpenCaseOf } from './case-queries';

/**
 * Moves a case's lastActivityAt forward (never back) after a new attempt, post or response.
 * `now` stamps updatedAt (injectable so handlers and tests share one clock).
 */
export async function touchCase(caseId: string, at: number, now: number = Date.now()): Promise<void> {
  await getDb()
    .cases.where('id')
    .equals(caseId)
    .modify((c) => {
      if (at > c.lastActivityAt) c.lastActivityAt = at;
      c.updatedAt = Math.max(c.updatedAt, now);
    });
}
