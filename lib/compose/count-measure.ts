/** What one network's rule reports for a post, before the shared checks (limit, links) are applied. */
export interface Measured {
  used: number;
  overflowAt?: number;
  reason?: 'bytes' | 'characters';
}

/** Mastodon and X count every http(s) link as this many characters. */
export const LINK_WEIGHT = 23;

export const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A stretch counted as other text: a link as its placeholder or short form, a mention without its server. */
export interface Rewrite {
  start: number;
  end: number;
  as: string;
}

/** Below U+0300 and without a CR LF pair, every UTF-16 unit is one grapheme cluster. */
const NOT_SIMPLE = /[\u0300-\uffff]/;
const isSimple = (text: string) => !NOT_SIMPLE.test(text) && !text.includes('\r\n');

export function utf8Length(text: string): number {
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
export function applyRewrites(text: string, rewrites: readonly Rewrite[]): string {
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
export function measureGraphemes(
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
