import { browser } from 'wxt/browser';
import { OUTBOX_PREFIX, OutboxRecord, outboxKey } from './outbox-record';
import { addsUnder, pendingIn } from './storage-outbox';
import type { MessageOf } from '../handlers/types';

export type OutboxReport = MessageOf<'cs/attempt-detected'>;

/** The reports waiting in the outbox, oldest first; records that do not parse are removed. */
export function pendingReports(): Promise<OutboxReport[]> {
  return pendingIn<OutboxReport>(OUTBOX_PREFIX, OutboxRecord, (r) => r.at);
}

export function removeReport(id: string): Promise<void> {
  return browser.storage.local.remove(outboxKey(id));
}

/** Whether a storage change added a report to the outbox. */
export function addsReport(changes: Record<string, { newValue?: unknown }>): boolean {
  return addsUnder(OUTBOX_PREFIX, changes);
}
