import type { Ambiguity, QuickAddContext } from './types';
import type { Token } from './tokens';

/** What took a token: once taken, no later step reads it again. */
export type Use =
  | 'reference'
  | 'contact'
  | 'date'
  | 'duration'
  | 'hold'
  | 'company'
  | 'agent'
  | 'outcome'
  | 'channel'
  | 'promiseVerb'
  | 'promise'
  | 'marker';

/**
 * The line being read. Each step takes the tokens it understands, in a fixed order (codes, then
 * dates, then lengths, then words, names and companies), and what no step took is the notes.
 */
export interface ParseState {
  line: string;
  tokens: Token[];
  used: (Use | undefined)[];
  /** Clause number of each token: a comma, semicolon or full stop starts a new clause. */
  clause: number[];
  ctx: QuickAddContext;
  /** Questions raised so far, without their ids (given at the end, in order). */
  questions: Omit<Ambiguity, 'id'>[];
}

export function newState(line: string, tokens: Token[], ctx: QuickAddContext): ParseState {
  return { line, tokens, used: tokens.map(() => undefined), clause: tokens.map(() => 0), ctx, questions: [] };
}

/** Not taken, and a word or number (punctuation is never taken). */
export function isFree(s: ParseState, i: number): boolean {
  const token = s.tokens[i];
  return token !== undefined && token.kind !== 'punct' && s.used[i] === undefined;
}

export function take(s: ParseState, from: number, to: number, use: Use): void {
  for (let i = from; i < to; i++) if (s.tokens[i]?.kind !== 'punct' || s.used[i] === undefined) s.used[i] = use;
}

/** Tokens from..to (exclusive) exactly as typed, spaces and all. */
export function textOf(s: ParseState, from: number, to: number): string {
  const first = s.tokens[from];
  const last = s.tokens[to - 1];
  return first && last ? s.line.slice(first.start, last.end) : '';
}

/** Abbreviations whose full stop does not end a clause ("Mr. Smith", "ref. 123"). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sr',
  'sra',
  'srta',
  'm',
  'mme',
  'mlle',
  'st',
  'ref',
  'no',
  'nr',
  'approx',
  'ca',
  'tel',
  'vs',
  'p.m',
  'a.m',
  'n',
]);
const SEPARATORS = new Set([',', ';', '!', '?', '|', '(', ')', '-', '–', '—', ':', '.']);

/** Numbers the clauses; punctuation already taken (the dot of "20.06.") separates nothing. */
export function splitClauses(s: ParseState): void {
  let clause = 0;
  s.tokens.forEach((token, i) => {
    const separates =
      token.kind === 'punct' &&
      s.used[i] === undefined &&
      SEPARATORS.has(token.text) &&
      !(token.text === '.' && ABBREVIATIONS.has(s.tokens[i - 1]?.key ?? '')) &&
      // "Priya -> Mark" is one clause: the arrow joins two agents.
      !(token.text === '-' && s.tokens[i + 1]?.text === '>' && s.tokens[i + 1]?.start === token.end);
    if (separates) clause++;
    s.clause[i] = clause;
  });
}

/** Index range [from, to) of the clause holding token i. */
export function clauseRange(s: ParseState, i: number): [number, number] {
  const c = s.clause[i];
  let from = i;
  let to = i + 1;
  while (from > 0 && s.clause[from - 1] === c) from--;
  while (to < s.tokens.length && s.clause[to] === c) to++;
  return [from, to];
}
