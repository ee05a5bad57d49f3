import { browser } from 'wxt/browser';
import type { CsMessage } from '../../lib/messages/protocol';
import { createClient } from '../../lib/messages/client';
import { extensionAlive } from '../contact/lifetime';
import { RETRY_PAUSES_MS } from '../contact/load-page-part';

/**
 * The mail script's typed client (lib/messages/client.ts): sends a report until the background
 * answers — a worker stopped while handling it gives no answer, and the next message starts it
 * again. Every report is safe to repeat (it keeps its id).
 */
export const send = createClient((message) => browser.runtime.sendMessage(message), {
  pauses: RETRY_PAUSES_MS,
  alive: extensionAlive,
  noAnswer: 'no answer',
});

/** Writes a report to the mail outbox (lib/mail/outbox.ts) — not awaited: the page may be leaving. */
export function keep(key: string, message: CsMessage): void {
  void browser.storage.local.set({ [key]: message }).catch(() => undefined);
}
