/**
 * Where a mail report waits in extension storage until the background has handled it (see
 * ./outbox.ts). Apart from the schema so the mail script carries no zod.
 */
export const MAIL_OUTBOX_PREFIX = 'mail-outbox:';

export function mailOutboxKey(id: string): string {
  return `${MAIL_OUTBOX_PREFIX}${id}`;
}
