import type { PaperTrailDb } from '../db/database';
import type { Attachment, AttachmentFile } from '../model';
import { planAttachments } from './attachment-plan';
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

/** What an import writes: the records, the attachments' descriptions, and their checked files by id. */
export interface ImportContent {
  data: BackupData;
  attachments: readonly Attachment[];
  files: ReadonlyMap<string, Blob>;
}

interface AttachmentWrites {
  descriptions: readonly Attachment[];
  /** Ids whose bytes are written with their description. */
  files: ReadonlySet<string>;
}

/** Attachments per write inside the transaction: a few files at a time keeps each request small. */
const ATTACHMENTS_PER_CHUNK = 16;

/**
 * Writes an import in ONE readwrite transaction over the five tables and the two attachment
 * tables (descriptions and bytes), so IndexedDB applies all of
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
export async function applyImport(
  db: PaperTrailDb,
  mode: ImportMode,
  content: ImportContent,
  options: ApplyOptions,
): Promise<number> {
  const records = TABLES.map((name) => db.table<AnyRecord, string>(name));
  // Attachments' descriptions and bytes share the records' transaction: all of it, or none.
  const tables = [...records, db.attachments, db.attachmentFiles];
  return db.transaction('rw', tables, async () => {
    let rows: Rows;
    let attachments: AttachmentWrites;
    if (mode === 'replace') {
      rows = content.data;
      attachments = { descriptions: content.attachments, files: new Set(content.attachments.map((a) => a.id)) };
      for (const table of tables) await table.clear();
    } else {
      rows = writesOf(await planMerge(db, content.data, options.chunkSize));
      const plan = await planAttachments(db, content.attachments, options.chunkSize);
      attachments = { descriptions: plan.descriptions.writes, files: new Set(plan.files) };
    }
    return writeRows(db, rows, attachments, content.files, options);
  });
}

async function writeRows(
  db: PaperTrailDb,
  rows: Rows,
  attachments: AttachmentWrites,
  files: ReadonlyMap<string, Blob>,
  options: ApplyOptions,
): Promise<number> {
  const total = TABLES.reduce((sum, name) => sum + rows[name].length, 0) + attachments.descriptions.length;
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
  for (const chunk of chunksOf(attachments.descriptions, Math.min(options.chunkSize, ATTACHMENTS_PER_CHUNK))) {
    await db.attachments.bulkPut(chunk);
    const bytes: AttachmentFile[] = [];
    for (const attachment of chunk) {
      const data = files.get(attachment.id);
      if (attachments.files.has(attachment.id) && data) bytes.push({ id: attachment.id, data });
    }
    if (bytes.length > 0) await db.attachmentFiles.bulkPut(bytes);
    done += chunk.length;
    options.onProgress?.({ done, total });
  }
  // A file whose stored description stays (same file, its bytes missing here) is written as well.
  const described = new Set(attachments.descriptions.map((a) => a.id));
  const repairs = [...attachments.files].filter((id) => !described.has(id));
  for (const chunk of chunksOf(repairs, ATTACHMENTS_PER_CHUNK)) {
    const bytes = chunk.flatMap((id): AttachmentFile[] => {
      const data = files.get(id);
      return data ? [{ id, data }] : [];
    });
    await db.attachmentFiles.bulkPut(bytes);
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
