import { browser } from 'wxt/browser';
import { readPages } from '../../lib/capture/follow-pages';
import { noteLoad } from '../../lib/capture/follow-store';
import { siteOf } from '../../lib/logging/site';

/**
 * Every http(s) page a tab finishes loading is noted for the follow lists (lib/capture/follow.ts):
 * the page a tab loads right after an attempt was reported from the same site is read at once,
 * whatever it looks like — a form sent, then "Thanks — your ticket is #48213" on a page whose
 * address and title may say nothing. Noted whether the report or the load reached the worker first.
 */
export function installReportFollow(): void {
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // `tab.url` is there only where we hold host access: the http(s) pages the gate runs on.
    if (change.status !== 'complete' || !tab.url || !/^https?:/.test(tab.url)) return;
    const site = siteOf(tab.url);
    if (!site) return;
    const now = Date.now();
    void noteLoad({ tabId, url: tab.url, site, at: now }, now)
      .then(readPages)
      .catch(() => undefined);
  });
}
