import { sameHandle } from '../../lib/social/handles';
import { answerOnPage, repliesToRoot } from '../../lib/social/replies';
import type { SocialAdapter } from '../../lib/social/types';
import type { PageLifetime } from '../contact/lifetime';
import type { OnAddressChange } from './address';
import { send } from './send';

const SCAN_DELAY_MS = 800;
const MAX_PER_PAGE = 20;

/**
 * On a thread page, reports replies written by the accounts the thread's first post addressed;
 * on a reply's own page (a company's answer opened at its address), that reply and the post it
 * answers. Threads load lazily and the sites navigate without reloading, so the page is re-scanned
 * after DOM changes settle and on every navigation; each reply is reported once per page view.
 */
export function watchReplies(lifetime: PageLifetime, adapter: SocialAdapter, onAddressChange: OnAddressChange): void {
  const reported = new Set<string>();
  let scheduled = false;

  const scan = () => {
    scheduled = false;
    const posts = adapter.posts(document, location.href);
    const me = adapter.signedInAs?.(document, location.host);
    const found = repliesToRoot(adapter, document, location, posts);
    // Only the person's own threads can hold answers to their posts: skip (and send nothing,
    // which is the costly part) on anyone else's thread when the page says who is signed in.
    const seen =
      found && (!me || sameHandle(adapter.platform, me, found.root.author, location.host))
        ? found.replies.map((post) => ({ post, to: found.root.url }))
        : [];
    const answer = answerOnPage(adapter, document, location, me, posts);
    if (answer) seen.push({ post: answer.reply, to: answer.parent.url });
    for (const { post, to } of seen) {
      if (reported.has(post.url) || reported.size >= MAX_PER_PAGE) continue;
      reported.add(post.url);
      void send({
        type: 'cs/social-reply-seen',
        platform: adapter.platform,
        by: post.author.slice(0, 200),
        url: post.url,
        inReplyToUrl: to,
        text: post.text.slice(0, 5_000) || undefined,
        at: post.at ?? Date.now(),
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
