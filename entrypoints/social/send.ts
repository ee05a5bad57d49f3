import { browser } from 'wxt/browser';
import type { CsMessage, Reply } from '../../lib/messages/protocol';

/** Sends a report to the background; a stopped or reloading extension is not the page's problem. */
export async function send(msg: CsMessage): Promise<Reply | undefined> {
  try {
    const reply: unknown = await browser.runtime.sendMessage(msg);
    return reply && typeof reply === 'object' && 'ok' in reply ? (reply as Reply) : undefined;
  } catch {
    return undefined;
  }
}
