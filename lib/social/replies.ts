import type { Platform } from '../model';
import { sameHandle, textSimilarity } from './handles';
import type { SeenPost, SocialAdapter } from './types';

/**
 * Replies on a thread page written by an account the root post addressed (the company the user
 * wrote to). The background decides whether that account and thread belong to one of the user's
 * escalations; this only narrows what is worth reporting.
 */
export function repliesToRoot(adapter: SocialAdapter, doc: Document, loc: Pick<Location, 'href' | 'pathname' | 'host'>): { root: SeenPost; replies: SeenPost[] } | undefined {
  const posts = adapter.posts(doc, loc.href);
  const root = adapter.threadRoot(doc, loc, posts);
  if (!root || root.mentions.length === 0) return undefined;
  const platform: Platform = adapter.platform;
  const replies = posts
    .filter((p) => p.url !== root.url && !sameHandle(platform, p.author, root.author, loc.host))
    .filter((p) => root.mentions.some((m) => sameHandle(platform, m, p.author, loc.host)));
  return { root, replies };
}

/** The permalink of a post that appeared after publishing, matched by its text. */
export function newPostUrl(posts: readonly SeenPost[], before: ReadonlySet<string>, text: string): string | undefined {
  return posts.find((p) => !before.has(p.url) && textSimilarity(p.text, text) >= 0.6)?.url;
}
