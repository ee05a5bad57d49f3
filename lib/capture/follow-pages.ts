import { browser } from 'wxt/browser';
import { injectPagePart } from '../handlers/contact-signal';
import type { PageLoad } from './follow';

/**
 * Reads each page the follow lists named (see ./follow.ts): the page part is injected into the
 * tab if it still shows that page — a tab that moved on to another address meanwhile is not read.
 */
export async function readPages(loads: readonly PageLoad[]): Promise<void> {
  for (const load of loads) {
    try {
      const tab = await browser.tabs.get(load.tabId);
      if (tab.url === load.url) await injectPagePart(load.tabId, load.url);
    } catch {
      // The tab closed, or the page does not take scripts (an error page): nothing to read.
    }
  }
}
