import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startMail } from './start';

/**
 * The mail script: in Gmail and Outlook on the web, notices a message the person sends to a
 * company's address and a company's message in a conversation they open, and reports both to the
 * background, which decides and writes. Plain TypeScript (no React, Dexie or zod).
 *
 * Not in the manifest: the background registers it (lib/optional-scripts) only for the mail
 * clients the person switched on in Options → Logging, once they granted that site.
 */
export default defineUnlistedScript(() => {
  startMail();
});
