import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  checkExportReminder,
  EXPORT_ALARM,
  EXPORT_NOTIFICATION,
  installExportReminder,
} from '../../../entrypoints/background/export-reminder';
import { PaperTrailDb, setDbForTests } from '../../../lib/db/database';
import { EXPORT_REMINDER_INTERVAL, shouldRemindExport } from '../../../lib/exchange/export-reminder';
import { updateSettings } from '../../../lib/settings/items';
import { sampleData, seed } from './sample';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 22);

describe('shouldRemindExport', () => {
  it.each([
    ['no data', { now: NOW, hasHistory: false, firstSeenAt: NOW - 90 * DAY }, false],
    ['data for a week, never exported', { now: NOW, hasHistory: true, firstSeenAt: NOW - 7 * DAY }, false],
    ['data for a month, never exported', { now: NOW, hasHistory: true, firstSeenAt: NOW - 30 * DAY }, true],
    [
      'exported ten days ago',
      { now: NOW, hasHistory: true, lastExportAt: NOW - 10 * DAY, firstSeenAt: NOW - 90 * DAY },
      false,
    ],
    ['exported 31 days ago', { now: NOW, hasHistory: true, lastExportAt: NOW - 31 * DAY }, true],
    [
      'reminded five days ago',
      { now: NOW, hasHistory: true, lastExportAt: NOW - 60 * DAY, lastRemindedAt: NOW - 5 * DAY },
      false,
    ],
    [
      'reminded a month ago',
      { now: NOW, hasHistory: true, lastExportAt: NOW - 60 * DAY, lastRemindedAt: NOW - EXPORT_REMINDER_INTERVAL },
      true,
    ],
  ])('%s', (_name, input, expected) => expect(shouldRemindExport(input)).toBe(expected));
});

describe('export reminder in the background', () => {
  let db: PaperTrailDb;
  beforeEach(() => {
    db = new PaperTrailDb(`reminder-${crypto.randomUUID()}`);
    setDbForTests(db);
  });
  afterEach(() => {
    setDbForTests(undefined);
    db.close();
  });

  it('notifies once a month while there is data and no recent backup; exporting silences it', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue(EXPORT_NOTIFICATION);
    expect(await checkExportReminder(NOW)).toBe(false);
    await seed(db, sampleData(1));
    expect(await checkExportReminder(NOW)).toBe(false); // first sight of the data
    expect(await checkExportReminder(NOW + 31 * DAY)).toBe(true);
    expect(create).toHaveBeenCalledWith(
      EXPORT_NOTIFICATION,
      expect.objectContaining({ title: 'Time for a Paper Trail backup' }),
    );
    expect(await checkExportReminder(NOW + 32 * DAY)).toBe(false); // not daily
    await updateSettings({ lastExportAt: NOW + 60 * DAY });
    expect(await checkExportReminder(NOW + 70 * DAY)).toBe(false);
    expect(await checkExportReminder(NOW + 91 * DAY)).toBe(true);
    expect(create).toHaveBeenCalledTimes(2);
  });

  it('schedules a daily alarm, and a click on the reminder opens options.html#data', async () => {
    const open = vi
      .spyOn(fakeBrowser.tabs, 'create')
      .mockResolvedValue({} as Awaited<ReturnType<typeof fakeBrowser.tabs.create>>);
    vi.spyOn(fakeBrowser.notifications, 'clear').mockResolvedValue(true);
    installExportReminder();
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get(EXPORT_ALARM))?.periodInMinutes).toBe(24 * 60));
    await fakeBrowser.notifications.onClicked.trigger(EXPORT_NOTIFICATION);
    expect(open).toHaveBeenCalledWith({ url: expect.stringMatching(/\/options\.html#data$/) as string });
  });
});
