import { afterEach, beforeEach } from 'vitest';
import { PaperTrailDb, setDbForTests } from '../../../lib/db/database';

/** A fresh fake-indexeddb database per test. */
export function withFreshDb(): { db: () => PaperTrailDb } {
  let db: PaperTrailDb | undefined;
  beforeEach(async () => {
    db = new PaperTrailDb(`popup-${crypto.randomUUID()}`);
    await db.open();
    setDbForTests(db);
  });
  afterEach(async () => {
    setDbForTests(undefined);
    if (db) await db.delete();
  });
  return {
    db: () => {
      if (!db) throw new Error('no database yet');
      return db;
    },
  };
}
