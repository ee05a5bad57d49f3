import { browser } from 'wxt/browser';
import { z } from 'zod';
import { addsUnder, pendingIn } from '../capture/storage-outbox';
import { CsMailSeen, CsMailSent } from '../messages/protocol';
import { MAIL_OUTBOX_PREFIX, mailOutboxKey } from './outbox-key';

/**
 * The mail outbox: the mail script writes each report to extension storage before it sends it as
 * a message. The write needs no running service worker and is done before the page can navigate
 * (a reply's Send that closes the conversation), so the report survives both; the background
 * handles it from there (by its id, so a repeat is harmless) and removes it. Only this
 * extension's scripts can write its storage; each record is parsed as strictly as the message.
 */
export const MailReport = z.discriminatedUnion('type', [CsMailSent, CsMailSeen]);
export type MailReport = z.infer<typeof MailReport>;

/** The reports waiting, oldest first (a conversation seen has no time: first); records that do not parse are removed. */
export function pendingMailReports(): Promise<MailReport[]> {
  return pendingIn<MailReport>(MAIL_OUTBOX_PREFIX, MailReport, (r) => (r.type === 'cs/mail-sent' ? r.at : 0));
}

export function removeMailReport(id: string): Promise<void> {
  return browser.storage.local.remove(mailOutboxKey(id));
}

/** Whether a storage change added a mail report. */
export function addsMailReport(changes: Record<string, { newValue?: unknown }>): boolean {
  return addsUnder(MAIL_OUTBOX_PREFIX, changes);
}
