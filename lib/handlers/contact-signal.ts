import { browser } from 'wxt/browser';
import { isNeverSite } from '../logging/site';
import { Refusal } from '../messages/refusal';
import { loadSettings } from '../settings/items';
import type { Handler } from './types';

/** The contact script's page part (entrypoints/contact-page.ts), as built. */
export const PAGE_PART_FILE = '/contact-page.js';

/**
 * The contact gate saw a signal on its page: inject the page part into that tab's top frame (the
 * gate runs only there), into the content scripts' isolated world. Injected by the background
 * rather than imported by the gate: a module import from a content script costs the page more
 * than a millisecond of loading machinery, and needs the file to be web-accessible.
 */
export const contactSignal: Handler<'cs/contact-signal'> = async (_msg, ctx) => {
  if (ctx.tabId === undefined || !ctx.url) throw new Refusal('refused: a contact signal must come from a tab');
  const settings = await loadSettings();
  if (!settings.autoLog || isNeverSite(ctx.url, settings.neverOnSites)) return { injected: false };
  await browser.scripting.executeScript({ target: { tabId: ctx.tabId, frameIds: [0] }, files: [PAGE_PART_FILE] });
  return { injected: true };
};
