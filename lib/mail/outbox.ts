import { browser } from 'wxt/browser';
import { z } from 'zod';
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

/** The reports waiting, oldest first; records that do not parse are removed. */
export async function pendingMailReports(): Promise<MailReport[]> {
  const all = await browser.storage.local.get(null);
  const reports: { report: MailReport; at: number }[] = [];
  const broken: string[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(MAIL_OUTBOX_PREFIX)) continue;
    const parsed = MailReport.safeParse(value);
    if (parsed.success && mailOutboxKey(parsed.data.id) === key) {
      reports.push({ report: parsed.data, at: parsed.data.type === 'cs/mail-sent' ? parsed.data.at : 0 });
    } else broken.push(key);
  }
  if (broken.length) await browser.storage.local.remove(broken);
  return reports.sort((a, b) => a.at - b.at).map((r) => r.report);
}

export function removeMailReport(id: string): Promise<void> {
  return browser.storage.local.remove(mailOutboxKey(id));
}

/** Whether a storage change added a mail report. */
export function addsMailReport(changes: Record<string, { newValue?: unknown }>): boolean {
  return Object.entries(changes).some(([key, change]) => key.startsWith(MAIL_OUTBOX_PREFIX) && change.newValue !== undefined);
}
