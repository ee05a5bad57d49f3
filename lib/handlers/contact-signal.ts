import { browser } from 'wxt/browser';
import { isNeverSite } from '../logging/site';
import { Refusal } from '../messages/refusal';
import { loadSettings } from '../settings/items';
import type { Handler } from './types';

/** The contact script's page part (entrypoints/contact-page.ts), as built. */
export const PAGE_PART_FILE = '/contact-page.js';

/**
 * Injects the page part into a tab's top frame (the gate runs only there), into the content
 * scripts' isolated world — if the settings allow logging on its page. Injected by the background
 * rather than imported by the gate: a module import from a content script costs the page more
 * than a millisecond of loading machinery, and needs the file to be web-accessible.
 */
export async function injectPagePart(tabId: number, url: string): Promise<boolean> {
  const settings = await loadSettings();
  if (!settings.autoLog || isNeverSite(url, settings.neverOnSites)) return false;
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [PAGE_PART_FILE] });
  return true;
}

/**
 * The contact gate wants the page part: the person started using a page with a contact signal,
 * opened a chat launcher, or the page is a confirmation page (see entrypoints/contact/index.ts).
 */
export const contactSignal: Handler<'cs/contact-signal'> = async (_msg, ctx) => {
  if (ctx.tabId === undefined || !ctx.url) throw new Refusal('refused: a contact signal must come from a tab');
  return { injected: await injectPagePart(ctx.tabId, ctx.url) };
};
