import { WORD_CHAR } from './check-letters';
import type { Span } from './tokens';

/** Small functions shared by the courtesy check's rules: word-bounded stem patterns and span tests. */

/** One case-insensitive pattern for a list of stems, bounded by non-letters (so "Scunthorpe" is not a swear word). */
export function wordsRe(stems: readonly string[]): RegExp {
  return new RegExp(`(?<!${WORD_CHAR})(?:${stems.join('|')})(?!${WORD_CHAR})`, 'giu');
}

/** Every match of a global pattern, from the start of the text. */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  re.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex += 1;
  }
  return out;
}

/** Where any of the patterns matches: start and end of each match. */
export function spansOf(res: readonly RegExp[], text: string): { start: number; end: number }[] {
  return res.flatMap((re) => matchesOf(re, text).map((m) => ({ start: m.index, end: m.index + m[0].length })));
}

export function inSpans(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => start < s.end && end > s.start);
}

/** A replacement keeps the capital of the word it replaces ("Useless" → "Not working for me"). */
export function keepCase(original: string, replacement: string): string {
  if (!replacement || !/^\p{Lu}/u.test(original) || /^\p{Lu}{2,}/u.test(original)) return replacement;
  return replacement[0]!.toUpperCase() + replacement.slice(1);
}
