import { recordsOfCase, type CaseRecordLists } from '../data/case-records';
import { getDb } from '../db/database';
import { attentionOf, byAttention, type Attention } from '../followup/attention';
import { deriveCaseStatus } from '../followup/status';
import type { Attempt, Case } from '../model';
import { DAY } from '../time-units';

/*
 * Read-only index queries for the popup's first paint. They import the database but not the
 * zod schemas (reads need no validation), so the home view's first bundle stays small; every
 * write still goes through the validating commands of lib/data.
 */

/** The case queries (zod-free) under the names the first-paint views use. */
export { casesByActivity as casesByActivityRead, latestOpenCaseOf as latestOpenCaseRead } from '../db/case-queries';

/** A case's attempts, posts and responses (read by lib/data, the one way to load them). */
export type CaseRecords = CaseRecordLists;

/** A case's attempts, posts and responses, each by its [caseId+…] index. */
export const caseRecordsRead = recordsOfCase;

/**
 * Calls whose timer runs. Reads only the last two days by the `at` index: a call that has
 * "run" longer than that was forgotten, and the badge should not scan the whole table.
 */
export async function runningCalls(now: number): Promise<Attempt[]> {
  const recent = await getDb()
    .attempts.where('at')
    .above(now - 2 * DAY)
    .toArray();
  return recent.filter((a) => a.inProgress === true).sort((a, b) => a.at - b.at);
}

/** At most this many cases are looked at for the "needs attention" group. */
const ATTENTION_CANDIDATES = 100;

/**
 * The open cases that need the person now (lib/followup/attention.ts), most urgent first: those
 * with a promise past its date, or a company reply. Candidates come from the promises and
 * responses stored (promises by their due-date index); each is then judged on all its records.
 * Read after the case list painted.
 */
export interface AttentionCase {
  item: Case;
  attention: Attention;
  /** The records it was judged on, so its row need not read them again. */
  records: CaseRecords;
}

export async function attentionCasesRead(now: number): Promise<AttentionCase[]> {
  const db = getDb();
  const [promised, responses] = await Promise.all([
    db.attempts.where('promise.dueAt').below(now).toArray(),
    db.responses.toArray(),
  ]);
  const ids = [...new Set([...promised.map((a) => a.caseId), ...responses.map((r) => r.caseId)])].slice(
    0,
    ATTENTION_CANDIDATES,
  );
  const cases = (await db.cases.bulkGet(ids)).filter((c): c is Case => c !== undefined && c.status === 'open');
  const judged = await Promise.all(
    cases.map(async (item) => {
      const records = await caseRecordsRead(item.id);
      const status = deriveCaseStatus({ case: item, ...records }, now);
      return { item, records, attention: attentionOf(item.id, status) };
    }),
  );
  const found = judged.filter((j): j is AttentionCase => j.attention !== undefined);
  const order = byAttention(found.map((f) => f.attention)).map((a) => a.caseId);
  return found.sort((a, b) => order.indexOf(a.item.id) - order.indexOf(b.item.id));
}
