import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { followReport } from '../../../entrypoints/background/follow-report';
import { PAGE_PART_FILE } from '../../../lib/handlers/contact-signal';
import { rememberReport } from '../../../lib/logging/tab-report-store';
import { FOLLOW_REPORT_MS } from '../../../lib/logging/windows';
import { updateSettings } from '../../../lib/settings/items';

/** The page a tab loads right after it logged an attempt (often the confirmation) is read at once. */

const NOW = Date.UTC(2026, 10, 23, 9);
const THANKS = 'https://www.acme-widgets.com/?p=481';
let inject: ReturnType<typeof vi.fn>;
beforeEach(() => {
  fakeBrowser.reset();
  inject = vi.fn(() => Promise.resolve([]));
  // The fake browser has no scripting API: the injection is recorded here.
  Reflect.set(fakeBrowser, 'scripting', { executeScript: inject });
});
afterEach(() => {
  Reflect.deleteProperty(fakeBrowser, 'scripting');
});

const reported = (attemptId: string, tabId: number, at: number) => rememberReport({ attemptId, caseId: 'c1', tabId, at, openedCase: false }, at);

describe('followReport', () => {
  it('reads the next page of the tab that logged an attempt a moment ago, once per attempt', async () => {
    await reported('first', 7, NOW - 20_000);
    expect(await followReport(8, THANKS, NOW)).toBe(false);
    expect(await followReport(7, THANKS, NOW)).toBe(true);
    expect(inject).toHaveBeenCalledExactlyOnceWith({ target: { tabId: 7, frameIds: [0] }, files: [PAGE_PART_FILE] });
    expect(await followReport(7, 'https://www.acme-widgets.com/shop', NOW + 5_000)).toBe(false);
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('reads nothing once a few minutes have passed, or where logging is off', async () => {
    await reported('old', 7, NOW - FOLLOW_REPORT_MS - 1);
    expect(await followReport(7, THANKS, NOW)).toBe(false);
    await reported('fresh', 7, NOW - 1_000);
    await updateSettings({ neverOnSites: ['acme-widgets.com'] });
    expect(await followReport(7, THANKS, NOW)).toBe(false);
    expect(inject).not.toHaveBeenCalled();
  });
});
