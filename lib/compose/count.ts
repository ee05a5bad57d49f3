import type { ParseTweetOptions } from 'twitter-text';
import extractUrlsWithIndices from 'twitter-text/dist/extractUrlsWithIndices.js';
import parseTweet from 'twitter-text/dist/parseTweet.js';
import type { Platform } from '../model';
import { type CountOptions, REDDIT_TITLE_LIMIT, rulesFor } from './limits';
import { urlSpans } from './tokens';

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

/** Mastodon and X count every http(s) link as this many characters. */
export const LINK_WEIGHT = 23;

interface Measured {
  used: number;
  overflowAt?: number;
  reason?: 'bytes' | 'characters';
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/* ---------- Grapheme clusters, with the stretches a network counts as other text ---------- */

/** A stretch counted as other text: a link as its placeholder or short form, a mention without its server. */
interface Rewrite {
  start: number;
  end: number;
  as: string;
}

/** Below U+0300 and without a CR LF pair, every UTF-16 unit is one grapheme cluster. */
const NOT_SIMPLE = /[\u0300-\uffff]/;
const isSimple = (text: string) => !NOT_SIMPLE.test(text) && !text.includes('\r\n');

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i += 1;
    } else bytes += 3; // a lone surrogate is sent as U+FFFD, also three bytes
  }
  return bytes;
}

/** `rewrites` (sorted, apart) applied to the text. */
function applyRewrites(text: string, rewrites: readonly Rewrite[]): string {
  let out = '';
  let next = 0;
  for (const r of rewrites) {
    out += text.slice(next, r.start) + r.as;
    next = r.end;
  }
  return out + text.slice(next);
}

/**
 * Grapheme clusters of the text as the network counts it (`rewrites` applied), and the original
 * offsets of the first cluster past `limit` and of the first past `maxBytes` UTF-8 bytes. The
 * rewritten text is segmented as a whole, as the network does, so clusters join across a rewrite.
 */
function measureGraphemes(
  text: string,
  rewrites: readonly Rewrite[],
  limit: number,
  maxBytes = Infinity,
): { used: number; overflowAt?: number; bytesOverAt?: number } {
  if (rewrites.length === 0 && isSimple(text) && (maxBytes === Infinity || utf8Length(text) <= maxBytes)) {
    return { used: text.length, overflowAt: text.length > limit ? limit : undefined };
  }
  // Where each stretch of the rewritten text starts, and where it came from.
  const pieces: { at: number; from: number; whole: boolean }[] = [];
  let out = '';
  let next = 0;
  for (const r of rewrites) {
    if (r.start > next) pieces.push({ at: out.length, from: next, whole: false });
    out += text.slice(next, r.start);
    pieces.push({ at: out.length, from: r.start, whole: true });
    out += r.as;
    next = r.end;
  }
  pieces.push({ at: out.length, from: next, whole: false });
  out += text.slice(next);
  let piece = 0;
  const origin = (index: number) => {
    while (piece + 1 < pieces.length && pieces[piece + 1]!.at <= index) piece += 1;
    const p = pieces[piece]!;
    return p.whole ? p.from : p.from + (index - p.at);
  };
  let used = 0;
  let bytes = 0;
  let overflowAt: number | undefined;
  let bytesOverAt: number | undefined;
  for (const { segment, index } of segmenter.segment(out)) {
    used += 1;
    if (overflowAt === undefined && used > limit) overflowAt = origin(index);
    if (maxBytes !== Infinity) {
      bytes += utf8Length(segment);
      if (bytesOverAt === undefined && bytes > maxBytes) bytesOverAt = origin(index);
    }
  }
  return { used, overflowAt, bytesOverAt };
}

/* ---------- X: twitter-text ---------- */

/**
 * Text twitter-text would weigh one per character: only code points below U+0300 (all weight 1 in
 * its v2 and v3 configs; © and ® excluded as twemoji may read them as emoji), and nothing that could
 * be a link (no "://", no dot between letters or digits). Checked against parseTweet in the tests.
 */
const NOT_PLAIN_TWEET = /[\u0300-\uffff\u00a9\u00ae]/;
const MAYBE_LINK = /:\/\/|[\p{L}\p{N}_-]\.[\p{L}\p{N}]/u;
/** twitter-text's invalid characters: a post containing one is refused whatever its length. */
const REFUSED_BY_X = /[\uFFFE\uFEFF\uFFFF]/;

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

/* ---------- Bluesky: bsky.app's composer and the post record ---------- */

/**
 * Links as bsky.app detects them (atproto's rich-text detection): after the start, a space or "(",
 * an http(s) URL or a bare domain, up to the next space. Bare domains only need matching so they are
 * skipped whole, as bsky.app skips them: they are posted as typed and count in full.
 */
