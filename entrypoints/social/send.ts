import { browser } from 'wxt/browser';
import { createClient } from '../../lib/messages/client';

/**
 * The social script's typed client (lib/messages/client.ts): one try — a stopped or reloading
 * extension is not the page's problem, and the reply says so (`ok: false`).
 */
export const send = createClient((message) => browser.runtime.sendMessage(message));
