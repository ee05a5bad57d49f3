import type { Platform } from '../model';
import { withoutRefusedCharacters } from './clean-text';
import { countPost } from './count';
import { type CountOptions, rulesFor } from './limits';
import { insideSpan, protectedSpans } from './tokens';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Sentences: cut after . ! ? (and closing quotes) followed by white space, never inside a link or mention. */
export function sentencesOf(text: string): string[] {
  const spans = protectedSpans(text);
  const out: string[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?]+["'’”)\]]*(\s+)/gu)) {
    const cut = match.index + match[0].length - (match[1]?.length ?? 0);
    if (insideSpan(spans, cut)) continue;
    out.push(text.slice(start, cut).trim());
    start = match.index + match[0].length;
  }
  out.push(text.slice(start).trim());
  return out.filter((s) => s.length > 0);
}

function isProtectedWord(word: string): boolean {
  return protectedSpans(word).some((s) => s.start === 0 && s.end >= word.replace(/[.,;:!?)"'’”]+$/u, '').length);
}

/** A word too long for any post is cut between grapheme clusters (links and mentions never are). */
function hardBreak(word: string, fits: (s: string) => boolean): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const { segment } of graphemes.segment(word)) {
    if (current && !fits(current + segment)) {
      pieces.push(current);
      current = '';
    }
    current += segment;
  }
  if (current) pieces.push(current);
  return pieces;
}

/** Greedy packing of units into parts that each satisfy `fits`. */
function pack(units: readonly string[], fits: (s: string) => boolean, parts: string[], current: string): string {
  for (const unit of units) {
    const joined = current ? `${current} ${unit}` : unit;
    if (fits(joined)) {
      current = joined;
      continue;
    }
    if (current) parts.push(current);
    current = '';
    if (fits(unit)) {
      current = unit;
      continue;
    }
    // A sentence too long for one post: its words; a word too long: its graphemes.
    const words = unit.split(/\s+/u);
    if (words.length > 1) {
      current = pack(words, fits, parts, '');
    } else if (isProtectedWord(unit)) {
      parts.push(unit); // a link longer than a whole post: alone, and the counter shows it
    } else {
      const pieces = hardBreak(unit, fits);
      parts.push(...pieces.slice(0, -1));
      current = pieces.at(-1) ?? '';
    }
  }
  return current;
}

/**
 * Splits a post that is over its network's limit into numbered parts ("… 1/3"), at sentence, then
 * word boundaries, never inside a link or mention. The first part keeps the opening (the handle);
 * every part, with its suffix, fits by the network's own counting. Networks without threads keep
 * one part (the counter shows the overflow). Characters a network refuses outright are dropped
 * first: no part holding one could ever fit, so the text would otherwise be cut up around them.
 */
export function splitPost(platform: Platform, text: string, options: CountOptions = {}): string[] {
  const trimmed = withoutRefusedCharacters(text).trim();
  if (countPost(platform, trimmed, options).fits || !rulesFor(platform, options).threads) return [trimmed];
  const sentences = sentencesOf(trimmed);
  for (let width = 1; width <= 3; width += 1) {
    const reserve = ` ${'9'.repeat(width)}/${'9'.repeat(width)}`;
    const fits = (s: string) => countPost(platform, s + reserve, options).fits;
    const parts: string[] = [];
    const last = pack(sentences, fits, parts, '');
    if (last) parts.push(last);
    if (String(parts.length).length <= width) {
      return parts.map((part, i) => `${part} ${i + 1}/${parts.length}`);
    }
  }
  return [trimmed];
}

/** The parts of a thread back into one text, without their " 1/3" numbers (to split it again). */
export function joinThread(parts: readonly string[]): string {
  return parts
    .map((p) => p.trim().replace(/\s\d+\/\d+$/u, ''))
    .filter(Boolean)
    .join(' ');
}
