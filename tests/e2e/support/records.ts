import type { Page } from 'playwright-core';
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
  return page.evaluate(async (chrome) => Object.keys(await chrome.storage.local.get(null)).filter((key) => key.startsWith('outbox:')), api);
}

/** The toolbar badge of the tab showing `url`: '●' once its page was read and judged a contact page. */
export async function badgeOf(page: Page, url: string): Promise<string> {
  const api = await extensionApi(page);
  return page.evaluate(
    async ([chrome, address]) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === address);
      return tab?.id === undefined ? '' : chrome.action.getBadgeText({ tabId: tab.id });
    },
    [api, url] as const,
  );
}
