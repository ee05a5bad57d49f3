import { PhraseTable } from './phrases';
import { isFree, type ParseState } from './state';
import { FILLERS, VOCABULARY, type Meaning } from './words';
import { MONTHS, NUMBER_WORDS, RELATIVE_DAYS, UNITS, WEEKDAYS } from './time-words';

/** A phrase of the vocabulary found in the line; found first, taken later by the step that uses it. */
export interface WordHit {
  start: number;
  end: number;
  meaning: Meaning;
}

const TABLE = new PhraseTable(VOCABULARY);

/**
 * Single words that are ordinary vocabulary in one of the four languages. A company whose name is
 * one of them ("Three", "Target") is recognised only when written with a capital.
 */
export const EVERYDAY: ReadonlySet<string> = new Set([
  ...FILLERS,
  ...[
    ...VOCABULARY.map(([p]) => p),
    ...NUMBER_WORDS.map(([p]) => p),
    ...UNITS.map(([p]) => p),
    ...WEEKDAYS.map(([p]) => p),
    ...MONTHS.map(([p]) => p),
    ...RELATIVE_DAYS.map(([p]) => p),
  ].filter((p) => !p.includes(' ')),
]);

/** Every vocabulary phrase among the free tokens, longest first, left to right, none overlapping. */
export function scanWords(s: ParseState): WordHit[] {
  const hits: WordHit[] = [];
  let i = 0;
  while (i < s.tokens.length) {
    const hit =
      isFree(s, i) || s.tokens[i]?.kind === 'punct'
        ? TABLE.match(s.tokens, i, (k) => s.used[k] === undefined)
        : undefined;
    if (hit) {
      hits.push({ start: i, end: hit.end, meaning: hit.value });
      i = hit.end;
    } else {
      i++;
    }
  }
  return hits;
}

/** Token index → the hit covering it, built once per list: every step asks this per token. */
const byToken = new WeakMap<readonly WordHit[], (WordHit | undefined)[]>();

/** The hit covering token i, if any. */
export function hitAt(hits: readonly WordHit[], i: number): WordHit | undefined {
  let index = byToken.get(hits);
  if (!index) {
    index = [];
    for (const hit of hits) for (let k = hit.start; k < hit.end; k++) index[k] = hit;
    byToken.set(hits, index);
  }
  return index[i];
}
