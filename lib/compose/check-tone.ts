import { t } from '../i18n';
import { ACRONYMS, DEFAMATION, EMPHASIS, IMPOSTOR_CUES, INSULTS, PROFANITY, SAFE_AFTER, SAFE_BEFORE } from './check-words';
import type { Finding, FindingKind } from './findings';
import { type Span, protectedSpans } from './tokens';

const wordsRe = (stems: readonly string[]) => new RegExp(`(?<![\\p{L}\\p{N}_])(?:${stems.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
const PROFANITY_RE = wordsRe(PROFANITY);
const INSULTS_RE = wordsRe(INSULTS);
const DEFAMATION_RE = wordsRe(DEFAMATION);

/** Accusations with a subject: "you stole", "your agents lied", "that's a lie". */
const ACCUSATION_RE =
  /\b(?:you|you've|you're|you have|you are|they|they've|they're|your (?:\w+ )?(?:company|staff|agents?|team|people|reps?|managers?|business))\s+(?:\w+\s+)?(?:stole|steal|stealing|robbed|robbing|rob|cheated|cheating|lied|lying|lie to)\b|\b(?:that(?:'s| is| was)|this is|it(?:'s| is)|all)\s+(?:a\s+)?(?:complete\s+|total\s+|blatant\s+)?lies?\b/giu;

const THREAT_RES = [
  // "I'll sue", "we're going to take you to court", "I will make you pay"
  /\b(?:i|we)(?:'ll|’ll| will| shall|'m going to|’m going to| am going to| are going to|'re going to| am gonna|'m gonna)\s+(?:\w+\s+){0,2}?(?:sue|take (?:you|this|them|it|the company|your company)(?: all the way)? to (?:small claims )?court|drag (?:you|them)|destroy|ruin|make (?:you|them|sure you) (?:pay|regret|suffer)|come (?:after|for) you|get you|hunt|expose you|bury you|burn|smash|kill|hurt|end you|dox|take legal action|start legal action|file a (?:class[- ]action )?lawsuit|get my lawyers?|get a lawyer|call my lawyer)\b/giu,
  /\b(?:sue|suing)\s+(?:you|them|your company|the company|the pants|every)\b/giu,
  /\b(?:or else|you(?:'ll|’ll| will) (?:regret|be sorry|pay for)|watch (?:your|ur) back|i know where (?:you|your)|see you in court|(?:hear from|be hearing from|a (?:letter|call) from) my (?:lawyers?|solicitors?|attorneys?)|you(?:'ve| have) been warned|consider (?:yourselves?|this) warned|my (?:lawyers?|solicitors?|attorneys?) will|(?:class[- ]action|legal action|a lawsuit) (?:is|will be) coming|heads will roll)\b/giu,
  /\b(?:kill|hurt|punch|smash|burn down|blow up|shoot|stab|beat up)\s+(?:you|your|them|someone|everyone|the (?:store|shop|office|staff|manager))\b/giu,
];

const EXCLAIM_RE = /!{2,}|[!?]{3,}/gu;

const SUGGESTIONS: Record<string, string> = {
  useless: 'not working for me',
  incompetent: 'not able to help',
  scam: 'unfair',
  fraud: 'billing error',
  fraudulent: 'incorrect',
  thieves: 'your company',
  liars: 'your team',
  pathetic: 'disappointing',
  disgraceful: 'disappointing',
  disgrace: 'disappointment',
  rubbish: 'poor',
  garbage: 'poor',
  hopeless: 'frustrating',
  lazy: 'slow',
  'rip-off': 'overcharge',
  ripoff: 'overcharge',
};

function suggestionFor(kind: FindingKind, word: string): string {
  const known = SUGGESTIONS[word.toLowerCase()];
  if (known) return known;
  if (kind === 'threat') return t('compose.check.threat.suggestion');
  return '';
}

function inSpans(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some((s) => start < s.end && end > s.start);
}

function wordsAround(text: string, start: number, end: number): { before: string[]; after: string[] } {
  const before = text.slice(Math.max(0, start - 40), start).toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const after = text.slice(end, end + 50).toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return { before: before.slice(-2), after: after.slice(0, 3) };
}

/** "scam warning", "I reported a scam", "scammers pretending to be you": a report, not an accusation. */
function isReportOfThirdParty(text: string, start: number, end: number): boolean {
  const { before, after } = wordsAround(text, start, end);
  if (after[0] && SAFE_AFTER.has(after[0])) return true;
  if (after[0] === 'on' && (after[1] === 'my' || after[1] === 'our')) return true;
  if (after.some((w) => IMPOSTOR_CUES.test(w))) return true;
  return before.some((w) => SAFE_BEFORE.has(w)) || (before.at(-1) === 'of' && before.at(-2) === 'victim');
}

function push(found: Finding[], f: Omit<Finding, 'message'>, messageKey: Parameters<typeof t>[0]): void {
  if (found.some((g) => f.start < g.end && f.end > g.start)) return;
  found.push({ ...f, message: t(messageKey) });
}

function scan(re: RegExp, text: string, each: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) each(m);
}

function capsTokens(text: string, spans: readonly Span[]): { start: number; end: number; word: string }[] {
  const out: { start: number; end: number; word: string }[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}'’&]+/gu)) {
    const word = m[0];
    const end = m.index + word.length;
    if (inSpans(spans, m.index, end) || /[\p{N}&]/u.test(word)) continue;
    const letters = word.replace(/['’]/gu, '');
    if (letters === letters.toUpperCase() && letters !== letters.toLowerCase()) out.push({ start: m.index, end, word: letters });
  }
  return out;
}

const isAcronym = (w: string) => ACRONYMS.has(w) || (w.length <= 4 && !EMPHASIS.has(w)) || /^[IVXLCDM]{1,4}$/.test(w);

/** ALL-CAPS words and runs of them; acronyms (ISP, UK, FAQ), reference codes and handles are not shouting. */
function shouting(text: string, spans: readonly Span[], found: Finding[]): void {
  const tokens = capsTokens(text, spans);
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    // A run: capitalised words separated only by spaces or light punctuation.
    while (j + 1 < tokens.length && /^[\s,'’-]*$/u.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) j += 1;
    const run = tokens.slice(i, j + 1);
    const loud = run.filter((tk) => tk.word.length >= 2 && !isAcronym(tk.word));
    const letters = run.reduce((n, tk) => n + tk.word.length, 0);
    // A lone capitalised label before a number ("ERROR 503", "CODE 7") is a message, not shouting.
    const label = run.length === 1 && /^[\s:#-]*\d/u.test(text.slice(run[0]!.end));
    const shouted = run.length >= 2 ? loud.length > 0 && letters >= 5 : loud.length === 1 && run[0]!.word.length >= 3 && !label;
    if (shouted) {
      const start = run[0]!.start;
      const end = run.at(-1)!.end;
      push(found, { start, end, kind: 'shouting', suggestion: text.slice(start, end).toLowerCase() }, 'compose.check.shouting');
    }
    i = j + 1;
  }
  scan(EXCLAIM_RE, text, (m) =>
    push(found, { start: m.index, end: m.index + m[0].length, kind: 'shouting', suggestion: m[0].includes('?') ? '?' : '.' }, 'compose.check.exclaim'),
  );
}

/** Profanity, insults, threats, defamatory absolutes and shouting, with plain explanations. */
export function toneFindings(text: string): Finding[] {
  const spans = protectedSpans(text);
  const found: Finding[] = [];
  for (const re of THREAT_RES) {
    scan(re, text, (m) => push(found, { start: m.index, end: m.index + m[0].length, kind: 'threat', suggestion: suggestionFor('threat', m[0]) }, 'compose.check.threat'));
  }
  scan(ACCUSATION_RE, text, (m) =>
    push(found, { start: m.index, end: m.index + m[0].length, kind: 'defamation', suggestion: t('compose.check.defamation.suggestion') }, 'compose.check.defamation'),
  );
  scan(DEFAMATION_RE, text, (m) => {
    const end = m.index + m[0].length;
    if (inSpans(spans, m.index, end) || isReportOfThirdParty(text, m.index, end)) return;
    push(found, { start: m.index, end, kind: 'defamation', suggestion: suggestionFor('defamation', m[0]) }, 'compose.check.defamation');
  });
  scan(PROFANITY_RE, text, (m) => {
    const end = m.index + m[0].length;
    if (!inSpans(spans, m.index, end)) push(found, { start: m.index, end, kind: 'profanity', suggestion: '' }, 'compose.check.profanity');
  });
  scan(INSULTS_RE, text, (m) => {
    const end = m.index + m[0].length;
    if (!inSpans(spans, m.index, end)) push(found, { start: m.index, end, kind: 'insult', suggestion: suggestionFor('insult', m[0]) }, 'compose.check.insult');
  });
  shouting(text, spans, found);
  return found;
}
