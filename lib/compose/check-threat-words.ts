import { LETTER, LETTER_BOUNDARY } from './check-letters';

/** Phrase pieces shared by the stated and the veiled threat patterns (check-threat.ts, check-threat-veiled.ts). */

export const A = "['’]";
export const WILL = `(?:${A}ll| will| shall|${A}m going to| am going to| are going to|${A}re going to| am gonna|${A}m gonna)`;
export const YOU = '(?:you|ya|u|(?:your|ur|yr)\\s+\\w+|the\\s+(?:company|manager|staff|ceo|boss|driver|agent))';
export const YOUR_PLACE =
  '(?:you|your\\s+(?:\\w+\\s+)?(?:office|offices|ceo|boss|manager|staff|agents?|drivers?|family|kids|house|home|depot|store|shop|car|van|business|premises|hq|headquarters|warehouse|branch)|the\\s+(?:manager|ceo|driver|agent|staff)|he|she|they)';

/**
 * A person on the company's side, by role: the one list the threat patterns aim at ("your driver",
 * "that manager", "the guy"). Patterns that allow a plural add the "s" themselves.
 */
export const STAFF_ROLE =
  '(?:driver|rider|manager|agent|courier|engineer|technician|tech|landlord|boss|ceo|owner|director|employee|worker|staff|rep|clerk|cashier|guard|bouncer|instructor|conductor|porter|waiter|receptionist|salesman|seller|dealer|guy|bloke|dude|fella|man|woman|lady)';

// A boundary right before a word's first letter only needs "no letter before": a much cheaper test
// than a full boundary, which the scan would otherwise try at every position on every keystroke.
const WORD_START = /\\b(?=(?:\(\?:)*[a-zà-ÿ])/giu;

/**
 * Compiles pattern sources case-insensitively; other languages' sources get a Unicode-aware \b.
 * A letter written `\p{L}` becomes the Latin letter ranges of `check-letters.ts`, which V8 compiles
 * in a fraction of the time under the `i` flag.
 */
export function compile(sources: readonly string[], unicodeBoundary = false): RegExp[] {
  const unicode = (source: string) => source.replace(WORD_START, `(?<!${LETTER})`).replaceAll('\\b', LETTER_BOUNDARY);
  return sources
    .map((source) => source.replaceAll('\\p{L}', LETTER))
    .map((source) => new RegExp(unicodeBoundary ? unicode(source) : source, 'giu'));
}
