import type { ParseTweetOptions } from 'twitter-text';
import parseTweet from 'twitter-text/dist/parseTweet.js';
import { type Measured, segmenter } from './count-measure';
import { rulesFor } from './limits';

/**
 * Text twitter-text would weigh one per character: only code points below U+0300 (all weight 1 in
 * its v2 and v3 configs; © and ® excluded as twemoji may read them as emoji), and nothing that could
 * be a link (no "://", no dot between letters or digits). Checked against parseTweet in the tests.
 */
const NOT_PLAIN_TWEET = /[\u0300-\uffff\u00a9\u00ae]/;
const MAYBE_LINK = /:\/\/|[\p{L}\p{N}_-]\.[\p{L}\p{N}]/u;
/** twitter-text's invalid characters: a post containing one is refused whatever its length. */
export const REFUSED_BY_X = /[\uFFFE\uFEFF\uFFFF]/;

/** UTF-16 offset in `text` of offset `target` in its NFC form, at the start of a grapheme cluster. */
function offsetBeforeNfc(text: string, target: number): number {
  let normalized = 0;
  for (const { segment, index } of segmenter.segment(text)) {
    normalized += segment.normalize('NFC').length;
    if (normalized > target) return index;
  }
  return text.length;
}

/**
 * X by twitter-text's parseTweet (its default config unless `config` is given, as the conformance
 * tests do for twitter-text's version-2 cases).
 */
export function countTweet(text: string, config?: ParseTweetOptions): Measured {
  const limit = config?.maxWeightedTweetLength ?? rulesFor('x').limit;
  if (!NOT_PLAIN_TWEET.test(text) && !MAYBE_LINK.test(text)) {
    return { used: text.length, overflowAt: text.length > limit ? limit : undefined };
  }
  const parsed = parseTweet(text, config);
  const used = parsed.weightedLength;
  const normalized = text.normalize('NFC');
  const refusedAt = normalized.search(REFUSED_BY_X);
  if (used <= limit && refusedAt < 0) return { used };
  // validRangeEnd is the last UTF-16 unit that fits, inclusive, counted in the NFC text and then
  // shifted by the whole text's change in length under NFC; it is 0 too when nothing fits.
  const cut = refusedAt === 0 ? 0 : parsed.validRangeEnd - (text.length - normalized.length) + 1;
  return {
    used,
    overflowAt: normalized === text ? cut : offsetBeforeNfc(text, cut),
    reason: used > limit ? undefined : 'characters',
  };
}
