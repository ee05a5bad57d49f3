import { hitAt, type WordHit } from './scan';
import { clauseRange, isFree, take, textOf, type ParseState } from './state';
import type { WhenExpr } from './when';

/** Whether the clause of token i says something is promised: a promise word, "will", "promised". */
function promiseClause(s: ParseState, hits: readonly WordHit[], i: number): boolean {
  const [from, to] = clauseRange(s, i);
  for (let k = from; k < to; k++) {
    const m = hitAt(hits, k)?.meaning;
    if (m?.kind === 'promiseNoun' || m?.kind === 'promiseVerb' || (m?.kind === 'outcome' && m.outcome === 'promised'))
      return true;
  }
  return false;
}

/**
 * Whose date this is. "by"/"bis"/"within" and days ahead ("tomorrow", "next Friday") can only be a
 * promise's; "ago" and days behind only the contact's. Anything else is a promise's when its clause
 * says something was promised, and the contact's otherwise.
 */
export function roleOf(s: ParseState, hits: readonly WordHit[], when: WhenExpr): 'at' | 'promise' {
  if (when.lead === 'due' || when.lead === 'forward') return 'promise';
  if (when.lead === 'back') return 'at';
  const day = when.day;
  if (day?.kind === 'relative' && day.days !== 0) return day.days > 0 ? 'promise' : 'at';
  if (day?.kind === 'weekday' && day.shift !== undefined && day.shift !== 'this')
    return day.shift === 'next' ? 'promise' : 'at';
  if (day?.kind === 'endOf') return 'promise';
  if (day?.kind === 'offset') return day.sign > 0 ? 'promise' : 'at';
  return promiseClause(s, hits, when.start) ? 'promise' : 'at';
}

/** Leading words dropped from a promise's text: "to call back" → "call back", "a technician" → "technician". */
const LEAD = new Set([
  'to',
  'that',
  'a',
  'an',
  'the',
  'they',
  'he',
  'she',
  'we',
  'i',
  'it',
  'me',
  'for',
  'que',
  'de',
  'el',
  'la',
  'un',
  'una',
  'me',
  'ellos',
  'nos',
  "l'",
  'le',
  'les',
  'une',
  'ils',
  'il',
  'elle',
  'on',
  "m'",
  'zu',
  'dass',
  'ein',
  'eine',
  'einen',
  'der',
  'die',
  'das',
  'sie',
  'er',
  'es',
  'mir',
]);

/**
 * The words of what was promised, around its date, as typed: the clause's untaken words, bridging
 * "will"/"promised" between them ("parcel will be delivered"). The stretch holding a promise word
 * ("refund", "Rückruf") is preferred, then the one touching the date. Takes them.
 */
export function promiseText(s: ParseState, hits: readonly WordHit[], when: WhenExpr): string {
  const [from, to] = clauseRange(s, when.start);
  const bridge = (i: number) => {
    const m = hitAt(hits, i)?.meaning;
    return (
      s.used[i] === 'promiseVerb' || (s.used[i] === 'outcome' && m?.kind === 'outcome' && m.outcome === 'promised')
    );
  };
  const runs: { start: number; end: number; outerStart: number; outerEnd: number }[] = [];
  let i = from;
  while (i < to) {
    if (!isFree(s, i) && !bridge(i)) {
      i++;
      continue;
    }
    let end = i;
    while (end < to && (isFree(s, end) || bridge(end))) end++;
    let a = i;
    let b = end;
    while (a < b && bridge(a)) a++;
    while (b > a && bridge(b - 1)) b--;
    if (a < b) runs.push({ start: a, end: b, outerStart: i, outerEnd: end });
    i = end;
  }
  const noun = runs.find((r) => {
    for (let k = r.start; k < r.end; k++) if (hitAt(hits, k)?.meaning.kind === 'promiseNoun') return true;
    return false;
  });
  const touching = runs.find((r) => r.outerEnd === when.start) ?? runs.find((r) => r.outerStart === when.end);
  const nearest = [...runs].sort((x, y) => distance(x, when) - distance(y, when))[0];
  const run = noun ?? touching ?? nearest;
  if (!run) {
    // Nothing but the date and "promised": the promise words themselves say what it was.
    for (let k = from; k < to; k++) if (bridge(k)) return textOf(s, k, k + 1);
    return textOf(s, when.start, when.end);
  }
  let a = run.start;
  // A promise phrase is kept whole: "me llamarán" keeps its "me".
  const phrase = (k: number) => hitAt(hits, k)?.meaning.kind === 'promiseNoun';
  while (a < run.end - 1 && !phrase(a) && (LEAD.has(s.tokens[a]?.key ?? '') || bridge(a))) a++;
  take(s, run.start, run.end, 'promise');
  return textOf(s, a, run.end);
}

function distance(run: { start: number; end: number }, when: WhenExpr): number {
  return run.end <= when.start ? when.start - run.end : run.start - when.end;
}
