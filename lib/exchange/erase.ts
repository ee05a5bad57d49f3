import type { PaperTrailDb } from '../db/database';
import { historyTables } from '../db/history-tables';

/** Deletes the whole history in one transaction: either everything goes or nothing does. */
export async function eraseEverything(db: PaperTrailDb): Promise<void> {
  const tables = historyTables(db);
  await db.transaction('rw', tables, () => Promise.all(tables.map((table) => table.clear())));
}

/** Whether anything worth backing up is stored (reads at most one key: no count() scan). */
export async function hasHistory(db: PaperTrailDb): Promise<boolean> {
  return (await db.cases.limit(1).primaryKeys()).length > 0;
}
