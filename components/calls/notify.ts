import { browser } from 'wxt/browser';

/** Tells the background a call started or ended, so the badge and its alarm follow at once. */
export async function notifyCallChanged(): Promise<void> {
  try {
    await browser.runtime.sendMessage({ type: 'ui/call-changed' });
  } catch {
    // The badge also refreshes on its own alarm; a missing background must not break logging.
  }
}