const BLUESKY_LINK = /(?<=^|[\s(])(?:https?:\/\/\S+|[a-z][a-z0-9]*(?:\.[a-z0-9]+)+\S*)/gim;
/** Three or more line breaks (with spaces or zero-width characters between) are stored as two. */
const EXCESS_BREAKS = /[\r\n](?:[\u200D\u00AD\u2060\u200C\u200B\s]*[\r\n]){2,}/g;

/** How bsky.app shows a link in the post: host and the rest, the rest cut to 13 characters and "..." past 15. */
function shortLink(link: string): string {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return link;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return link;
  const rest = (url.pathname === '/' ? '' : url.pathname) + url.search + url.hash;
  return url.host + (rest.length > 15 ? `${rest.slice(0, 13)}...` : rest);
}

/** The links bsky.app shortens (lower-case http:// or https:// only), trailing punctuation left out. */
function blueskyLinks(text: string): Rewrite[] {
  if (!text.includes('://')) return [];
  const rewrites: Rewrite[] = [];
  for (const match of text.matchAll(BLUESKY_LINK)) {
    if (!match[0].startsWith('http')) continue;
    const start = match.index;
    let link = match[0];
    if (/[.,;:!?]$/u.test(link)) link = link.slice(0, -1);
    if (link.endsWith(')') && !link.includes('(')) link = link.slice(0, -1);
    const short = shortLink(link);
    if (short !== link) rewrites.push({ start, end: start + link.length, as: short });
  }
  return rewrites;
}

/** UTF-8 size of the text bsky.app stores: leading blank lines and trailing space trimmed, breaks cut, links shortened. */
function blueskyRecordBytes(text: string): number {
  const cleaned = text.replace(/^(?:\s*\n)+/u, '').trimEnd().replace(EXCESS_BREAKS, '\n\n');
  return utf8Length(applyRewrites(cleaned, blueskyLinks(cleaned)));
}

/** Bluesky: graphemes with links shortened (bsky.app's counter), and the record's byte cap. */
function countBluesky(text: string, limit: number, maxBytes = Infinity): Measured {
  const measured = measureGraphemes(text, blueskyLinks(text), limit, maxBytes);
  // The byte position is found on the text as typed; only the stored text decides whether it is over.
  const overBytes = measured.bytesOverAt !== undefined && blueskyRecordBytes(text) > maxBytes;
  if (!overBytes) return { used: measured.used, overflowAt: measured.overflowAt };
  return {
    used: measured.used,
    overflowAt: Math.min(measured.overflowAt ?? Infinity, measured.bytesOverAt ?? Infinity),
    reason: 'bytes',
  };
}

/* ---------- Mastodon: the server's StatusLengthValidator ---------- */

/** Ruby's [[:word:]]: letters, marks, decimal digits, connector punctuation. */
const WORD = String.raw`\p{L}\p{M}\p{Nd}\p{Pc}`;
/** Mastodon's mention: `@user`, optionally `@server` of word characters joined by dots or hyphens. */
const MASTODON_MENTION = new RegExp(
  String.raw`(?<![=/${WORD}])@([A-Za-z0-9_]+(?:[.-]+[A-Za-z0-9_]+)*)(?:@([${WORD}]+(?:[.-]+[${WORD}]+)*))?`,
  'gu',
);
/** A mention followed by another at sign, a Latin accent or "://" is not one (twitter-text's end_mention_match). */
const NOT_AFTER_MENTION =
  /^(?:[\u0300-\u036f@＠\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259\u025b\u0263\u0268\u026f\u0272\u0289\u028b\u02bb\u1e00-\u1eff]|:\/\/)/iu;
/** A server name longer than this is counted in full. */
const MAX_SERVER_LENGTH = 253;
const URL_PLACEHOLDER = 'x'.repeat(LINK_WEIGHT);

/**
 * Links (twitter-text's URL extraction, protocol required) as 23 characters and `@user@server` as
 * `@user`; where a link and a mention overlap, the earlier one wins.
 */
function mastodonRewrites(text: string): Rewrite[] {
  const found: Rewrite[] = [];
  if (text.includes('://')) {
    for (const { indices } of extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false })) {
      found.push({ start: indices[0], end: indices[1], as: URL_PLACEHOLDER });
    }
  }
  if (text.includes('@')) {
    for (const match of text.matchAll(MASTODON_MENTION)) {
      const end = match.index + match[0].length;
      const server = match[2];
      if (NOT_AFTER_MENTION.test(text.slice(end, end + 3))) continue;
      if (server !== undefined && [...server].length > MAX_SERVER_LENGTH) continue;
      found.push({ start: match.index, end, as: `@${match[1] ?? ''}` });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const kept: Rewrite[] = [];
  for (const entity of found) {
    const last = kept.at(-1);
    if (!last || entity.start >= last.end) kept.push(entity);
  }
  // A local `@user` still claims its span above; as text it is unchanged.
  return kept.filter((r) => text.slice(r.start, r.end) !== r.as);
}

function countMastodon(text: string, limit: number): Measured {
  if (/^\p{White_Space}*$/u.test(text)) return { used: 0 }; // the server counts blank text as empty
  return measureGraphemes(text, mastodonRewrites(text), limit);
}

/* ---------- The rest: code points ---------- */

function countCodePoints(text: string, limit: number): Measured {
  if (!/[\ud800-\udfff]/.test(text)) return { used: text.length, overflowAt: text.length > limit ? limit : undefined };
  let used = 0;
  let index = 0;
  let overflowAt: number | undefined;
  for (const ch of text) {
    used += 1;
    if (overflowAt === undefined && used > limit) overflowAt = index;
    index += ch.length;
  }
  return { used, overflowAt };
}

/**
 * The network's own measure of one post: X by twitter-text's weighted length; Bluesky by grapheme
 * clusters with links shortened as bsky.app shows them, within the record's 3,000 bytes; Mastodon
 * by grapheme clusters with links as 23 and `@user@server` as `@user`; the rest by code points.
 * `role: 'title'` measures a Reddit title.
 */
export function countPost(platform: Platform, text: string, options: CountOptions & { role?: 'title' | 'body' } = {}): Count {
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
