import type { SeenPost, SocialAdapter } from '../types';
import { profileOfUrl, xStatusId } from '../permalinks';
import { absolute, atMentions, pathOf, textOf, timeOf } from '../text';
import { composersAndButtonsMatching, nearestComposer } from './composer-selectors';

const COMPOSER =
  '[data-testid^="tweetTextarea_"][contenteditable="true"], [data-testid^="tweetTextarea_"] [contenteditable="true"]';
const POST_BUTTON = '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]';
const RESERVED = new Set(['home', 'explore', 'notifications', 'messages', 'i', 'settings', 'compose', 'search']);

function authorOf(article: Element): string | undefined {
  for (const a of article.querySelectorAll('[data-testid="User-Name"] a[href^="/"]')) {
    const seg = (a.getAttribute('href') ?? '').split('/')[1];
    if (seg && !RESERVED.has(seg.toLowerCase())) return seg;
  }
  return undefined;
}

function readArticle(article: Element, base: string): SeenPost | undefined {
  const author = authorOf(article);
  // The permalink is the link that wraps the post's time.
  const links = [...article.querySelectorAll('a[href*="/status/"]')];
  const link = links.find((a) => a.querySelector('time') !== null) ?? links[0];
  const url = absolute(link?.getAttribute('href')?.replace(/\/(analytics|photo\/\d+)$/, ''), base);
  if (!author || !url) return undefined;
  const text = textOf(article.querySelector('[data-testid="tweetText"]'));
  return {
    author,
    url,
    at: timeOf(link ?? article),
    text,
    mentions: [...new Set([...atMentions(text), ...replyingTo(article)])],
  };
}

/**
 * The accounts a reply's "Replying to @…" line names (X leaves them out of the text): links to a
 * profile reading "@handle", outside the author's name and the text (a quoted post has its own).
 */
function replyingTo(article: Element): string[] {
  return [...article.querySelectorAll('a[href^="/"]')].flatMap((a) => {
    const m = /^@([A-Za-z0-9_]{1,15})$/.exec(textOf(a));
    return m?.[1] && !a.closest('[data-testid="User-Name"], [data-testid="tweetText"]') ? [m[1]] : [];
  });
}

/** The post id a reply intent answers (x.com/intent/tweet or /intent/post?in_reply_to=<id>). */
function intentReplyId(loc: Pick<Location, 'href' | 'pathname'>): string | undefined {
  if (!/^\/intent\/(?:tweet|post)\/?$/u.test(loc.pathname)) return undefined;
  try {
    const id = new URL(loc.href).searchParams.get('in_reply_to') ?? '';
    return /^\d{1,25}$/u.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

export const xAdapter: SocialAdapter = {
  platform: 'x',
  recognises: () => true,
  ...composersAndButtonsMatching(COMPOSER, POST_BUTTON),
  composerForButton: nearestComposer(COMPOSER),
  signedInAs: (doc) =>
    doc.querySelector('a[data-testid="AppTabBar_Profile_Link"]')?.getAttribute('href')?.split('/')[1] || undefined,
  publishesOnKey: (e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey),
  addressees: (text) => atMentions(text),
  posts: (doc, base) =>
    [...doc.querySelectorAll('article[data-testid="tweet"]')].flatMap((a) => readArticle(a, base) ?? []),
  replyTarget(doc, loc) {
    const id = intentReplyId(loc);
    if (id) return `https://x.com/i/status/${id}`;
    return this.threadRoot(doc, loc)?.url;
  },
  threadRoot(doc, loc, posts) {
    // The reply intent (x.com/intent/post?in_reply_to=<id>) shows the post it answers.
    const id = intentReplyId(loc);
    if (id) return (posts ?? this.posts(doc, loc.href)).find((p) => xStatusId(p.url) === id);
    const path = loc.pathname.replace(/\/+$/, '');
    if (!/\/status\/\d+$/.test(path)) return undefined;
    return (posts ?? this.posts(doc, loc.href)).find((p) => pathOf(p.url).toLowerCase() === path.toLowerCase());
  },
  profile(doc, loc) {
    const handle = profileOfUrl('x', loc.href);
    if (!handle || RESERVED.has(handle.toLowerCase())) return undefined;
    // The header must be this account's (moving between profiles, the last one's may linger).
    const header = textOf(doc.querySelector('[data-testid="UserName"]'));
    const at = header.toLowerCase().lastIndexOf(`@${handle.toLowerCase()}`);
    const end = at + 1 + handle.length;
    if (at < 0 || /\w/.test(header.charAt(end))) return undefined;
    return { handle: header.slice(at + 1, end), name: header.slice(0, at).trim() || undefined };
  },
};
