import { loadCase } from '../data/case-records';
import { getDb } from '../db/database';
import { getCompany } from '../companies';
import type { Settings } from '../settings/schema';
import type { CaseRecords } from './clocks';
import { planReminders, remindersFor, type Reminder } from './reminders';

/** One case's records, each read through its index (lib/data: the one way to load them). */
export function loadCaseRecords(caseId: string): Promise<CaseRecords | undefined> {
  return loadCase(caseId);
}

/** Every reminder of every open case. */
export async function allReminders(settings: Settings, now: number, timeZone: string): Promise<Reminder[]> {
  const open = await getDb().cases.where('status').equals('open').toArray();
  const lists = await Promise.all(
    open.map(async (c) => {
      const records = await loadCaseRecords(c.id);
      if (!records) return [];
      const company = await getCompany(c.companyId);
      return remindersFor(records, settings, now, timeZone, company?.name ?? c.companyId);
    }),
  );
  return lists.flat();
}

/**
 * Claims the reminders due now: marks them (and stale ones) fired in one transaction and returns
 * only those this call claimed, so two overlapping runs never notify twice.
 */
export async function claimDueReminders(
  all: readonly Reminder[],
  now: number,
): Promise<{ fire: Reminder[]; next?: Reminder }> {
  const db = getDb();
  return db.transaction('rw', db.firedReminders, async () => {
    const fired = new Set((await db.firedReminders.bulkGet(all.map((r) => r.id))).flatMap((f) => (f ? [f.id] : [])));
    const plan = planReminders(all, fired, now);
    await db.firedReminders.bulkPut(
      [...plan.fireNow, ...plan.stale].map((r) => ({ id: r.id, caseId: r.caseId, firedAt: now })),
    );
    return { fire: plan.fireNow, next: plan.next };
  });
}
