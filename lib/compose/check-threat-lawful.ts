import { LETTER } from './check-letters';

/**
 * Lawful steps that share words with threats. "I know where your head office is" menaces, unless
 * the same sentence says a letter or complaint is going there ("…and that's where my complaint is
 * going by recorded delivery", "allí os llegará mi reclamación por burofax", "dorthin geht mein
 * Einschreiben"): then it is an address for the post.
 */

// Word edges for the five languages' letters: JavaScript's \b knows only ASCII ("sé", "reclamación").
const word = (alternatives: string) => new RegExp(`(?<!${LETTER})(?:${alternatives})(?!${LETTER})`, 'iu');
const KNOW_WHERE = word('know|sé|sais|wei(?:ß|ss)|sei');
const MAIL = word(
  'letters?|complaints?|recorded\\s+delivery|registered\\s+(?:post|mail)|by\\s+post|burofax|cartas?|reclamaci[óo]n|reclama[çc][ãa]o|notifica[çc][ãa]o|lettre|courrier|recommand[ée]e?|Einschreiben|Brief|Beschwerde|Schreiben',
);

/** The sentence around a match, for the tests above. */
function sentenceAt(text: string, start: number, end: number): string {
  const from = Math.max(
    text.lastIndexOf('.', start - 1),
    text.lastIndexOf('!', start - 1),
    text.lastIndexOf('?', start - 1),
  );
  const stops = ['.', '!', '?'].map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
  return text.slice(from + 1, stops.length ? Math.min(...stops) : text.length);
}

/** Whether a matched "I know where your office is" only gives the address a letter is going to. */
export function addressForPost(text: string, start: number, end: number): boolean {
  return KNOW_WHERE.test(text.slice(start, end)) && MAIL.test(sentenceAt(text, start, end));
}

// "I know where you live: on my bank statement every month", "…rent-free in my head": the answer
// given right after names no place, so it is a joke about being billed, not a menace.
const NO_PLACE = new RegExp(
  `^\\s*(?:(?:live|lives|are|is|work|sleep)\\s*)?(?:@\\w+\\s*)?[:,\u2014\u2013-]*\\s*(?:(?:on|in)\\s+(?:my|our|every)\\s+(?:\\S+\\s+){0,2}?(?:statements?|inbox|spam|bills?|head|notifications|e-?mails?|feed|direct\\s+debits?|phone|screen|nightmares|dreams)(?!${LETTER})|rent[- ]free)`,
  'iu',
);

/** Whether a matched "I know where you live" is answered at once with no place ("…: on my bank statement"). */
export function jokeAddress(text: string, start: number, end: number): boolean {
  return KNOW_WHERE.test(text.slice(start, end)) && NO_PLACE.test(text.slice(end, end + 80));
}
