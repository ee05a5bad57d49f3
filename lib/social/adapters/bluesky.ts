import type { SeenPost, SocialAdapter } from '../types';
import { profileOfUrl } from '../permalinks';
import { absolute, pathOf, textOf, timeOf } from '../text';
import { composersAndButtonsMatching } from './composer-selectors';

const COMPOSER = '[data-testid="composePostView"] [contenteditable="true"]';
const POST_BUTTON = '[data-testid="composerPublishBtn"]';
const ITEMS = '[data-testid^="postThreadItem-by-"], [data-testid^="feedItem-by-"]';

/** Bluesky mentions are domain-like handles (`@name.bsky.social`, `@delta.com`). */
export function blueskyMentions(text: string): string[] {
  const found = [...text.matchAll(/(?:^|[^\w@.])@([a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+)/gi)].map((m) =>
    (m[1] ?? '').replace(/\.$/, '').toLowerCase(),
  );
  return [...new Set(found.filter(Boolean))];
}

function readItem(item: Element, base: string): SeenPost | undefined {
  const author = (item.getAttribute('data-testid') ?? '').replace(/^(postThreadItem|feedItem)-by-/, '');
  const link = [...item.querySelectorAll('a[href*="/post/"]')].find((a) =>
    /\/profile\/[^/]+\/post\/[^/]+$/.test(a.getAttribute('href') ?? ''),
  );
  const url = absolute(link?.getAttribute('href'), base);
  if (!author || !url) return undefined;
  const textEl = item.querySelector('[data-testid="postText"]');
  const text = textOf(textEl);
  const linked = [...(textEl?.querySelectorAll('a[href^="/profile/"]') ?? [])].map(
    (a) => (a.getAttribute('href') ?? '').split('/')[2] ?? '',
  );
  return {
    author,
    url,
    at: timeOf(link?.querySelector('time') ? link : item),
    text,
    mentions: [...new Set([...linked.filter(Boolean), ...blueskyMentions(text)])],
  };
}

export const blueskyAdapter: SocialAdapter = {
  platform: 'bluesky',
  recognises: () => true,
  ...composersAndButtonsMatching(COMPOSER, POST_BUTTON),
  composerForButton: (button, doc) =>
    button.closest('[data-testid="composePostView"], [role="dialog"]')?.querySelector<HTMLElement>(COMPOSER) ??
    doc.querySelector<HTMLElement>(COMPOSER),
  signedInAs: (doc) =>
    /^\/profile\/([^/]+)$/.exec(doc.querySelector('a[data-testid="profileTab"]')?.getAttribute('href') ?? '')?.[1],
  publishesOnKey: (e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey),
  addressees: (text) => blueskyMentions(text),
  posts: (doc, base) => [...doc.querySelectorAll(ITEMS)].flatMap((i) => readItem(i, base) ?? []),
  threadRoot(doc, loc, seen) {
    const path = loc.pathname.replace(/\/+$/, '');
    if (!/\/post\/[^/]+$/.test(path)) return undefined;
    const posts = seen ?? this.posts(doc, loc.href);
    // The anchor post's link may name the author by DID or handle: compare the record key too.
    const key = path.split('/').pop();
    return posts.find((p) => pathOf(p.url) === path) ?? posts.find((p) => pathOf(p.url).endsWith(`/post/${key ?? ''}`));
  },
  profile(doc, loc) {
    const handle = profileOfUrl('bluesky', loc.href)?.toLowerCase();
    return handle
      ? { handle, name: textOf(doc.querySelector('[data-testid="profileHeaderDisplayName"]')) || undefined }
      : undefined;
  },
};
