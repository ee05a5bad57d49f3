import type { PaperTrailDb } from '../db/database';
import { TABLES, type BackupData, type TableName } from './backup';
import { chunksOf } from './chunks';
import { planMerge } from './merge-plan';
import type { MergePlan } from './plan';
import type { StoredTables } from './read';

export type ImportMode = 'merge' | 'replace';

export interface ImportProgress {
  /** Records written so far inside the import's transaction (none is visible before the commit). */
  done: number;
  total: number;
}

export interface ApplyOptions {
  /** Records per bulkPut inside the transaction: the granularity of progress. */
  chunkSize: number;
  /** Called inside the transaction, synchronously: see `applyImport`. */
  onProgress?: (progress: ImportProgress) => void;
}

type AnyRecord = StoredTables[TableName][number];
type Rows = Record<TableName, readonly AnyRecord[]>;

/**
 * Writes an import in ONE readwrite transaction over the five tables, so IndexedDB applies all of
 * it or none of it. A tab closed or a worker killed before the commit aborts the transaction and
 * the browser discards its writes (after a crash, when the database is next opened): the tables
 * keep exactly their old rows, and there is nothing of ours to clean up. Replace empties the
 * tables inside that same transaction, so no reader ever sees them empty or half-filled; a merge
 * plans inside it, so it decides on exactly the rows it overwrites.
 *
 * Inside, only Dexie requests are awaited: awaiting anything else (a timer, a message from the
 * page) would let IndexedDB auto-commit the transaction with part of the rows. That is why
 * progress is reported synchronously and nothing yields between chunks. The transaction may take
 * seconds for a large file: it runs in the import worker, never on a page's thread; other pages'
 * reads of these tables wait for it and then see the complete result.
 */
export async function applyImport(db: PaperTrailDb, mode: ImportMode, data: BackupData, options: ApplyOptions): Promise<number> {
  const tables = TABLES.map((name) => db.table<AnyRecord, string>(name));
  return db.transaction('rw', tables, async () => {
    const rows: Rows = mode === 'replace' ? data : writesOf(await planMerge(db, data, options.chunkSize));
    if (mode === 'replace') for (const table of tables) await table.clear();
    return writeRows(db, rows, options);
  });
}

async function writeRows(db: PaperTrailDb, rows: Rows, options: ApplyOptions): Promise<number> {
  const total = TABLES.reduce((sum, name) => sum + rows[name].length, 0);
  let done = 0;
  options.onProgress?.({ done, total });
  for (const name of TABLES) {
    const table = db.table<AnyRecord, string>(name);
    for (const chunk of chunksOf(rows[name], options.chunkSize)) {
      await table.bulkPut(chunk);
      done += chunk.length;
      options.onProgress?.({ done, total });
    }
  }
  return done;
}

function writesOf(plan: MergePlan): Rows {
  return {
    companies: plan.companies.writes,
    cases: plan.cases.writes,
    attempts: plan.attempts.writes,
    escalations: plan.escalations.writes,
    responses: plan.responses.writes,
  };
}
