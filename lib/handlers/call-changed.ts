import { browser } from 'wxt/browser';
import { badgeApis, syncCallBadge } from '../calls/badge';
import type { Handler } from './types';

/** A call timer started or stopped in the popup: update the badge and its alarm at once. */
export const callChanged: Handler<'ui/call-changed'> = async (_msg, ctx) => {
  const badge = await syncCallBadge(badgeApis(browser), ctx.now);
  return { badge };
};
