import { tokenize, type Token } from './tokens';

interface Phrase<T> {
  keys: string[];
  value: T;
}

export interface PhraseMatch<T> {
  /** One past the last token of the match. */
  end: number;
  value: T;
}

/**
 * A list of phrases looked up token by token. Each phrase is split by the line's own tokenizer, so
 * "d'attente" or "e-mail" in a list lines up with the same words in a line. The work at one
 * position is bounded by the phrases starting with that word, times their length.
 */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) {
      const keys = tokenize(phrase).map((t) => t.key);
      const first = keys[0];
      if (first === undefined) continue;
      const list = this.byFirst.get(first) ?? [];
      // The first meaning listed for a phrase wins.
      if (list.some((p) => p.keys.join(' ') === keys.join(' '))) continue;
      list.push({ keys, value });
      this.byFirst.set(first, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  /** The longest phrase starting at token `at` whose tokens all pass `free`. */
  match(tokens: readonly Token[], at: number, free: (i: number) => boolean = () => true): PhraseMatch<T> | undefined {
    const first = tokens[at];
    if (!first) return undefined;
    const list = this.byFirst.get(first.key);
    if (!list) return undefined;
    for (const phrase of list) {
      let ok = true;
      for (let k = 0; k < phrase.keys.length; k++) {
        const token = tokens[at + k];
        if (!token || token.key !== phrase.keys[k] || !free(at + k)) {
          ok = false;
          break;
        }
      }
      if (ok) return { end: at + phrase.keys.length, value: phrase.value };
    }
    return undefined;
  }
}

/** A table of phrases that all mean the same thing. */
export function phraseSet(phrases: readonly string[]): PhraseTable<true> {
  return new PhraseTable(phrases.map((p) => [p, true] as const));
}
