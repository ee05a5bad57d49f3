import { browser } from 'wxt/browser';
import type { CsMessage, Reply } from '../../lib/messages/protocol';
import { extensionAlive } from '../contact/lifetime';
import { RETRY_PAUSES_MS } from '../contact/load-page-part';

/**
 * Sends a report to the background until it answers: a worker stopped while handling it gives no
 * answer, and the next message starts it again. Every report is safe to repeat (it keeps its id).
 */
export async function send(message: CsMessage): Promise<Reply | undefined> {
  for (const pause of RETRY_PAUSES_MS) {
    if (pause) await new Promise((resolve) => setTimeout(resolve, pause));
    try {
      const reply: unknown = await browser.runtime.sendMessage(message);
      if (reply && typeof reply === 'object' && 'ok' in reply) return reply as Reply;
    } catch {
      // Gone for good: the extension was reloaded or removed under the page.
      if (!extensionAlive()) return undefined;
    }
  }
  return undefined;
}

/** Writes a report to the mail outbox (lib/mail/outbox.ts) — not awaited: the page may be leaving. */
export function keep(key: string, message: CsMessage): void {
  void browser.storage.local.set({ [key]: message }).catch(() => undefined);
}
