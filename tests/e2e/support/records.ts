import { vi } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { extensionApi } from './harness';

/**
 * What the extension stored, read from one of its own pages (any extension page can: the
 * database and storage are the extension's). Read this way rather than through the service
 * worker, which a test may have stopped.
 */

export interface StoredAttempt {
  id: string;
  caseId: string;
  channel: string;
  contact?: string;
  subject?: string;
  reference?: string;
  pageUrl?: string;
  source: string;
  inProgress?: boolean;
}

/** Every record of one table of the extension's database ([] before it exists). */
export function storedRecords<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(async (name) => {
    const names = await indexedDB.databases();
    if (!names.some((d) => d.name === 'paper-trail')) return [];
    return new Promise<T[]>((resolve, reject) => {
      const open = indexedDB.open('paper-trail');
      open.onerror = () => reject(new Error(String(open.error)));
      open.onsuccess = () => {
        const conn = open.result;
        if (!conn.objectStoreNames.contains(name)) {
          conn.close();
          resolve([]);
          return;
        }
        const request = conn.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => {
          conn.close();
          resolve(request.result as T[]);
        };
        request.onerror = () => reject(new Error(String(request.error)));
      };
    });
  }, table);
}

export const storedAttempts = (page: Page): Promise<StoredAttempt[]> => storedRecords<StoredAttempt>(page, 'attempts');

/** The attempts logged from pages of one host. */
export async function attemptsFrom(page: Page, host: string): Promise<StoredAttempt[]> {
  return (await storedAttempts(page)).filter((a) => a.pageUrl !== undefined && new URL(a.pageUrl).hostname === host);
}

/** Reports still waiting in the outbox (stored by the background when it runs). */
export async function outbox(page: Page): Promise<string[]> {
  const api = await extensionApi(page);
  return page.evaluate(
    async (chrome) => Object.keys(await chrome.storage.local.get(null)).filter((key) => key.startsWith('outbox:')),
    api,
  );
}

/**
 * Opens `url` in a new tab and tells its id, found as the one tab id that the new page added: the
 * extension has no host permissions, so it cannot find a tab by its address. Open no other page
 * at the same time.
 */
export async function openTab(
  context: BrowserContext,
  extensionPage: Page,
  url: string,
): Promise<{ page: Page; tabId: number }> {
  const api = await extensionApi(extensionPage);
  const tabIds = () =>
    extensionPage.evaluate(async ([chrome]) => (await chrome.tabs.query({})).map((t) => t.id ?? -1), [api] as const);
  const before = new Set(await tabIds());
  const page = await context.newPage();
  const tabId = await vi.waitFor(
    async () => {
      const added = (await tabIds()).filter((id) => !before.has(id));
      if (added.length !== 1) throw new Error(`${added.length} new tabs, not one`);
      return added[0] ?? -1;
    },
    { timeout: 20_000, interval: 20 },
  );
  await page.goto(url, { waitUntil: 'load' });
  return { page, tabId };
}

/** The toolbar badge text of a tab ('●' on a page read and judged a contact or confirmation page). */
export async function badgeOf(page: Page, tabId: number): Promise<string> {
  const api = await extensionApi(page);
  return page.evaluate(([chrome, tab]) => chrome.action.getBadgeText({ tabId: tab }), [api, tabId] as const);
}
