import { defineContentScript } from 'wxt/utils/define-content-script';
import { adapterFor } from '../../lib/social/pick';
import { offerDraftButton } from './draft-button';
import { watchPublishing } from './publish';
import { watchReplies } from './replies';

/**
 * The social-network script: records posts the person publishes to a company's handle, the
 * company's public replies on their threads, and offers to insert a Paper Trail draft. Plain
 * TypeScript (no React, Dexie or zod); everything is validated and written by the background.
 * Other Mastodon servers need host access granted by the person (see README).
 */
export default defineContentScript({
  matches: [
    'https://x.com/*',
    'https://twitter.com/*',
    'https://mobile.twitter.com/*',
    'https://bsky.app/*',
    'https://mastodon.social/*',
    'https://www.threads.com/*',
    'https://www.threads.net/*',
    'https://www.linkedin.com/*',
    'https://www.facebook.com/*',
  ],
  runAt: 'document_idle',
  main(ctx) {
    if (window.top !== window) return;
    const adapter = adapterFor(location.host, document);
    if (!adapter) return;
    watchPublishing(ctx, adapter);
    watchReplies(ctx, adapter);
    offerDraftButton(ctx, adapter);
  },
});
