import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attempts, attemptsOfCase, attemptsOfCompanySince, attemptsUpdatedBetween } from '../../../lib/db/attempts';
import { cases, casesByActivity, latestOpenCaseOf } from '../../../lib/db/cases';
import { PaperTrailDb, setDbForTests } from '../../../lib/db/database';
import type { Attempt } from '../../../lib/model';
import { aCase, anAttempt } from './records';

let db: PaperTrailDb;
beforeEach(async () => {
  db = new PaperTrailDb(`repo-${crypto.randomUUID()}`);
  await db.open();
  setDbForTests(db);
});
afterEach(async () => {
  setDbForTests(undefined);
  db.close();
  await db.delete();
});

describe('validated writes', () => {
  it('refuses an invalid record and writes nothing', async () => {
    const c = aCase();
    const bad: Attempt[] = [
      { ...anAttempt(c.id), pageUrl: 'javascript:alert(1)' },
      { ...anAttempt(c.id), at: -1 },
      { ...anAttempt(c.id), endedAt: 1_000, at: 2_000 },
      { ...anAttempt(c.id), summary: 'x'.repeat(5_001) },
      { ...anAttempt(c.id), id: 'not-a-uuid' },
    ];
    for (const record of bad) await expect(attempts.put(record)).rejects.toThrow();
    // Unknown fields are refused too (strict schemas), not silently stored.
    await expect(cases.put({ ...aCase(), ...{ isAdmin: true } })).rejects.toThrow();
    expect(await db.attempts.count()).toBe(0);
    expect(await db.cases.count()).toBe(0);
  });

  it('refuses a whole batch when one record is bad', async () => {
    const c = aCase();
    await expect(
      attempts.bulkPut([anAttempt(c.id), { ...anAttempt(c.id), channel: 'fax' as Attempt['channel'] }]),
    ).rejects.toThrow();
    expect(await db.attempts.count()).toBe(0);
  });

  it('is idempotent by id: a repeated put replaces, never duplicates', async () => {
    const c = await cases.put(aCase());
    const a = anAttempt(c.id);
    await attempts.put(a);
    await attempts.put(a);
    await attempts.put({ ...a, agents: ['Dana'], updatedAt: 3_000 });
    expect(await db.attempts.count()).toBe(1);
    expect((await attempts.get(a.id))?.agents).toEqual(['Dana']);
  });
});

describe('queries', () => {
  it("lists a case's attempts in time order, and only that case's", async () => {
    const c = aCase();
    const other = aCase();
    await attempts.bulkPut([
      anAttempt(c.id, { at: 5_000 }),
      anAttempt(c.id, { at: 1_000 }),
      anAttempt(other.id, { at: 2_000 }),
      anAttempt(c.id, { at: 3_000 }),
    ]);
    expect((await attemptsOfCase(c.id)).map((a) => a.at)).toEqual([1_000, 3_000, 5_000]);
  });

  it("lists a company's attempts since a time, newest first", async () => {
    const c = aCase();
    await attempts.bulkPut([
      anAttempt(c.id, { at: 1_000 }),
      anAttempt(c.id, { at: 9_000 }),
      anAttempt(c.id, { at: 5_000 }),
      anAttempt(c.id, { at: 7_000, companyId: 'other' }),
    ]);
    expect((await attemptsOfCompanySince('acme', 4_000)).map((a) => a.at)).toEqual([9_000, 5_000]);
  });

  it('lists attempts changed within a window, bounds included', async () => {
    const c = aCase();
    await attempts.bulkPut([1_000, 5_000, 8_000, 9_000, 12_000].map((t) => anAttempt(c.id, { updatedAt: t })));
    expect((await attemptsUpdatedBetween(5_000, 9_000)).map((a) => a.updatedAt)).toEqual([5_000, 8_000, 9_000]);
  });

  it('orders cases of a status by latest activity, newest first, with a limit', async () => {
    await cases.bulkPut([
      aCase({ title: 'b', lastActivityAt: 2_000 }),
      aCase({ title: 'd', lastActivityAt: 4_000 }),
      aCase({ title: 'a', lastActivityAt: 1_000 }),
      aCase({ title: 'closed', lastActivityAt: 9_000, status: 'closed' }),
      aCase({ title: 'c', lastActivityAt: 3_000 }),
    ]);
    expect((await casesByActivity('open')).map((c) => c.title)).toEqual(['d', 'c', 'b', 'a']);
    expect((await casesByActivity('open', 2)).map((c) => c.title)).toEqual(['d', 'c']);
    expect((await casesByActivity('closed')).map((c) => c.title)).toEqual(['closed']);
  });

  it("finds the company's most recently active open case", async () => {
    await cases.bulkPut([
      aCase({ title: 'older', lastActivityAt: 2_000 }),
      aCase({ title: 'newer', lastActivityAt: 6_000 }),
      aCase({ title: 'resolved', lastActivityAt: 9_000, status: 'resolved' }),
      aCase({ title: 'other company', lastActivityAt: 9_500, companyId: 'other' }),
    ]);
    expect((await latestOpenCaseOf('acme'))?.title).toBe('newer');
    expect(await latestOpenCaseOf('nobody')).toBeUndefined();
  });
});
