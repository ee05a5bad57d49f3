import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PaperTrailDb, SCHEMA_V4 } from '../../../lib/db/database';
import { buildBackup, serializeBackup, TABLES, type BackupData } from '../../../lib/exchange/backup';
import { readAllData } from '../../../lib/exchange/read';
import { ImportSession, type ImportMode, type ImportProgress } from '../../../lib/exchange/session';
import { freshDb, sampleAttempt, sampleCase, sampleData, seed, textSource, T0 } from './sample';

/**
 * An import is one IndexedDB transaction. A closed tab or a killed worker makes the browser abort
 * that transaction (IndexedDB: closing a connection abnormally aborts its transactions), which is
 * what these tests do at each point an import can be interrupted — after k chunks were written
 * inside the transaction, for every k, up to "everything written, not yet committed" — and then
 * look at the tables from the interrupted connection and from a new one (the next start).
 */

const SECOND_CASE = '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const byId = <T extends { id: string }>(records: readonly T[]) => [...records].sort((a, b) => a.id.localeCompare(b.id));
const sorted = (data: BackupData): BackupData => ({
  companies: byId(data.companies),
  cases: byId(data.cases),
  attempts: byId(data.attempts),
  escalations: byId(data.escalations),
  responses: byId(data.responses),
});

/** What is stored before: one case with 4 attempts, and a second case the file does not have. */
function oldData(): BackupData {
  const data = sampleData(4);
  data.cases.push(sampleCase({ id: SECOND_CASE, title: 'Only stored here' }));
  data.attempts.push(sampleAttempt(90, { caseId: SECOND_CASE }));
  return data;
}

/** The file: attempts 2..11 of the first case; 2 is newer than the stored copy, 3 identical. */
function fileData(): BackupData {
  const data = sampleData(12);
  data.attempts = data.attempts.slice(2);
  data.attempts[0] = { ...data.attempts[0]!, summary: 'edited after the backup', updatedAt: T0 + 500 * 3_600_000 };
  return data;
}

/** The merge's expected outcome: the union, the newer copy of attempt 2. */
function unionData(): BackupData {
  const stored = oldData();
  const incoming = fileData();
  const attempts = new Map(stored.attempts.map((a) => [a.id, a]));
  for (const a of incoming.attempts) attempts.set(a.id, a);
  return { ...stored, attempts: [...attempts.values()] };
}

const fileOf = (data: BackupData) =>
  textSource(serializeBackup(buildBackup({ data, scope: 'all', appVersion: '0.1.0', now: T0 })));

/** Stands in for the browser aborting the transaction of a page or worker that went away. */
class Killed extends Error {}
function killAfterChunks(k: number) {
  let calls = 0;
  return {
    killed: () => calls > k,
    onProgress: (_progress: ImportProgress) => {
      // The first report comes before any chunk is written, then one per chunk.
      if (calls++ === k) {
        Dexie.currentTransaction?.abort();
        throw new Killed(`killed after ${k} chunks`);
      }
    },
  };
}

const opened: PaperTrailDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function storedAt(name: string): Promise<{ data: BackupData; stores: string[] }> {
  // A new connection, as the next start of the extension opens it.
  const next = new PaperTrailDb(name);
  opened.push(next);
  await next.open();
  return { data: sorted(await readAllData(next)), stores: [...next.backendDB().objectStoreNames].sort() };
}

describe.each<ImportMode>(['replace', 'merge'])('an interrupted %s', (mode) => {
  it('leaves exactly the old data after k chunks written, for every k, and the next start finds nothing else', async () => {
    const expectedNew = sorted(mode === 'replace' ? fileData() : unionData());
    let kills = 0;
    for (let k = 0; ; k++) {
      const db = await freshDb();
      opened.push(db);
      await seed(db, oldData());
      const session = new ImportSession(db, { appVersion: '0.1.0', chunkSize: 2 });
      expect((await session.load(fileOf(fileData()))).ok).toBe(true);
      const kill = killAfterChunks(k);
      const result = await session.commit(mode, { now: T0, onProgress: kill.onProgress });
      const next = await storedAt(db.name);
      if (!kill.killed()) {
        // k is past the last chunk: this import was not interrupted and completed.
        expect(result).toMatchObject({ ok: true });
        expect(next.data).toEqual(expectedNew);
        break;
      }
      kills++;
      expect(result, `k = ${k}`).toMatchObject({ ok: false });
      expect(sorted(await readAllData(db)), `k = ${k}`).toEqual(sorted(oldData()));
      expect(next.data, `k = ${k}`).toEqual(sorted(oldData()));
      expect(next.stores).toEqual(Object.keys(SCHEMA_V4).sort());
    }
    // Before the first chunk, then after each: replace writes 1 + 1 + 5 + 1 + 1 chunks of 2,
    // merge 5 chunks of attempts (8 new, 1 newer).
    expect(kills).toBe(mode === 'replace' ? 10 : 6);
  });

  it('leaves exactly the old data when the page goes away after the check, before the import starts', async () => {
    const db = await freshDb();
    opened.push(db);
    await seed(db, oldData());
    const session = new ImportSession(db, { appVersion: '0.1.0', chunkSize: 2 });
    expect((await session.load(fileOf(fileData()))).ok).toBe(true);
    expect((await storedAt(db.name)).data).toEqual(sorted(oldData()));
  });
});

