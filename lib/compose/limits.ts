import type { Platform } from '../model';

/**
 * How a network measures a post: X by twitter-text's weighted length; Bluesky by
 * grapheme clusters after bsky.app shortens links; Mastodon by grapheme clusters with links as 23
 * and `@user@server` as `@user`; the rest by code points.
 */
export type Counting = 'twitter' | 'bluesky' | 'mastodon' | 'codepoints';

export interface PlatformRules {
  limit: number;
  counting: Counting;
  /** A cap on the stored text in UTF-8 bytes, on top of `limit` (Bluesky's post record). */
  maxBytes?: number;
  /** Threads refuses a post with more links than this. */
  maxLinks?: number;
  /** Short networks get the compact draft; long ones the fuller one. */
  size: 'compact' | 'full';
  /** A network where a long draft becomes a numbered thread of posts. */
  threads: boolean;
}

export const DEFAULT_MASTODON_LIMIT = 500;
/** Reddit: a post has a title (300) and a body (40,000). */
export const REDDIT_TITLE_LIMIT = 300;
export const REDDIT_BODY_LIMIT = 40_000;
/**
 * The app.bsky.feed.post lexicon caps `text` at 300 graphemes and 3,000 bytes (lexicon string
 * `maxLength` is UTF-8 bytes), so 121 family emoji are refused although they are only 121 graphemes.
 */
export const BLUESKY_BYTE_LIMIT = 3_000;

const RULES: Record<Platform, PlatformRules> = {
  x: { limit: 280, counting: 'twitter', size: 'compact', threads: true },
  bluesky: { limit: 300, counting: 'bluesky', maxBytes: BLUESKY_BYTE_LIMIT, size: 'compact', threads: true },
  mastodon: { limit: DEFAULT_MASTODON_LIMIT, counting: 'mastodon', size: 'compact', threads: true },
  threads: { limit: 500, counting: 'codepoints', maxLinks: 5, size: 'compact', threads: true },
  instagram: { limit: 2_200, counting: 'codepoints', size: 'compact', threads: false },
  linkedin: { limit: 3_000, counting: 'codepoints', size: 'full', threads: false },
  facebook: { limit: 63_206, counting: 'codepoints', size: 'full', threads: false },
  reddit: { limit: REDDIT_BODY_LIMIT, counting: 'codepoints', size: 'full', threads: false },
};

export interface CountOptions {
  /** The user's Mastodon server limit (settings `mastodonLimit`). */
  mastodonLimit?: number;
}

export function rulesFor(platform: Platform, options: CountOptions = {}): PlatformRules {
  const rules = RULES[platform];
  if (platform === 'mastodon' && options.mastodonLimit) return { ...rules, limit: options.mastodonLimit };
  return rules;
}
