import { applyRewrites, type Measured, measureGraphemes, type Rewrite, utf8Length } from './count-measure';

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
export function blueskyRecordBytes(text: string): number {
  const cleaned = text
    .replace(/^(?:\s*\n)+/u, '')
    .trimEnd()
    .replace(EXCESS_BREAKS, '\n\n');
  return utf8Length(applyRewrites(cleaned, blueskyLinks(cleaned)));
}

/** Bluesky: graphemes with links shortened (bsky.app's counter), and the record's byte cap. */
export function countBluesky(text: string, limit: number, maxBytes = Infinity): Measured {
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
