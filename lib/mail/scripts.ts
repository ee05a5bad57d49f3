import type { OptionalScript } from '../optional-scripts/plan';
import { MAIL_CLIENT_IDS, mailOrigins, type MailClient } from './clients';

/** The mail script as registered for one client (entrypoints/mail, built as mail.js). */
export function mailScript(client: MailClient): OptionalScript {
  return { id: `mail-${client}`, matches: mailOrigins(client), js: ['mail.js'], runAt: 'document_idle' };
}

export const MAIL_SCRIPTS: readonly { client: MailClient; script: OptionalScript }[] = MAIL_CLIENT_IDS.map(
  (client) => ({ client, script: mailScript(client) }),
);
