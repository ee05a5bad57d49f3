import { readPages } from '../capture/follow-pages';
import { noteLoad } from '../capture/follow-store';
import { siteOf } from '../autolog/site';
import { Refusal } from '../messages/refusal';
import type { Handler } from './types';

/**
 * A page that came from a contact page of its own site asks whether it follows a report from its
 * tab. Its load is noted in the follow lists (lib/capture/follow.ts) whatever the answer: when
 * the report was noted first, the answer is yes now; when the report comes later (from the
 * outbox, after the worker woke), the background tells the tab then (readPages).
 */
export const followCheck: Handler<'cs/follow-check'> = async (_msg, ctx) => {
  if (ctx.tabId === undefined || !ctx.url) throw new Refusal('refused: a follow check must come from a tab');
  const site = siteOf(ctx.url);
  if (!site) return { follows: false };
  const load = { tabId: ctx.tabId, url: ctx.url, site, at: ctx.now };
  const pages = await noteLoad(load, ctx.now);
  const here = pages.filter((p) => p.tabId === load.tabId && p.url === load.url && p.at === load.at);
  await readPages(pages.filter((p) => !here.includes(p)));
  return { follows: here.length > 0 };
};
