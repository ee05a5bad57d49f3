import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startSocial } from './start';

/**
 * The social-network script: records posts the person publishes to a company's handle, the
 * company's public replies on their threads, and offers to insert a Paper Trail draft. Plain
 * TypeScript (no React, Dexie or zod); everything is validated and written by the background.
 *
 * Declared in manifest.config.ts for the networks' pages (lib/social/hosts.ts, at document idle)
 * rather than as a WXT content script: WXT wraps every content script in a context that, on
 * start, posts a window message carrying the extension's id to the page and obeys a page-sent
 * event that stops the script (see start.ts). On the person's other Mastodon servers the
 * background registers it once they allow each one (entrypoints/background/mastodon-servers.ts).
 */
export default defineUnlistedScript(() => {
  startSocial();
});
