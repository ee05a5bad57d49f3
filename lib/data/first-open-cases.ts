import { DB_NAME } from '../db/database-name';
import type { Case } from '../model';

/*
 * The home's first open cases, read straight from IndexedDB while React and Dexie are still
 * loading, so they can be on screen in the popup's first frames. Plain IndexedDB: this module is
 * in the popup's first script, which must stay small.
 */

/** The index Dexie keeps on cases for the home list (lib/db/database.ts, schema v2). */
const ACTIVITY_INDEX = '[status+lastActivityAt]';

/**
 * Records in this database are written only through the validated repository: this checks the
 * fields the home reads, to step aside on anything unexpected rather than to re-validate.
 */
function isCase(value: unknown): value is Case {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    typeof v.companyId === 'string' &&
    typeof v.title === 'string' &&
    v.status === 'open' &&
    typeof v.lastActivityAt === 'number'
  );
}

/**
 * Up to `limit` open cases, most recent activity first — what `casesByActivity('open', limit)`
 * returns — or undefined when the database does not exist yet, lacks the index (an older version
 * Dexie will upgrade) or cannot be read. Never creates the database, and closes its connection as
 * soon as the read is done, so it never holds up Dexie's open or an upgrade.
 */
export function readFirstOpenCases(limit: number, factory: IDBFactory = indexedDB): Promise<Case[] | undefined> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(DB_NAME);
    } catch {
      resolve(undefined);
      return;
    }
    // No database yet: abort, so opening without a version does not create an empty one.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(undefined);
    request.onblocked = () => resolve(undefined);
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => db.close();
      try {
        if (!db.objectStoreNames.contains('cases')) throw new Error('no cases store');
        const store = db.transaction('cases', 'readonly').objectStore('cases');
        if (!store.indexNames.contains(ACTIVITY_INDEX)) throw new Error('no activity index');
        const index = store.index(ACTIVITY_INDEX);
        const range = IDBKeyRange.bound(['open', -Infinity], ['open', Infinity]);
        const done = (values: readonly unknown[] | undefined) => {
          db.close();
          resolve(values?.every(isCase) ? [...values] : undefined);
        };
        readNewest(index, range, limit, done);
      } catch {
        db.close();
        resolve(undefined);
      }
    };
  });
}

/** `IDBIndex.getAllRecords` (Chromium 141+): a whole page newest-first in one round trip. */
interface RecordsIndex {
  getAllRecords(options: {
    query: IDBKeyRange;
    count: number;
    direction: IDBCursorDirection;
  }): IDBRequest<{ value: unknown }[]>;
}

function hasGetAllRecords(index: IDBIndex): index is IDBIndex & RecordsIndex {
  return typeof (index as Partial<RecordsIndex>).getAllRecords === 'function';
}

/**
 * The newest `limit` values of the range. A cursor costs a round trip to the database per row
 * (70–200 ms for a page of 31 on a busy machine); getAllRecords fetches them in one, where the
 * browser has it.
 */
function readNewest(
  index: IDBIndex,
  range: IDBKeyRange,
  limit: number,
  done: (values: readonly unknown[] | undefined) => void,
): void {
  if (hasGetAllRecords(index)) {
    const request = index.getAllRecords({ query: range, count: limit, direction: 'prev' });
    request.onsuccess = () => done(request.result.map((record) => record.value));
    request.onerror = () => done(undefined);
    return;
  }
  const cursor = index.openCursor(range, 'prev');
  const found: unknown[] = [];
  cursor.onsuccess = () => {
    const at = cursor.result;
    if (at && found.length < limit) {
      found.push(at.value);
      at.continue();
    } else {
      done(found);
    }
  };
  cursor.onerror = () => done(undefined);
}
