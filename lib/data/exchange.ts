import { DB_NAME, getDb, PaperTrailDb } from '../db/database';
import { eraseEverything } from '../exchange/erase';
import { ImportSession } from '../exchange/session';

/*
 * Backups, imports, reports and erasing work on whole tables in one transaction each, so they
 * take a connection rather than record commands (lib/exchange/*). The pages get it here; the
 * readers for letters and reports are apart (case-export.ts), without the importer's weight.
 */

/** A connection to the extension's database, as lib/exchange's readers and writers take it. */
export type DataConnection = PaperTrailDb;

/** The page's (and the background's) shared connection. */
export function pageConnection(): DataConnection {
  return getDb();
}

/**
 * A connection of its own with strict durability, for the import worker: when the page hears
 * "committed", the import is on disk.
 */
export function strictConnection(): DataConnection {
  return new PaperTrailDb(DB_NAME, { chromeTransactionDurability: 'strict' });
}

/** An import read and written in the page itself (where workers are not available). */
export function pageImportSession(appVersion: string): ImportSession {
  return new ImportSession(getDb(), { appVersion });
}

/** Deletes the whole history, in one transaction. */
export function eraseAllData(): Promise<void> {
  return eraseEverything(getDb());
}
