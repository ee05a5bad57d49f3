import { LETTER_BOUNDARY } from './check-letters';

/** Phrase pieces shared by the stated and the veiled threat patterns (check-threat.ts, check-threat-veiled.ts). */

export const A = "['’]";
export const WILL = `(?:${A}ll| will| shall|${A}m going to| am going to| are going to|${A}re going to| am gonna|${A}m gonna)`;
export const YOU = '(?:you|ya|u|your\\s+\\w+|the\\s+(?:company|manager|staff|ceo|boss|driver|agent))';
export const YOUR_PLACE =
  '(?:you|your\\s+(?:\\w+\\s+)?(?:office|offices|ceo|boss|manager|staff|agents?|drivers?|family|kids|house|home|depot|store|shop|car|van|business|premises|hq|headquarters|warehouse|branch)|the\\s+(?:manager|ceo|driver|agent|staff)|he|she|they)';

/** Compiles pattern sources case-insensitively; other languages' sources get a Unicode-aware \b. */
export function compile(sources: readonly string[], unicodeBoundary = false): RegExp[] {
  return sources.map(
    (source) => new RegExp(unicodeBoundary ? source.replaceAll('\\b', LETTER_BOUNDARY) : source, 'giu'),
  );
}
