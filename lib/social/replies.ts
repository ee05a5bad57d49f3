import type { Platform } from '../model';
import { sameHandle, textSimilarity } from './handles';
import type { SeenPost, SocialAdapter } from './types';

type Loc = Pick<Location, 'href' | 'pathname' | 'host'>;

/**
 * Replies on a thread page written by an account the root post addressed (the company the user
 * wrote to). The background decides whether that account and thread belong to one of the user's
 * escalations; this only narrows what is worth reporting.
 */
export function repliesToRoot(
  adapter: SocialAdapter,
  doc: Document,
  loc: Loc,
  posts = adapter.posts(doc, loc.href),
): { root: SeenPost; replies: SeenPost[] } | undefined {
  const root = adapter.threadRoot(doc, loc, posts);
  if (!root || root.mentions.length === 0) return undefined;
  const platform: Platform = adapter.platform;
  const replies = posts
    .filter((p) => p.url !== root.url && !sameHandle(platform, p.author, root.author, loc.host))
    .filter((p) => root.mentions.some((m) => sameHandle(platform, m, p.author, loc.host)));
  return { root, replies };
}

/**
 * A reply opened on its own page (the company's answer, at its own address): the focal post and
 * the post it answers — the nearest one shown above it by someone else, as X, Bluesky and
 * Mastodon show a reply's ancestors above it. With `me` (the signed-in person, when the page says)
 * that post must be theirs and the reply someone else's; without, one of the two must name the
 * other ("Replying to @…", a mention). The background decides whether the reply is a company's
 * and the post one of the person's.
 */
export function answerOnPage(
  adapter: SocialAdapter,
  doc: Document,
  loc: Loc,
  me?: string,
  posts = adapter.posts(doc, loc.href),
): { reply: SeenPost; parent: SeenPost } | undefined {
  const reply = adapter.threadRoot(doc, loc, posts);
  if (!reply) return undefined;
  const same = (a: string, b: string) => sameHandle(adapter.platform, a, b, loc.host);
  const parent = posts
    .slice(0, posts.indexOf(reply))
    .reverse()
    .find((p) => !same(p.author, reply.author));
  if (!parent) return undefined;
  const answers = me
    ? same(parent.author, me) && !same(reply.author, me)
    : reply.mentions.some((m) => same(m, parent.author)) || parent.mentions.some((m) => same(m, reply.author));
  return answers ? { reply, parent } : undefined;
}

/** The permalink of a post that appeared after publishing, matched by its text. */
export function newPostUrl(posts: readonly SeenPost[], before: ReadonlySet<string>, text: string): string | undefined {
  return posts.find((p) => !before.has(p.url) && textSimilarity(p.text, text) >= 0.6)?.url;
}
