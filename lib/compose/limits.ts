import type { Platform } from '../model';

/** How a network measures a post (DESIGN §4). */
export type Counting = 'twitter' | 'graphemes' | 'mastodon' | 'codepoints';

export interface PlatformRules {
  limit: number;
  counting: Counting;
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

const RULES: Record<Platform, PlatformRules> = {
  x: { limit: 280, counting: 'twitter', size: 'compact', threads: true },
  bluesky: { limit: 300, counting: 'graphemes', size: 'compact', threads: true },
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
