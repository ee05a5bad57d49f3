import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PaperTrailDb } from '../../../lib/db/database';
import { buildBackup, serializeBackup, type BackupData } from '../../../lib/exchange/backup';
import { parseBackupText } from '../../../lib/exchange/parse';
import { readAllData } from '../../../lib/exchange/read';
import { ImportSession, type ImportProgress } from '../../../lib/exchange/session';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { CASE_ID, freshDb, sampleAttempt, sampleCase, sampleData, seed, tableCounts, textSource, T0 } from './sample';

const fileOf = (data: BackupData, scope: 'all' | 'case' = 'all') =>
  textSource(
    serializeBackup(
      buildBackup({ data, scope, appVersion: '0.1.0', now: T0, settings: { ...DEFAULT_SETTINGS, autoLog: false } }),
    ),
  );

describe('ImportSession', () => {
  let db: PaperTrailDb;
  let session: ImportSession;
  beforeEach(async () => {
    db = await freshDb();
    session = new ImportSession(db, { appVersion: '0.1.0', chunkSize: 2 });
  });
  afterEach(() => db.close());

  it('previews new, identical and conflicting records before writing anything', async () => {
    const stored = sampleData(4);
    await seed(db, stored);
    const incoming = sampleData(6);
    incoming.attempts[0] = { ...incoming.attempts[0]!, summary: 'edited later', updatedAt: T0 + 100 * 3_600_000 };
    incoming.attempts[1] = { ...incoming.attempts[1]!, summary: 'edited earlier', updatedAt: 0 };
    const loaded = await session.load(fileOf(incoming));
    expect(loaded.ok && loaded.preview.merge.attempts).toEqual({
      added: 2,
      identical: 2,
      incomingNewer: 1,
      storedNewer: 1,
    });
    expect(loaded.ok && loaded.preview.merge.cases).toEqual({
      added: 0,
      identical: 1,
      incomingNewer: 0,
      storedNewer: 0,
    });
    expect(await tableCounts(db)).toMatchObject({ attempts: 4 });
  });

  it('merges by id: the newer updatedAt wins, a tie keeps the stored copy, settings are not returned', async () => {
    await seed(db, sampleData(3));
    const incoming = sampleData(3);
    incoming.attempts[0] = {
      ...incoming.attempts[0]!,
      summary: 'newer',
      updatedAt: incoming.attempts[0]!.updatedAt + 1,
    };
    incoming.attempts[1] = { ...incoming.attempts[1]!, summary: 'same time, different text' };
    await session.load(fileOf(incoming));
    const result = await session.commit('merge', { now: T0 });
    expect(result).toEqual({ ok: true, written: 1 });
    expect((await db.attempts.get(incoming.attempts[0]?.id ?? ''))?.summary).toBe('newer');
    expect((await db.attempts.get(incoming.attempts[1]?.id ?? ''))?.summary).toBe('Asked for the refund.');
  });

  it('moves a stored case’s lastActivityAt up to the newest imported event', async () => {
    await seed(db, sampleData(1));
    const late = sampleAttempt(500);
    await session.load(fileOf({ companies: [], cases: [], attempts: [late], escalations: [], responses: [] }));
    expect((await session.commit('merge', { now: T0 })).ok).toBe(true);
    expect((await db.cases.get(CASE_ID))?.lastActivityAt).toBe(late.at);
  });

  it('replaces everything after handing over a safety backup of what was stored', async () => {
    await seed(db, sampleData(5));
    const before = await readAllData(db);
    const replacement = sampleData(2);
    let safety: Blob = new Blob();
    await session.load(fileOf(replacement));
    const result = await session.commit('replace', {
      now: T0,
      onSafetyBackup: (file) => void (safety = file),
      currentSettings: DEFAULT_SETTINGS,
    });
    expect(result.ok && result.settings?.autoLog).toBe(false);
    expect(await tableCounts(db)).toEqual({ companies: 1, cases: 1, attempts: 2, escalations: 1, responses: 1 });
    expect(safety.type).toBe('application/json');
    const saved = parseBackupText(await safety.text(), '0.1.0');
    expect(saved.ok && saved.backup.data).toEqual({ ...before, attachments: [] });
    expect(saved.ok && saved.backup.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('leaves the stored data untouched when a write fails midway through a replace', async () => {
    await seed(db, sampleData(5));
    const before = await readAllData(db);
    const incoming = sampleData(9);
    const poisoned = incoming.attempts[7]!.id;
    // Simulates a write failing in the fourth chunk (quota, crash of the disk…).
    db.attempts.hook('creating', (key) => {
      if (key === poisoned) throw new Error('disk full');
    });
    const progress: ImportProgress[] = [];
    await session.load(fileOf(incoming));
    const result = await session.commit('replace', { now: T0, onProgress: (p) => progress.push(p) });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('disk full') as unknown });
    // Three chunks had been written inside the transaction; none of them survived its abort.
    expect(progress.at(-1)?.done).toBeGreaterThan(0);
    expect(await readAllData(db)).toEqual(before);
  });

  it('a merge whose write fails midway adds and overwrites nothing', async () => {
    await seed(db, sampleData(3));
    const before = await readAllData(db);
    const incoming = sampleData(8);
    incoming.attempts[0] = { ...incoming.attempts[0]!, summary: 'newer', updatedAt: T0 + 999 * 3_600_000 };
    const poisoned = incoming.attempts[6]!.id;
    db.attempts.hook('creating', (key) => {
      if (key === poisoned) throw new Error('disk full');
    });
    await session.load(fileOf(incoming));
    const result = await session.commit('merge', { now: T0 });
    expect(result).toMatchObject({ ok: false });
    expect(await readAllData(db)).toEqual(before);
  });

  it('reports progress chunk by chunk up to the total', async () => {
    const progress: ImportProgress[] = [];
    await session.load(fileOf(sampleData(5)));
    await session.commit('merge', { now: T0, onProgress: (p) => progress.push(p) });
    expect(progress.at(-1)).toEqual({ done: 9, total: 9 });
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
    expect(progress.length).toBeGreaterThan(5);
  });

  it('does not offer replace for a one-case file, nor for a file leaning on stored cases', async () => {
    await seed(db, sampleData(1));
    const oneCase = await session.load(fileOf(sampleData(2), 'case'));
    expect(oneCase.ok && oneCase.preview.replaceBlocked).toBe('partial');
    expect(await session.commit('replace', { now: T0 })).toMatchObject({ ok: false });
    const leaning = await session.load(
      fileOf({ companies: [], cases: [], attempts: [sampleAttempt(40)], escalations: [], responses: [] }),
    );
    expect(leaning.ok && leaning.preview.replaceBlocked).toBe('references');
  });

  it('migrates a version-0 file (one agent string) forward', async () => {
    const { agents: _agents, ...attempt } = sampleAttempt(0);
    const { agents: _none, ...silent } = sampleAttempt(1);
    const v0 = {
      format: 'paper-trail-backup',
      version: 0,
      exportedAt: T0,
      data: {
        cases: [sampleCase()],
        attempts: [{ ...attempt, agent: ' Dana ' }, silent],
        escalations: [],
        responses: [],
      },
    };
    const loaded = await session.load(textSource(JSON.stringify(v0)));
    expect(loaded.ok && loaded.preview.migratedFrom).toBe(0);
    await session.commit('merge', { now: T0 });
    expect((await db.attempts.get(attempt.id))?.agents).toEqual(['Dana']);
    expect((await db.attempts.get(silent.id))?.agents).toEqual([]);
  });
});
