import extractUrlsWithIndices from 'twitter-text/dist/extractUrlsWithIndices.js';
import { LINK_WEIGHT, type Measured, measureGraphemes, type Rewrite } from './count-measure';

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

/** Mastodon as the server's StatusLengthValidator counts it. */
export function countMastodon(text: string, limit: number): Measured {
  if (/^\p{White_Space}*$/u.test(text)) return { used: 0 }; // the server counts blank text as empty
  return measureGraphemes(text, mastodonRewrites(text), limit);
}
