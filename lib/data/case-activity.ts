import { getDb } from '../db/database';
import type { Attempt } from '../model';

/*
 * The invariant "a case's lastActivityAt follows its newest record" lives here and nowhere else.
 * Only the service's commands (record-commands.ts) call it, in the transaction that writes the
 * record, so no caller can forget it; eslint.config.js forbids importing this file outside
 * lib/data. Writes that are not new activity (undo, import, a hold toggled) do not come here:
 * an import computes the field itself (lib/exchange/merge-plan.ts), undo restores it as it was.
 */

/** The moment an attempt counts as activity: when it ended, for a call with an end. */
export function attemptActivityAt(attempt: Pick<Attempt, 'at' | 'endedAt'>): number {
  return attempt.endedAt ?? attempt.at;
}

/**
 * Moves a case's lastActivityAt forward (never back) to `at`, and stamps updatedAt with `now`
 * (never back either). Joins the caller's transaction, which must include the cases table.
 */
export async function followNewestRecord(caseId: string, at: number, now: number): Promise<void> {
  await getDb()
    .cases.where('id')
    .equals(caseId)
    .modify((c) => {
      if (at > c.lastActivityAt) c.lastActivityAt = at;
      c.updatedAt = Math.max(c.updatedAt, now);
    });
}
