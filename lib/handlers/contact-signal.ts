import { isNeverSite } from '../autolog/site';
import { Refusal } from '../messages/refusal';
import { loadSettings } from '../settings/items';
import type { Handler } from './types';

/** Whether the settings allow logging on the page at `url`: automatic logging on, not a never-site. */
export async function mayLogOn(url: string): Promise<boolean> {
  const settings = await loadSettings();
  return settings.autoLog && !isNeverSite(url, settings.neverOnSites);
}

/**
 * The contact gate wants the page part: the person started using a page with a contact signal,
 * opened a chat launcher, or the page is a confirmation page or follows a report (see
 * entrypoints/contact/gate.ts). The gate imports it itself when the answer is yes — no host
 * permission is needed to run it in the page.
 */
export const contactSignal: Handler<'cs/contact-signal'> = async (_msg, ctx) => {
  if (ctx.tabId === undefined || !ctx.url) throw new Refusal('refused: a contact signal must come from a tab');
  return { load: await mayLogOn(ctx.url) };
};
