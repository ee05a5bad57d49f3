import { browser } from 'wxt/browser';
import { addsReport } from '../../lib/capture/outbox';
import { drainOutbox } from '../../lib/handlers/attempt-detected';

/**
 * Reports the page part left in the outbox (lib/capture/outbox-record.ts) are stored when they
 * arrive — a storage change wakes a stopped worker — and at every start of the worker, which
 * retries whatever a stopped worker had not finished.
 */
export function installOutbox(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && addsReport(changes)) void drainOutbox().catch(() => undefined);
  });
  void drainOutbox().catch(() => undefined);
}
