import { fold } from '../detect/text';

/** One word, number, code or punctuation mark of the line, with where it stands. */
export interface Token {
  /** As typed (a code keeps its case). */
  text: string;
  /** Lower case, no accents, straight apostrophes: what vocabularies are matched against. */
  key: string;
  kind: 'word' | 'number' | 'punct';
  /** Offsets in the line, so a stretch of tokens can be quoted exactly as typed. */
  start: number;
  end: number;
  /** Starts with a capital letter: names and companies usually do. */
  capital: boolean;
}

/**
 * A word is letters, digits and a few symbols ($30, #123, @handle, +34, 1&1), optionally joined by
 * - . / : ' _ (T-Mobile, 12/11, 15:00, support@tmobile.com, d'attente). The two classes share no
 * character, so each character can be read only one way and the match is linear in the line: no
 * nested quantifier can backtrack over the same text. Anything else that is not a listed
 * punctuation mark (spaces, emoji) only separates.
 */
const TOKEN = /[\p{L}\p{N}\p{M}$€£#@+&]+(?:[-./:'’_][\p{L}\p{N}\p{M}$€£#@+&]+)*|[,;.!?:|()\-–—→>/]/gu;
const NUMBER = /^\d+(?:[.,]\d+)?$/;
/** French elisions written against the next word: d'attente, l'app, j'ai, n'a, qu'ils. */
const ELISION = /^(?:[ldjnmtsc]|qu)'/;

export function keyOf(text: string): string {
  return fold(text.replace(/[’‘]/g, "'"));
}

export function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  for (const match of line.matchAll(TOKEN)) {
    for (const [text, start] of splitRunOn(match[0], match.index)) push(tokens, text, start);
  }
  return tokens;
}

/**
 * "BT.Priya.20 min": sentences typed without a space after the full stop. A dot followed by a
 * capital, or between a word and a number ("ref.123"), is read as a full stop; domains
 * (tmobile.com), decimals (1.5), dates (20.06), initials (E.ON) and emails are left whole.
 */
function splitRunOn(text: string, start: number): [string, number][] {
  if (!text.includes('.') || text.includes('@')) return [[text, start]];
  const parts: [string, number][] = [];
  let from = 0;
  for (let i = 1; i < text.length - 1; i++) {
    if (text[i] !== '.') continue;
    const left = text.slice(from, i);
    const next = text.charAt(i + 1);
    const capital = next !== next.toLowerCase();
    const wordThenNumber = /\p{L}$/u.test(left) && !/\d/.test(left) && /\d/.test(next);
    // "E.ON" keeps its dot: a single letter before it is an initial.
    if ((!capital && !wordThenNumber) || left.length < 2) continue;
    parts.push([left, start + from], ['.', start + i]);
    from = i + 1;
  }
  parts.push([text.slice(from), start + from]);
  return parts;
}

function push(tokens: Token[], text: string, start: number): void {
  const key = keyOf(text);
  const elision = ELISION.exec(key);
  if (elision && key.length > elision[0].length) {
    const cut = elision[0].length;
    tokens.push(make(text.slice(0, cut), start));
    tokens.push(make(text.slice(cut), start + cut));
  } else {
    tokens.push(make(text, start));
  }
}

function make(text: string, start: number): Token {
  const key = keyOf(text);
  const first = text.charAt(0);
  const isWord = /[\p{L}\p{N}$€£#@+&]/u.test(first);
  return {
    text,
    key,
    kind: !isWord ? 'punct' : NUMBER.test(text) ? 'number' : 'word',
    start,
    end: start + text.length,
    capital: first !== first.toLowerCase(),
  };
}