describe('an interrupted replace, while the page saves the safety backup', () => {
  it('has written nothing: it writes only once the page confirms the backup is saved', async () => {
    const db = await freshDb();
    opened.push(db);
    await seed(db, oldData());
    const session = new ImportSession(db, { appVersion: '0.1.0', chunkSize: 2 });
    await session.load(fileOf(fileData()));
    let handedOver = false;
    let confirm: () => void = () => undefined;
    const pending = session.commit('replace', {
      now: T0,
      onSafetyBackup: () =>
        new Promise<void>((resolve) => {
          handedOver = true;
          confirm = resolve;
        }),
    });
    await expect.poll(() => handedOver).toBe(true);
    expect((await storedAt(db.name)).data).toEqual(sorted(oldData()));
    confirm();
    expect(await pending).toMatchObject({ ok: true });
    expect((await storedAt(db.name)).data).toEqual(sorted(fileData()));
  });
});

describe('a completed import', () => {
  it('replace leaves exactly the file’s records', async () => {
    const db = await freshDb();
    opened.push(db);
    await seed(db, oldData());
    const session = new ImportSession(db, { appVersion: '0.1.0', chunkSize: 2 });
    await session.load(fileOf(fileData()));
    expect(await session.commit('replace', { now: T0 })).toMatchObject({ ok: true, written: 14 });
    expect((await storedAt(db.name)).data).toEqual(sorted(fileData()));
  });

  it('merge leaves the union, the newer copy winning', async () => {
    const db = await freshDb();
    opened.push(db);
    await seed(db, oldData());
    const session = new ImportSession(db, { appVersion: '0.1.0', chunkSize: 2 });
    await session.load(fileOf(fileData()));
    // 8 attempts added, 1 newer; the stored case and the second case stay as they are.
    expect(await session.commit('merge', { now: T0 })).toMatchObject({ ok: true, written: 9 });
    expect((await storedAt(db.name)).data).toEqual(sorted(unionData()));
    expect((await db.attempts.get(sampleAttempt(2).id))?.summary).toBe('edited after the backup');
  });

  it('another page reading during the import sees the old data or the new data, never a part', async () => {
    const db = await freshDb();
    opened.push(db);
    await seed(db, oldData());
    const other = new PaperTrailDb(db.name);
    opened.push(other);
    await other.open();
    const session = new ImportSession(db, { appVersion: '0.1.0', chunkSize: 2 });
    await session.load(fileOf(fileData()));
    const seen: Array<Promise<number>> = [];
    // A read started by another page after each chunk: it waits for the import's transaction.
    const onProgress = () => void seen.push(other.attempts.count());
    expect((await session.commit('replace', { now: T0, onProgress })).ok).toBe(true);
    expect(new Set(await Promise.all(seen))).toEqual(new Set([fileData().attempts.length]));
  });

  it('refuses a replace the preview did not offer, writing nothing', async () => {
    const db = await freshDb();
    opened.push(db);
    await seed(db, oldData());
    const session = new ImportSession(db, { appVersion: '0.1.0' });
    const leaning = {
      companies: [],
      cases: [],
      attempts: [sampleAttempt(40, { caseId: SECOND_CASE })],
      escalations: [],
      responses: [],
    };
    await session.load(fileOf(leaning));
    expect(await session.commit('replace', { now: T0 })).toMatchObject({ ok: false });
    expect(sorted(await readAllData(db))).toEqual(sorted(oldData()));
    for (const name of TABLES) expect(await db.table(name).count()).toBeGreaterThan(0);
  });
});
