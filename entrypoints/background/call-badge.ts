import { browser } from 'wxt/browser';
import { badgeApis, CALL_BADGE_ALARM, syncCallBadge } from '../../lib/calls/badge';

/** Refreshes the running-call badge now (also called by the ui/call-changed handler). */
export function refreshCallBadge(): Promise<string> {
  return syncCallBadge(badgeApis(browser), Date.now());
}

/** The toolbar badge shows a running call's minutes: every minute by alarm, and on every start. */
export function installCallBadge(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CALL_BADGE_ALARM) void refreshCallBadge().catch(() => undefined);
  });
  // The worker may have been stopped mid-call: the badge is rebuilt from the database on start.
  void refreshCallBadge().catch(() => undefined);
}
