import { t } from '../i18n';
import { ACRONYMS, FUNCTION_WORDS, shoutWeight } from './check-caps';
import { codeAfterCue } from './check-refs';
import { inSpans, matchesOf } from './check-scan';
import type { Finding } from './findings';
import type { Span } from './tokens';

/**
 * Shouting: runs of ordinary words in capitals, and long runs of ! or ?. A single word in capitals
 * is emphasis, not shouting ("URGENT:", "please PLEASE"). Capitals that carry meaning are
 * not shouting: acronyms, names (JOHN SMITH), brands, booking codes (PNR X7K9QL), airport routes
 * (FRA to MAD), quoted screen messages ("NO SIGNAL") and labels before a number (ERROR 503). The
 * fix lower-cases only the shouted words, so a code or a name in the same run is never changed.
 */

interface CapsToken {
  start: number;
  end: number;
  raw: string;
  weight: 0 | 1 | 2;
  /** A code or reference (X7K9QL, H&M, the QXHJMN in "booking QXHJMN"), kept as written. */
  code: boolean;
}

// "!!!" or "???" alone is emphasis many polite posts use; four or more reads as shouting.
const EXCLAIM_RE = /[!?]{4,}|[¡¿]{4,}/gu;
// Shouted marks: one mark four times ("!!!!") or the "?!" repeated ("?!?!"). A question mark with
// three exclamation marks after it ("Encore en retard ?!!!") is surprise, like "!!!".
const SHOUTED_MARKS = /([!?¡¿])\1{3,}|(?:[?¿]!|![?¿]){2,}/u;
// Words in capitals each stopped by a full stop: "REFUND. ME. NOW.", "DO. NOT. CALL. ME."
const STACCATO_RE = /(?<![\p{L}\p{N}])(?:\p{Lu}{2,}[.!]\s+){2,}\p{Lu}{2,}(?![\p{L}\p{N}])[.!]?/gu;
const QUOTED_RE = /["“”«»„]([^"“”«»„\n]{1,80})["“”«»„]|(?<![\p{L}\p{N}])['‘]([^'‘’\n]{1,80})['’](?![\p{L}\p{N}])/gu;
const ROUTE_RE = /\b[A-Z]{3}\s*(?:-|–|—|→|>|to|a|à|nach|para)\s*[A-Z]{3}\b/gu;
const NAME_CUE =
  /(?:\bname|\bnamed|\bpassengers?|\bmr|\bmrs|\bms|\bmiss|\bdr|\bsr|\bsra|\bherr|\bfrau|\bmme|\bmlle|\bnombre|\bnom|\bnome|\bsurname|\btitular)\s*[.:,]?\s*(?:is\s+|es\s+|est\s+|é\s+)?$/iu;

// A subject pronoun in lower case right before a run of capitals.
const SUBJECT_BEFORE = /(?:^|[^\p{L}])(?:you|they|we|he|she|i|vous|ils|sie|ihr|vocês|ustedes)\s+$/u;

// Capitals right after "status:", "says", "shows" are what a screen or a letter printed ("status: AWAITING DISPATCH").
const SCREEN_CUE =
  /(?:\b(?:status|message|error|label|screen|display|notice|sign|reads|says|said|shows|showed|displays|displayed|stated?|marked(?: as)?|affiche|affichait|indique|indiquait|muestra|mostraba|pone|pon[íi]a|zeigt|zeigte|steht|mostra|mostrava|diz|dizia|aparece|aparec[íi]a)\s*[:=-]?\s*)$/iu;

function capsTokens(text: string, skip: readonly Span[]): CapsToken[] {
  const out: CapsToken[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}'’&]+/gu)) {
    const raw = m[0];
    const end = m.index + raw.length;
    if (inSpans(skip, m.index, end)) continue;
    const letters = raw.replace(/['’]/gu, '');
    if (letters !== letters.toUpperCase() || letters === letters.toLowerCase()) continue;
    // Codes (X7K9QL, H&M) and a code after its cue ("PNR QXHJMN", "booking ref ABCDEF") are printed
    // text, whatever their letters spell: kept as written, though a shouted run may go on past them.
    const code = /[\p{N}&]/u.test(raw) || codeAfterCue(text.slice(Math.max(0, m.index - 30), m.index));
    out.push({ start: m.index, end, raw, weight: code ? 0 : shoutWeight(letters), code });
  }
  return out;
}

// Handles that open a post come before its first sentence.
const SENTENCE_START = /(?:^|[.!?¡¿]\s)\s*(?:@\S+\s+)*["'“‘(]*$/u;

function atSentenceStart(text: string, index: number): boolean {
  return SENTENCE_START.test(text.slice(Math.max(0, index - 60), index));
}

/** The run with its shouted words in lower case; names, codes and "I" kept as written. */
function quieter(text: string, run: readonly CapsToken[]): string {
  const start = run[0]!.start;
  let out = '';
  let at = start;
  for (const tk of run) {
    out += text.slice(at, tk.start);
    const keep = tk.weight === 0 || tk.raw === 'I' || /^I['’]/u.test(tk.raw);
    out += keep ? tk.raw : tk.raw.toLowerCase();
    at = tk.end;
  }
  if (atSentenceStart(text, start) && run[0]!.weight > 0) out = out[0]!.toUpperCase() + out.slice(1);
  return out;
}

function skipped(text: string, spans: readonly Span[]): Span[] {
  const extra: Span[] = [];
  for (const m of matchesOf(QUOTED_RE, text)) extra.push({ start: m.index, end: m.index + m[0].length, kind: 'url' });
  for (const m of matchesOf(ROUTE_RE, text)) extra.push({ start: m.index, end: m.index + m[0].length, kind: 'url' });
  return [...spans, ...extra];
}

/** A word of three letters or more that is neither a code nor a known acronym. */
function plainWord(tk: CapsToken): boolean {
  return tk.raw.length >= 3 && !tk.code && !ACRONYMS.has(tk.raw);
}

/**
 * A whole sentence in capitals ("RÉPONDEZ-MOI ENFIN.", "EINFACH UNFASSBAR.") is shouting in any
 * language, whether or not its words are known: no lower-case letter anywhere in it, and at least
 * two plain words.
 */
function wholeSentence(text: string, run: readonly CapsToken[]): boolean {
  const from = text.slice(0, run[0]!.start).search(/[^.!?¡¿\n]*$/u);
  const rest = text.slice(run.at(-1)!.end);
  const to = run.at(-1)!.end + Math.max(0, rest.search(/[.!?\n]|$/u));
  if (/\p{Ll}/u.test(text.slice(from, to))) return false;
  const plain = run.filter(plainWord);
  return plain.length >= 2 && plain.reduce((n, tk) => n + tk.raw.length, 0) >= 8;
}

export function shoutFindings(text: string, spans: readonly Span[]): Finding[] {
  const found: Finding[] = [];
  const tokens = capsTokens(text, skipped(text, spans));
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    // A run: capitalised words separated only by spaces or light punctuation.
    while (j + 1 < tokens.length && /^[\s,'’-]*$/u.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) j += 1;
    let run = tokens.slice(i, j + 1);
    i = j + 1;
    const lead = text.slice(Math.max(0, run[0]!.start - 20), run[0]!.start);
    if (NAME_CUE.test(lead) || SCREEN_CUE.test(lead)) continue;
    const strong = run.filter((tk) => tk.weight === 2);
    const words = run.filter((tk) => tk.weight > 0);
    const letters = words.reduce((n, tk) => n + tk.raw.length, 0);
    // "I NEED this", "a HUGE fee": a one-letter word does not make a run of one shouted word.
    const long = words.filter((tk) => tk.raw.length > 1);
    // A short capitalised label before a number or amount ("ERROR 503", "TOTAL PAID £0.00") is printed text.
    // After a subject ("you STILL TOOK £86") the capitals are a verb phrase, not a label.
    const afterSubject = SUBJECT_BEFORE.test(text.slice(Math.max(0, run[0]!.start - 12), run[0]!.start));
    // After a number ("2 HOURS AND 14 MINUTES") the capitals are a quantity in words, not a label.
    const afterNumber = /\d\s*$/u.test(text.slice(Math.max(0, run[0]!.start - 4), run[0]!.start));
    const label = run.length <= 3 && !afterSubject && !afterNumber;
    if (label && /^[\s:#-]*[\d£$€]/u.test(text.slice(run.at(-1)!.end))) continue;
    // One word in capitals is emphasis ("URGENT:", "please PLEASE", "Do NOT"); a run of them is shouting.
    // Two function words in a run of three or more ("CON UN", "JE … MON") make it a sentence, not a name.
    const sentence = run.length >= 3 && run.filter((tk) => FUNCTION_WORDS.has(tk.raw)).length >= 2;
    const shouted = long.length >= 2 && (strong.length > 0 || sentence) && letters >= 5;
    // Otherwise a whole sentence in capitals shouts with all its plain words, known or not.
    if (!shouted && wholeSentence(text, run)) run = run.map((tk) => (plainWord(tk) ? { ...tk, weight: 1 } : tk));
    else if (!shouted) continue;
    // The finding covers the shouted words; names or codes at either end stay outside it.
    const first = run.findIndex((tk) => tk.weight > 0);
    const last = run.length - 1 - [...run].reverse().findIndex((tk) => tk.weight > 0);
    const part = run.slice(first, last + 1);
    found.push({
      start: part[0]!.start,
      end: part.at(-1)!.end,
      kind: 'shouting',
      message: t('compose.check.shouting'),
      suggestion: quieter(text, part),
    });
  }
  for (const m of matchesOf(STACCATO_RE, text)) {
    const end = m.index + m[0].length;
    if (inSpans(spans, m.index, end) || found.some((f) => m.index < f.end && end > f.start)) continue;
    const words = m[0].match(/\p{Lu}+/gu) ?? [];
    // Ordinary words, not codes: "LHR. JFK. CDG." lists airports.
    if (words.filter((w) => !ACRONYMS.has(w) && shoutWeight(w) > 0).length < 2) continue;
    const quiet = m[0].toLowerCase();
    found.push({
      start: m.index,
      end,
      kind: 'shouting',
      message: t('compose.check.shouting'),
      suggestion: atSentenceStart(text, m.index) ? quiet[0]!.toUpperCase() + quiet.slice(1) : quiet,
    });
  }
  for (const m of matchesOf(EXCLAIM_RE, text)) {
    if (!SHOUTED_MARKS.test(m[0])) continue;
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      kind: 'shouting',
      message: t('compose.check.exclaim'),
      suggestion: m[0].includes('?') ? '?' : '.',
    });
  }
  return found;
}
