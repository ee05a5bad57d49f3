import { getDb } from '../db/database';
import type { Attempt, Case, Response } from '../model';

/**
 * Everything the case search looks through, read once when the person starts searching (not on
 * every keystroke). Zod-free like lib/timeline/read.ts: the popup's bundles stay small.
 */
export async function searchSourceRead(): Promise<{ cases: Case[]; attempts: Attempt[]; responses: Response[] }> {
  const db = getDb();
  const [cases, attempts, responses] = await Promise.all([
    db.cases.toArray(),
    db.attempts.toArray(),
    db.responses.toArray(),
  ]);
  return { cases, attempts, responses };
}
