import type { Platform } from '../model';
import { countBluesky } from './count-bluesky';
import { countCodePoints } from './count-codepoints';
import { countMastodon } from './count-mastodon';
import type { Measured } from './count-measure';
import { countTweet } from './count-x';
import { type CountOptions, REDDIT_TITLE_LIMIT, rulesFor } from './limits';
import { urlSpans } from './tokens';

export { LINK_WEIGHT } from './count-measure';
export { countTweet } from './count-x';

/** How a post measures against its network's limit. */
export interface Count {
  used: number;
  limit: number;
  /** UTF-16 offset where the text first stops fitting (for highlighting), if it does. */
  overflowAt?: number;
  links: number;
  maxLinks?: number;
  fits: boolean;
  /** Why it does not fit: too long, over Bluesky's byte cap, a character X refuses, or too many links. */
  reason?: 'length' | 'bytes' | 'characters' | 'links';
}

/**
 * The network's own measure of one post: X by twitter-text's weighted length; Bluesky by grapheme
 * clusters with links shortened as bsky.app shows them, within the record's 3,000 bytes; Mastodon
 * by grapheme clusters with links as 23 and `@user@server` as `@user`; the rest by code points.
 * `role: 'title'` measures a Reddit title.
 */
export function countPost(
  platform: Platform,
  text: string,
  options: CountOptions & { role?: 'title' | 'body' } = {},
): Count {
  const rules = rulesFor(platform, options);
  const limit = platform === 'reddit' && options.role === 'title' ? REDDIT_TITLE_LIMIT : rules.limit;
  const links = urlSpans(text).length;
  let result: Measured;
  switch (rules.counting) {
    case 'twitter':
      result = countTweet(text);
      break;
    case 'bluesky':
      result = countBluesky(text, limit, rules.maxBytes);
      break;
    case 'mastodon':
      result = countMastodon(text, limit);
      break;
    case 'codepoints':
      result = countCodePoints(text, limit);
      break;
  }
  const linksFit = rules.maxLinks === undefined || links <= rules.maxLinks;
  const reason = result.used > limit ? 'length' : (result.reason ?? (linksFit ? undefined : 'links'));
  return {
    used: result.used,
    limit,
    overflowAt: result.overflowAt,
    links,
    maxLinks: rules.maxLinks,
    fits: reason === undefined,
    reason,
  };
}
