import { browser } from 'wxt/browser';
import { injectPagePart } from '../../lib/handlers/contact-signal';
import { reportToFollow } from '../../lib/logging/tab-reports';
import { readReports } from '../../lib/logging/tab-report-store';

/** Reports a page was read for already (memory: after a worker restart, at worst one more read). */
const followed = new Set<string>();

/**
 * The page a tab loads right after it logged an attempt is read at once, whatever it looks like:
 * a form sent, then the site shows "Thanks — your ticket is #48213" on a page whose address and
 * title may say nothing (the gate would wait for the person to use it, or see no signal at all).
 * Returns whether the page part was injected.
 */
export async function followReport(tabId: number, url: string, now: number): Promise<boolean> {
  const report = reportToFollow(await readReports(now), tabId, now, followed);
  if (!report) return false;
  followed.add(report.attemptId);
  return injectPagePart(tabId, url);
}

export function installReportFollow(): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // `tab.url` is there only where we hold host access: the http(s) pages the gate runs on.
    if (change.status !== 'complete' || !tab.url || !/^https?:/.test(tab.url)) return;
    void followReport(tabId, tab.url, Date.now()).catch(() => undefined);
  });
}
