import { REFUSED_BY_X } from './count-x';
import type { CaseRecords } from './facts';

const REFUSED = new RegExp(REFUSED_BY_X.source, 'g');

/**
 * The text without the invisible characters a network refuses outright: U+FEFF (a byte-order mark
 * pasted from a document), U+FFFE and U+FFFF. They carry nothing a reader sees, and a post holding
 * one can never fit X however it is split.
 */
export function withoutRefusedCharacters(text: string): string {
  return text.replace(REFUSED, '');
}

function cleanPromise<P extends { text: string }>(promise: P): P {
  return { ...promise, text: withoutRefusedCharacters(promise.text) };
}

/** Case records with those characters taken out of every logged text a draft may quote. */
export function recordsWithoutRefusedCharacters<T extends CaseRecords>(records: T): T {
  const clean = withoutRefusedCharacters;
  const c = records.caseRecord;
  return {
    ...records,
    caseRecord: {
      ...c,
      title: clean(c.title),
      problem: clean(c.problem),
      ask: clean(c.ask),
      // Cleaned like the texts it is looked for in, so that it is still found and kept out.
      ...(c.privateRef === undefined ? {} : { privateRef: clean(c.privateRef) }),
    },
    attempts: records.attempts.map((a) => ({
      ...a,
      ...(a.reference === undefined ? {} : { reference: clean(a.reference) }),
      ...(a.promise === undefined ? {} : { promise: cleanPromise(a.promise) }),
    })),
    responses: records.responses.map((r) => (r.promise === undefined ? r : { ...r, promise: cleanPromise(r.promise) })),
  };
}
