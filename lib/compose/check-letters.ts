/**
 * A letter or digit of the five languages the check reads (Latin script: ASCII, Latin-1 and
 * Latin Extended-A/B, without × and ÷), for word boundaries in case-insensitive patterns. Written
 * as ranges rather than `[\p{L}\p{N}]` because V8 closes a Unicode property class over case
 * folding when it compiles an `iu` pattern: with a boundary on each side of each alternative, the
 * rules took seconds to compile on their first use (the first keystrokes in the composer); with
 * these ranges, milliseconds. A letter of another script next to a word counts as a boundary.
 */
const RANGES = 'a-z0-9\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f';
export const LETTER = `[${RANGES}]`;
/** The same, or an underscore: a word character for stems that must not sit inside a handle. */
export const WORD_CHAR = `[_${RANGES}]`;

/** `\b` for the languages above (JavaScript's own `\b` knows only ASCII letters: "está", "vão"). */
export const LETTER_BOUNDARY = `(?:(?<=${LETTER})(?!${LETTER})|(?<!${LETTER})(?=${LETTER}))`;
