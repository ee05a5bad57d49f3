import { sameHandle } from '../../lib/social/handles';
import { repliesToRoot } from '../../lib/social/replies';
import type { SocialAdapter } from '../../lib/social/types';
import type { PageLifetime } from '../contact/lifetime';
import type { OnAddressChange } from './address';
import { send } from './send';

const SCAN_DELAY_MS = 800;
const MAX_PER_PAGE = 20;

/**
 * On a thread page, reports replies written by the accounts the thread's first post addressed.
 * Threads load lazily and the sites navigate without reloading, so the page is re-scanned after
 * DOM changes settle and on every navigation; each reply is reported once per page view.
 */
export function watchReplies(lifetime: PageLifetime, adapter: SocialAdapter, onAddressChange: OnAddressChange): void {
  const reported = new Set<string>();
  let scheduled = false;

  const scan = () => {
    scheduled = false;
    const found = repliesToRoot(adapter, document, location);
    if (!found || found.replies.every((r) => reported.has(r.url))) return;
    // Only the person's own threads can hold answers to their posts: skip (and send nothing,
    // which is the costly part) on anyone else's thread when the page says who is signed in.
    const me = adapter.signedInAs?.(document, location.host);
    if (me && !sameHandle(adapter.platform, me, found.root.author, location.host)) return;
    for (const reply of found.replies) {
      if (reported.has(reply.url) || reported.size >= MAX_PER_PAGE) continue;
      reported.add(reply.url);
      void send({
        type: 'cs/social-reply-seen',
        platform: adapter.platform,
        by: reply.author.slice(0, 200),
        url: reply.url,
        inReplyToUrl: found.root.url,
        text: reply.text.slice(0, 5_000) || undefined,
        at: reply.at ?? Date.now(),
      });
    }
  };
  const schedule = () => {
    if (scheduled || lifetime.ended) return;
    scheduled = true;
    lifetime.setTimeout(scan, SCAN_DELAY_MS);
  };

  onAddressChange(() => {
    reported.clear();
    schedule();
  });
  const observer = new MutationObserver(schedule);
  observer.observe(document.body, { childList: true, subtree: true });
  lifetime.onEnded(() => observer.disconnect());
  schedule();
}
