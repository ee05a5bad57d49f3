import { browser } from 'wxt/browser';
import { allReminders, claimDueReminders } from '../../lib/followup/reminder-store';
import { setReminderRunner } from '../../lib/followup/scheduler';
import { localTimeZone } from '../../lib/followup/zoned-time';
import { loadSettings } from '../../lib/settings/items';

/** One alarm wakes the worker for the next due reminder; each run fires what is due and re-arms. */
export const NEXT_ALARM = 'pt-reminders-next';
const NOTIFICATION_PREFIX = 'pt-reminder|';
// A small paper icon (PNG): notifications need a raster icon and the extension ships none.
const ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAIAAAD8GO2jAAAAN0lEQVR42mOQt4qnKWIYRhb8+vWVimjUglELaG4BeUl+NA5GLRhNRaMWjKaiUQtGhAWjjV8cCACPAzOHEFiYpgAAAABJRU5ErkJggg==';

let running: Promise<number> = Promise.resolve(0);

/** Rebuilds from the database: fires due reminders not fired yet, then arms the next alarm. */
async function runOnce(): Promise<number> {
  const now = Date.now();
  const all = await allReminders(await loadSettings(), now, localTimeZone());
  const { fire, next } = await claimDueReminders(all, now);
  for (const r of fire) {
    await browser.notifications.create(`${NOTIFICATION_PREFIX}${r.caseId}|${r.id}`, {
      type: 'basic',
      iconUrl: ICON,
      title: r.title,
      message: r.body,
    });
  }
  if (next) await browser.alarms.create(NEXT_ALARM, { when: Math.max(next.dueAt, Date.now() + 1_000) });
  else await browser.alarms.clear(NEXT_ALARM);
  return all.filter((r) => r.dueAt > now).length;
}

/** Runs are queued, never overlapping: the worker may receive an alarm and a rebuild at once. */
export function rebuildReminders(): Promise<number> {
  running = running.catch(() => 0).then(runOnce);
  return running;
}

function caseIdOfNotification(id: string): string | undefined {
  return id.startsWith(NOTIFICATION_PREFIX) ? id.slice(NOTIFICATION_PREFIX.length).split('|')[0] : undefined;
}

export function installReminders(): void {
  setReminderRunner(rebuildReminders);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === NEXT_ALARM) void rebuildReminders();
  });
  browser.runtime.onStartup.addListener(() => void rebuildReminders());
  browser.runtime.onInstalled.addListener(() => void rebuildReminders());
  browser.notifications.onClicked.addListener((id) => {
    const caseId = caseIdOfNotification(id);
    if (!caseId) return;
    void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html#/case/${encodeURIComponent(caseId)}`) });
    void browser.notifications.clear(id);
  });
}
