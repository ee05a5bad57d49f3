import { browser } from 'wxt/browser';
import { OUTBOX_PREFIX, OutboxRecord, outboxKey } from './outbox-record';
import type { MessageOf } from '../handlers/types';

export type OutboxReport = MessageOf<'cs/attempt-detected'>;

/** The reports waiting in the outbox, parsed; records that do not parse are removed. */
export async function pendingReports(): Promise<OutboxReport[]> {
  const all = await browser.storage.local.get(null);
  const reports: OutboxReport[] = [];
  const broken: string[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(OUTBOX_PREFIX)) continue;
    const parsed = OutboxRecord.safeParse(value);
    if (parsed.success && outboxKey(parsed.data.id) === key) reports.push(parsed.data);
    else broken.push(key);
  }
  if (broken.length) await browser.storage.local.remove(broken);
  return reports.sort((a, b) => a.at - b.at);
}

export function removeReport(id: string): Promise<void> {
  return browser.storage.local.remove(outboxKey(id));
}

/** Whether a storage change added a report to the outbox. */
export function addsReport(changes: Record<string, { newValue?: unknown }>): boolean {
  return Object.entries(changes).some(([key, change]) => key.startsWith(OUTBOX_PREFIX) && change.newValue !== undefined);
}
