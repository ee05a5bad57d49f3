import { hostOf, siteOf } from '../logging/site';
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
