import { hitAt, type WordHit } from './scan';
import { isFree, textOf, type ParseState } from './state';
import { FILLERS } from './words';

/** Words that only link ("and", "with", "bei") left unused: trimmed like fillers. */
function linking(hits: readonly WordHit[], i: number): boolean {
  const kind = hitAt(hits, i)?.meaning.kind;
  return kind === 'join' || kind === 'agentMark' || kind === 'companyMark' || kind === 'promiseVerb';
}

/**
 * What nothing took: each run of untaken words in a clause, quoted as typed, with fillers trimmed
 * from its ends ("about roaming charges" → "roaming charges"); runs joined with commas. Unknown
 * words are the untaken words no vocabulary knows (numbers are not words).
 */
export function leftovers(s: ParseState, hits: readonly WordHit[]): { summary?: string; unknownWords: string[] } {
  const parts: string[] = [];
  const unknownWords: string[] = [];
  const trimmable = (i: number) => FILLERS.has(s.tokens[i]?.key ?? '') || linking(hits, i);
  let i = 0;
  while (i < s.tokens.length) {
    if (!isFree(s, i)) {
      i++;
      continue;
    }
    let end = i;
    while (end < s.tokens.length && isFree(s, end) && s.clause[end] === s.clause[i]) end++;
    let from = i;
    let to = end;
    while (from < to && trimmable(from)) from++;
    while (to > from && trimmable(to - 1)) to--;
    if (from < to) parts.push(textOf(s, from, to));
    for (let k = i; k < end; k++) {
      const token = s.tokens[k];
      if (token?.kind === 'word' && /\p{L}/u.test(token.text) && !FILLERS.has(token.key) && !hitAt(hits, k))
        unknownWords.push(token.text);
    }
    i = end;
  }
  const summary = parts.join(', ').replace(/\s+/g, ' ').trim();
  return { summary: summary === '' ? undefined : summary, unknownWords };
}
