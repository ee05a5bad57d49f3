import { mailClientOf, type MailClient } from '../mail/clients';
import { Refusal } from '../messages/refusal';
import { loadSettings } from '../settings/items';
import type { Settings } from '../settings/schema';
import { mailLoggingOn } from '../mail/settings';
import type { HandlerContext } from './types';

/**
 * A mail report must come from the client it names, on its own site, and that client must be
 * switched on: anywhere else (another site where the contact script runs) it can only be forged.
 */
export async function checkMailPage(client: MailClient, pageUrl: string, ctx: HandlerContext): Promise<Settings> {
  if (mailClientOf(ctx.url) !== client || mailClientOf(pageUrl) !== client) {
    throw new Refusal(`refused: a ${client} report from another site`);
  }
  const settings = await loadSettings();
  if (!mailLoggingOn(settings, client)) throw new Refusal(`not logged: logging emails from ${client} is switched off`);
  return settings;
}
