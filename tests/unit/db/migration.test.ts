import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { PaperTrailDb, SCHEMA_V1 } from '../../../lib/db/database';
import type { Attempt, Case } from '../../../lib/model';
import { aCase, anAttempt } from './records';

/** A v1 case: the same fields minus lastActivityAt, which v2 introduced. */
function v1Case(overrides: Partial<Case>): Omit<Case, 'lastActivityAt'> {
  const { lastActivityAt: _dropped, ...rest } = aCase(overrides);
  return rest;
}

describe('schema v1 → v2', () => {
  it('keeps every record and fills lastActivityAt from the newest attempt or the opening', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    const quiet = v1Case({ title: 'no attempts yet', openedAt: 50_000 });
    const busy = v1Case({ title: 'three attempts', openedAt: 10_000 });
    const early = v1Case({ title: 'attempt before opening', openedAt: 40_000, status: 'resolved' });
    const busyAttempts: Attempt[] = [
      anAttempt(busy.id, { at: 20_000 }),
      anAttempt(busy.id, { at: 90_000 }),
      anAttempt(busy.id, { at: 30_000, outcome: 'promised', promise: { text: 'refund', dueAt: 100_000 } }),
    ];
    const earlyAttempts: Attempt[] = [anAttempt(early.id, { at: 5_000 })];

    // A real v1 database, as the first release left it.
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    await v1.table('cases').bulkAdd([quiet, busy, early]);
    await v1.table('attempts').bulkAdd([...busyAttempts, ...earlyAttempts]);
    await v1.table('escalations').add({ id: crypto.randomUUID(), caseId: busy.id, createdAt: 1 });
    v1.close();

    const v2 = new PaperTrailDb(name);
    await v2.open();
    try {
      expect(v2.verno).toBe(4);
      // v4: the attachment tables exist, empty.
      expect(await v2.attachments.count()).toBe(0);
      expect(await v2.attachmentFiles.count()).toBe(0);
      // v3: the promise due-date index, built from the records already there.
      expect(await v2.attempts.where('promise.dueAt').below(200_000).count()).toBe(1);
      expect(await v2.cases.count()).toBe(3);
      expect(await v2.attempts.count()).toBe(4);
      expect(await v2.escalations.count()).toBe(1);
      expect((await v2.cases.get(quiet.id))?.lastActivityAt).toBe(50_000);
      expect((await v2.cases.get(busy.id))?.lastActivityAt).toBe(90_000);
      expect((await v2.cases.get(early.id))?.lastActivityAt).toBe(40_000);
      // Nothing else about the records changed.
      expect(await v2.cases.get(busy.id)).toEqual({ ...busy, lastActivityAt: 90_000 });
      expect(await v2.attempts.get(busyAttempts[1]?.id ?? '')).toEqual(busyAttempts[1]);

      // The new index answers the home list's query.
      const open = await v2.cases
        .where('[status+lastActivityAt]')
        .between(['open', Dexie.minKey], ['open', Dexie.maxKey])
        .reverse()
        .toArray();
      expect(open.map((c) => c.title)).toEqual(['three attempts', 'no attempts yet']);
      expect((await v2.cases.where('lastActivityAt').above(45_000).toArray()).map((c) => c.title).sort()).toEqual([
        'no attempts yet',
        'three attempts',
      ]);
    } finally {
      v2.close();
      await Dexie.delete(name);
    }
  });
});
