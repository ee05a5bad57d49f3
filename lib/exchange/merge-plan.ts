import type { PaperTrailDb } from '../db/database';
import type { BackupData, TableName } from './backup';
import { chunksOf } from './chunks';
import { latestActivityByCase, planTable, type MergePlan } from './plan';

/**
 * Compares a file with what is stored (by id, `updatedAt` deciding) and moves a stored case's
 * lastActivityAt up to its newest imported event. Reads only Dexie tables, so it may run inside
 * the import's own transaction: the merge then decides on exactly the rows it overwrites.
 */
export async function planMerge(db: PaperTrailDb, data: BackupData, chunkSize: number): Promise<MergePlan> {
  const storedOf = async <T extends { id: string }>(name: TableName, records: readonly T[]) => {
    const found = new Map<string, T>();
    for (const chunk of chunksOf(records, chunkSize)) {
      const rows = await db.table<T, string>(name).bulkGet(chunk.map((r) => r.id));
      for (const row of rows) if (row) found.set(row.id, row);
    }
    return found;
  };
  const plan: MergePlan = {
    companies: planTable(data.companies, await storedOf('companies', data.companies)),
    cases: planTable(data.cases, await storedOf('cases', data.cases)),
    attempts: planTable(data.attempts, await storedOf('attempts', data.attempts)),
    escalations: planTable(data.escalations, await storedOf('escalations', data.escalations)),
    responses: planTable(data.responses, await storedOf('responses', data.responses)),
  };
  const writtenCases = new Map(plan.cases.writes.map((c, i) => [c.id, i]));
  for (const [caseId, latest] of latestActivityByCase(data)) {
    const index = writtenCases.get(caseId);
    const written = index === undefined ? undefined : plan.cases.writes[index];
    if (written && index !== undefined) {
      if (written.lastActivityAt < latest) plan.cases.writes[index] = { ...written, lastActivityAt: latest };
      continue;
    }
    const stored = await db.cases.get(caseId);
    if (stored && stored.lastActivityAt < latest) plan.cases.writes.push({ ...stored, lastActivityAt: latest });
  }
  return plan;
}
