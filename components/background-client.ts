import { browser } from 'wxt/browser';
import { createClient } from '../lib/messages/client';

/**
 * The extension pages' typed client (popup, side panel, options, report): asks the background
 * and gets that message's reply, parsed with its response schema (lib/messages/client.ts). One
 * try; it never throws — a missing background is an `{ok:false}` reply.
 */
export const send = createClient((message) => browser.runtime.sendMessage(message));
