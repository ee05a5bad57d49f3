import { hitAt, type WordHit } from './scan';
import { isFree, take, textOf, type ParseState } from './state';
import { FILLERS } from './words';

/** Between a verb and the company: "Llamé a X", "Appel au X", "wrote to the X", "Anruf bei X". */
const PARTICLES = new Set([
  'a',
  'al',
  'au',
  'aux',
  'to',
  'the',
  'el',
  'la',
  'le',
  'les',
  "l'",
  'bei',
  'beim',
  'an',
  'den',
  'der',
  'die',
  'das',
  'chez',
  'de',
]);
const MAX_WORDS = 3;

function nameToken(s: ParseState, hits: readonly WordHit[], i: number): boolean {
  const token = s.tokens[i];
  return token !== undefined && isFree(s, i) && token.capital && !hitAt(hits, i) && !FILLERS.has(token.key);
}

/**
 * An unknown name standing where a company does: right after "Called", "Llamé a", "Appel",
 * "Anruf bei", or right before "angerufen", "appelé". Written with a capital (a lower-case word
 * there is as likely "support" or "back"). Not taken: the caller takes it if it keeps it.
 */
export function companyPosition(
  s: ParseState,
  hits: readonly WordHit[],
): { start: number; end: number; text: string } | undefined {
  for (const hit of hits) {
    const m = hit.meaning;
    const side = m.kind === 'channel' || m.kind === 'written' || m.kind === 'companyMark' ? m.company : undefined;
    if (!side) continue;
    if (side === 'next' || side === 'both') {
      let at = hit.end;
      while (PARTICLES.has(s.tokens[at]?.key ?? '') && isFree(s, at)) at++;
      let end = at;
      while (end - at < MAX_WORDS && nameToken(s, hits, end)) end++;
      if (end > at) return { start: at, end, text: textOf(s, at, end) };
    }
    if (side === 'before' || side === 'both') {
      let end = hit.start;
      while (
        end > 0 &&
        isFree(s, end - 1) &&
        (FILLERS.has(s.tokens[end - 1]?.key ?? '') || PARTICLES.has(s.tokens[end - 1]?.key ?? ''))
      )
        end--;
      let start = end;
      while (end - start < MAX_WORDS && start > 0 && nameToken(s, hits, start - 1)) start--;
      if (start < end) return { start, end, text: textOf(s, start, end) };
    }
  }
  return undefined;
}

/** Takes the company-introducing words ("bei", "contacted") once a company is known. */
export function takeCompanyMarks(s: ParseState, hits: readonly WordHit[]): void {
  for (const hit of hits)
    if (hit.meaning.kind === 'companyMark' && isFree(s, hit.start)) take(s, hit.start, hit.end, 'marker');
}
