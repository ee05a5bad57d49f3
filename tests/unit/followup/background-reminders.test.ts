import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installReminders, NEXT_ALARM, rebuildReminders } from '../../../entrypoints/background/reminders';
import { cases } from '../../../lib/db/cases';
import { PaperTrailDb, setDbForTests } from '../../../lib/db/database';
import { responses } from '../../../lib/db/responses';
import { setReminderRunner } from '../../../lib/followup/scheduler';
import { DAY, HOUR } from '../../../lib/time-units';
import { remindersRebuild } from '../../../lib/handlers/reminders-rebuild';

const CASE_ID = '44444444-4444-4444-8444-444444444444';
const NOW = Date.UTC(2026, 5, 10, 12, 0);

let db: PaperTrailDb;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
  db = new PaperTrailDb(`bg-${crypto.randomUUID()}`);
  setDbForTests(db);
  await db.open();
  await cases.put({
    id: CASE_ID,
    companyId: 't-mobile',
    title: 'Refund',
    needsTitle: false,
    problem: '',
    ask: '',
    status: 'open',
    openedAt: NOW - 5 * DAY,
    lastActivityAt: NOW,
    createdAt: 0,
    updatedAt: 0,
  });
  const promise = (text: string, dueAt: number) =>
    responses.put({
      id: crypto.randomUUID(),
      caseId: CASE_ID,
      kind: 'promise',
      at: NOW - 2 * DAY,
      promise: { text, dueAt },
      promiseKept: undefined,
      source: 'manual',
      createdAt: 0,
      updatedAt: 0,
    });
  await promise('refund of $110', NOW - HOUR);
  await promise('engineer visit', NOW + 2 * DAY);
  installReminders();
});
afterEach(() => {
  setReminderRunner(undefined);
  setDbForTests(undefined);
  db.close();
  vi.useRealTimers();
});

async function notificationIds(): Promise<string[]> {
  return Object.keys(await fakeBrowser.notifications.getAll());
}

describe('background reminders', () => {
  it('notifies a due promise once, however often it is rebuilt, and arms the alarm for the next one', async () => {
    await rebuildReminders();
    await rebuildReminders();
    await remindersRebuild({ type: 'ui/reminders-rebuild' }, { origin: 'extension', now: NOW });
    const ids = await notificationIds();
    expect(ids).toHaveLength(1);
    expect(ids[0]).toContain(CASE_ID);
    expect(await db.firedReminders.count()).toBe(1);
    expect((await fakeBrowser.alarms.get(NEXT_ALARM))?.scheduledTime).toBe(NOW + 2 * DAY);
  });

  it('the alarm fires the next reminder when it comes due', async () => {
    await rebuildReminders();
    vi.setSystemTime(NOW + 2 * DAY + 1);
    await fakeBrowser.alarms.onAlarm.trigger({ name: NEXT_ALARM, scheduledTime: NOW + 2 * DAY });
    await vi.waitFor(async () => expect(await notificationIds()).toHaveLength(2));
    // Nothing next: with both promises overdue, "did they keep it?" was asked and "did they fix it?" is not.
    expect(await fakeBrowser.alarms.get(NEXT_ALARM)).toBeUndefined();
  });

  it('clicking a notification opens the case in a tab', async () => {
    await rebuildReminders();
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const [id] = await notificationIds();
    await fakeBrowser.notifications.onClicked.trigger(id ?? '');
    expect(create).toHaveBeenCalledWith({
      url: expect.stringMatching(new RegExp(`/popup\\.html#/case/${CASE_ID}$`)) as string,
    });
  });
});
