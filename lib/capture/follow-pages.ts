import { browser } from 'wxt/browser';
import type { BgReadPage } from '../messages/protocol';
import type { PageLoad } from './follow';

/**
 * Reads each page the follow lists named (see ./follow.ts): tells the contact gate of its tab
 * to load the page part. Only the gate of that very page listens (it asked, and it checks the
 * address): a tab that moved on to another page meanwhile is not read.
 */
export async function readPages(loads: readonly PageLoad[]): Promise<void> {
  for (const load of loads) {
    const message: BgReadPage = { type: 'bg/read-page', url: load.url };
    try {
      await browser.tabs.sendMessage(load.tabId, message, { frameId: 0 });
    } catch {
      // The tab closed, or its page no longer listens: nothing to read.
    }
  }
}
