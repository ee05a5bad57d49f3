import type { browser } from 'wxt/browser';
import { badgeText, runningCalls } from './calls';

export const CALL_BADGE_ALARM = 'pt-call-badge';
const RUNNING_COLOR = '#b3261e';

/** The extension APIs the badge needs; passed in so the logic stays testable and API-light. */
export interface BadgeApis {
  action: Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor'>;
  alarms: Pick<typeof browser.alarms, 'get' | 'create' | 'clear'>;
}

/**
 * Shows the running call's minutes on the toolbar button ("12m") and keeps a one-minute alarm
 * while a call runs; clears both when none runs. Reads the start time from the database, so it
 * is right even after the service worker was stopped and restarted.
 */
export async function syncCallBadge(apis: BadgeApis, now: number): Promise<string> {
  const text = badgeText(await runningCalls(now), now);
  await apis.action.setBadgeText({ text });
  if (text) {
    await apis.action.setBadgeBackgroundColor({ color: RUNNING_COLOR });
    // Creating an existing alarm again would restart its period: only create it once.
    if (!(await apis.alarms.get(CALL_BADGE_ALARM))) await apis.alarms.create(CALL_BADGE_ALARM, { periodInMinutes: 1 });
  } else {
    await apis.alarms.clear(CALL_BADGE_ALARM);
  }
  return text;
}

/** The badge APIs of this browser: `action` (MV3) or `browserAction` (Firefox MV2). */
export function badgeApis(b: typeof browser): BadgeApis {
  return { action: b.action ?? b.browserAction, alarms: b.alarms };
}
