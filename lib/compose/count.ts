import parseTweet from 'twitter-text/dist/parseTweet.js';
import type { Platform } from '../model';
import { type CountOptions, REDDIT_TITLE_LIMIT, rulesFor } from './limits';
import { protectedSpans, urlSpans } from './tokens';

/** How a post measures against its network's limit. */
export interface Count {
  used: number;
  limit: number;
  /** UTF-16 offset where the text first goes over the limit (for highlighting), if it does. */
  overflowAt?: number;
  links: number;
  maxLinks?: number;
  fits: boolean;
}

/** Mastodon and X count every http(s) link as this many characters. */
export const LINK_WEIGHT = 23;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

interface Unit {
  start: number;
  weight: number;
}

/** Grapheme clusters, each weighing one; `special` spans get their own weight. */
function graphemeUnits(text: string, special: readonly { start: number; end: number; weight: number }[]): Unit[] {
  const units: Unit[] = [];
  let next = 0;
  for (const span of special) {
    pushGraphemes(units, text, next, span.start);
    units.push({ start: span.start, weight: span.weight });
    next = span.end;
  }
  pushGraphemes(units, text, next, text.length);
  return units;
}

function pushGraphemes(units: Unit[], text: string, from: number, to: number): void {
  if (to <= from) return;
  for (const seg of segmenter.segment(text.slice(from, to))) units.push({ start: from + seg.index, weight: 1 });
}

function codePointUnits(text: string): Unit[] {
  const units: Unit[] = [];
  let index = 0;
  for (const ch of text) {
    units.push({ start: index, weight: 1 });
    index += ch.length;
  }
  return units;
}

/** Mastodon: links weigh 23 and `@user@server` counts as `@user` (the server part is free). */
function mastodonSpecial(text: string): { start: number; end: number; weight: number }[] {
  const special: { start: number; end: number; weight: number }[] = [];
  if (!text.includes('@') && !text.includes('://')) return special;
  for (const span of protectedSpans(text)) {
    if (span.kind === 'url') {
      if (/^https?:\/\//i.test(text.slice(span.start, span.end))) special.push({ ...span, weight: LINK_WEIGHT });
      continue;
    }
    const mention = text.slice(span.start, span.end);
    const server = mention.indexOf('@', 1);
    if (server > 0) special.push({ start: span.start + server, end: span.end, weight: 0 });
  }
  return special;
}

/** Below U+0300 and without a CR LF pair, every UTF-16 unit is one grapheme cluster. */
const NOT_SIMPLE = /[\u0300-\uffff]/;
const isSimple = (text: string) => !NOT_SIMPLE.test(text) && !text.includes('\r\n');

/** Graphemes with special spans; the overflow position is worked out only when there is one. */
function countGraphemes(text: string, special: readonly { start: number; end: number; weight: number }[], limit: number): { used: number; overflowAt?: number } {
  if (isSimple(text)) {
    const used = special.reduce((n, s) => n - (s.end - s.start) + s.weight, text.length);
    if (used <= limit) return { used };
  }
  return measure(graphemeUnits(text, special), limit);
}

function measure(units: readonly Unit[], limit: number): { used: number; overflowAt?: number } {
  let used = 0;
  let overflowAt: number | undefined;
  for (const unit of units) {
    used += unit.weight;
    if (overflowAt === undefined && used > limit) overflowAt = unit.start;
  }
  return { used, overflowAt };
}

/** Code point index → UTF-16 offset. */
function utf16Offset(text: string, codePoint: number): number {
  let cp = 0;
  let offset = 0;
  for (const ch of text) {
    if (cp === codePoint) return offset;
    cp += 1;
    offset += ch.length;
  }
  return offset;
}

/**
 * Text twitter-text would weigh one per character: only code points below U+0300 (all weight 1 in
 * its v3 config; © and ® excluded as twemoji may read them as emoji), and nothing that could be a
 * link (no "://", no dot between letters or digits). Checked against parseTweet in the unit tests.
 */
const NOT_PLAIN_TWEET = /[\u0300-\uffff\u00a9\u00ae]/;
const MAYBE_LINK = /:\/\/|[\p{L}\p{N}_-]\.[\p{L}\p{N}]/u;


function countTwitter(text: string, limit: number): { used: number; overflowAt?: number } {
  if (!NOT_PLAIN_TWEET.test(text) && !MAYBE_LINK.test(text)) {
    return { used: text.length, overflowAt: text.length > limit ? limit : undefined };
  }
  const parsed = parseTweet(text);
  const used = parsed.weightedLength;
  if (used <= limit) return { used };
  // twitter-text reports the last valid code point (NFC); the highlight starts right after it.
  const normalized = text.normalize('NFC');
  const start = normalized === text ? utf16Offset(text, parsed.validRangeEnd + 1) : 0;
  return { used, overflowAt: start };
}

/**
 * The network's own measure of one post: X by twitter-text's weighted length, Bluesky by grapheme
 * clusters, Mastodon by graphemes with links as 23, the rest by characters. `role: 'title'` measures
 * a Reddit title.
 */
export function countPost(platform: Platform, text: string, options: CountOptions & { role?: 'title' | 'body' } = {}): Count {
  const rules = rulesFor(platform, options);
  const limit = platform === 'reddit' && options.role === 'title' ? REDDIT_TITLE_LIMIT : rules.limit;
  const links = urlSpans(text).length;
  let result: { used: number; overflowAt?: number };
  switch (rules.counting) {
    case 'twitter':
      result = countTwitter(text, limit);
      break;
    case 'graphemes':
      result = countGraphemes(text, [], limit);
      break;
    case 'mastodon':
      result = countGraphemes(text, mastodonSpecial(text), limit);
      break;
    case 'codepoints':
      result = /[\ud800-\udfff]/.test(text)
        ? measure(codePointUnits(text), limit)
        : { used: text.length, overflowAt: text.length > limit ? limit : undefined };
      break;
  }
  const linksFit = rules.maxLinks === undefined || links <= rules.maxLinks;
  return {
    used: result.used,
    limit,
    overflowAt: result.overflowAt,
    links,
    maxLinks: rules.maxLinks,
    fits: result.used <= limit && linksFit,
  };
}
