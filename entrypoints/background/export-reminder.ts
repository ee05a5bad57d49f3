import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { getDb } from '../../lib/db/database';
import { hasHistory } from '../../lib/exchange/erase';
import { shouldRemindExport } from '../../lib/exchange/export-reminder';
import { t } from '../../lib/i18n';
import { loadSettings } from '../../lib/settings/items';

/** Once a day the worker wakes to check whether a backup reminder is due (logic: lib/exchange). */
export const EXPORT_ALARM = 'pt-export-reminder';
export const EXPORT_NOTIFICATION = 'pt-export-reminder';
const ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAIAAAD8GO2jAAAAN0lEQVR42mOQt4qnKWIYRhb8+vWVimjUglELaG4BeUl+NA5GLRhNRaMWjKaiUQtGhAWjjV8cCACPAzOHEFiYpgAAAABJRU5ErkJggg==';

const ReminderState = z.strictObject({
  firstSeenAt: z.number().int().nonnegative().optional(),
  lastRemindedAt: z.number().int().nonnegative().optional(),
});
type ReminderState = z.infer<typeof ReminderState>;

const stateItem = storage.defineItem<ReminderState>('local:exportReminder', { fallback: {} });

async function readState(): Promise<ReminderState> {
  const parsed = ReminderState.safeParse(await stateItem.getValue());
  return parsed.success ? parsed.data : {};
}

/** Decides and, when due, shows the reminder. Returns whether it did. */
export async function checkExportReminder(now: number = Date.now()): Promise<boolean> {
  const [settings, history, state] = await Promise.all([loadSettings(), hasHistory(getDb()), readState()]);
  const firstSeenAt = history ? (state.firstSeenAt ?? now) : undefined;
  const due = shouldRemindExport({
    now,
    hasHistory: history,
    ...(settings.lastExportAt === undefined ? {} : { lastExportAt: settings.lastExportAt }),
    ...(state.lastRemindedAt === undefined ? {} : { lastRemindedAt: state.lastRemindedAt }),
    ...(firstSeenAt === undefined ? {} : { firstSeenAt }),
  });
  if (due) {
    await browser.notifications.create(EXPORT_NOTIFICATION, {
      type: 'basic',
      iconUrl: ICON,
      title: t('exchange.reminder.title'),
      message: t('exchange.reminder.message'),
    });
  }
  await stateItem.setValue({
    ...(firstSeenAt === undefined ? {} : { firstSeenAt }),
    ...(due
      ? { lastRemindedAt: now }
      : state.lastRemindedAt === undefined
        ? {}
        : { lastRemindedAt: state.lastRemindedAt }),
  });
  return due;
}

export function installExportReminder(): void {
  void browser.alarms.get(EXPORT_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(EXPORT_ALARM, { delayInMinutes: 5, periodInMinutes: 24 * 60 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === EXPORT_ALARM) void checkExportReminder();
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id !== EXPORT_NOTIFICATION) return;
    void browser.tabs.create({ url: browser.runtime.getURL('/options.html#data') });
    void browser.notifications.clear(id);
  });
}
