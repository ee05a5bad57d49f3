import { hostOf, siteOf } from '../autolog/site';
import { Refusal } from '../messages/refusal';
import type { HandlerContext } from './types';

/** The page the message speaks for must be the page that sent it. */
export function pageOfSender(pageUrl: string, ctx: HandlerContext): { host: string; site: string } {
  const host = hostOf(pageUrl);
  const site = siteOf(pageUrl);
  if (!host || !site || ctx.url === undefined || hostOf(ctx.url) !== host) {
    throw new Refusal('refused: the page URL does not belong to the page that sent the message');
  }
  return { host, site };
}

/**
 * Is a stored page (an attempt's `pageUrl`) on the site of the page that sent the message? The
 * toast's Undo and "Change case" act on an attempt its own page reported; the same tab on
 * another site by then — or a frame of another site in it — must not act on it.
 */
export function senderIsOnSiteOf(pageUrl: string | undefined, ctx: HandlerContext): boolean {
  const site = pageUrl === undefined ? undefined : siteOf(pageUrl);
  return site !== undefined && ctx.url !== undefined && siteOf(ctx.url) === site;
}
