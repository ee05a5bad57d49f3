import { t } from '../i18n';
import { aimedAtSelf, isThingWord, targetOf, wordAt, type Word } from './check-target';
import { inSpans, keepCase, matchesOf, wordsRe } from './check-scan';
import { INSULT_IDIOMS, INSULT_NAMES, INSULT_VERDICTS, PROFANITY } from './check-words';
import { INSULT_NAMES_INTL, INSULT_VERDICTS_INTL, PROFANITY_INTL } from './check-words-intl';
import { VEILED_INSULT_RE } from './check-insult-veiled';
import type { Finding } from './findings';
import type { Span } from './tokens';

const PROFANITY_RE = wordsRe([...PROFANITY, ...PROFANITY_INTL]);
const NAMES_RE = wordsRe([...INSULT_NAMES, ...INSULT_NAMES_INTL]);
const VERDICTS_RE = wordsRe([...INSULT_VERDICTS, ...INSULT_VERDICTS_INTL]);

// Plain wording for the commonest verdicts; anything else is simply removed.
const SUGGESTIONS: Record<string, string> = {
  useless: 'not working for me',
  incompetent: 'not able to help',
  pathetic: 'disappointing',
  disgraceful: 'disappointing',
  disgrace: 'disappointment',
  rubbish: 'poor',
  garbage: 'poor',
  hopeless: 'frustrating',
  lazy: 'slow',
  clueless: 'unsure',
};

// The writer owning a slip: "stupid me", "qué tonta soy", "fui uma idiota", "quelle idiote, j'ai
// oublié…", "silly me, I typed…". The word is followed by "me" or a first-person "am", follows a
// first-person "was", or opens an exclamation that the writer's own clause completes.
const SELF_AFTER =
  /^(?:\s+(?:me|moi|ich)(?=\s*(?:[,.!?]|$))|\s+(?:(?:que\s+)?(?:soy|sou|suis|je\s+suis|je\s+fais|j['’]ai\s+été|fui|bin\s+ich|i\s+am|am\s+i)|de\s+moi|de\s+mí|de\s+mim)\b)/iu;
const SELF_CLAUSE_AFTER =
  /^\s*[,!]\s*(?:i\b|i['’]|j['’]|je\b|ich\b|eu\b|yo\b|me\s+[a-zà-ÿ]+[éóí]\b|[a-zà-ÿ]+(?:ei|é|í)\b|hab\s+ich|habe\b)/iu;
const SELF_BEFORE =
  /(?:^|[^a-zà-ÿ])(?:fui|fus|war\s+ich|was\s+i|i\s+was|i\s+am|i['’]m)\s+(?:(?:un|una|um|uma|une|ein|eine|such\s+an?|an?|so|tan|tão|trop|total|complete|an\s+absolute|a\s+total)\s+)?$/iu;

// The word opens its sentence, alone or after "what a", "quelle", "qué".
const OPENS =
  /(?:^|[.!?¡¿]\s*)(?:(?:what\s+an?|quel(?:le)?|qué|que|how|such\s+an?|so|was\s+für\s+(?:ein|eine))\s+)?$/iu;

function ownSlip(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 24);
  const before = text.slice(Math.max(0, start - 24), start);
  // A plural ("Idiots, I told them twice") names others, whoever's clause follows.
  const single = !/s$/iu.test(text.slice(start, end));
  // "Total muppet moment", "a proper idiot moment from me": a moment of the writer's, not a person.
  if (single && /^\s+moments?\b/iu.test(after)) return true;
  // "Stupid me forgot…", "silly me put…": opening the sentence, the writer names themselves.
  if (single && /^\s+me\b(?!\s+(?:off|out|up|down|again|on\s+hold))/iu.test(after) && OPENS.test(before)) return true;
  return (
    SELF_AFTER.test(after) ||
    SELF_BEFORE.test(before) ||
    (single && SELF_CLAUSE_AFTER.test(after) && OPENS.test(before))
  );
}

/** Swearing, in English, Spanish, French, German and Portuguese. */
export function profanityFindings(text: string, spans: readonly Span[]): Finding[] {
  return (
    matchesOf(PROFANITY_RE, text)
      // "@rsehole" reads as a handle, but a masked swear word is still one.
      .filter((m) => m[0].startsWith('@') || !inSpans(spans, m.index, m.index + m[0].length))
      .map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        kind: 'profanity',
        message: t('compose.check.profanity'),
        suggestion: '',
      }))
  );
}

/**
 * Insults aimed at people: name-calling unless the writer means themselves ("I was an idiot to
 * pay upfront"), verdicts only when aimed at people ("your staff are useless", not "the app is
 * useless" or "pathetic service level").
 */
export function insultFindings(text: string, spans: readonly Span[], words: readonly Word[]): Finding[] {
  const found: Finding[] = [];
  const add = (start: number, end: number) => {
    const word = text.slice(start, end);
    const suggestion = keepCase(word, SUGGESTIONS[word.toLowerCase()] ?? '');
    found.push({ start, end, kind: 'insult', message: t('compose.check.insult'), suggestion });
  };
  for (const m of matchesOf(NAMES_RE, text)) {
    const end = m.index + m[0].length;
    if (inSpans(spans, m.index, end) || aimedAtSelf(words, wordAt(words, m.index)) || ownSlip(text, m.index, end))
      continue;
    add(m.index, end);
  }
  for (const m of matchesOf(VERDICTS_RE, text)) {
    const end = m.index + m[0].length;
    if (inSpans(spans, m.index, end) || ownSlip(text, m.index, end)) continue;
    const target = targetOf(words, wordAt(words, m.index), wordAt(words, end - 1));
    if (target === 'people' || target === 'none') add(m.index, end);
  }
  for (const m of matchesOf(INSULT_IDIOMS, text)) {
    // "Your chatbot is dumb as rocks": a comparison that opens with the adjective judges whatever it follows.
    const first = wordAt(words, m.index);
    const copula = /^(?:is|was|are|were|'s|seems|looks)$/u.test(words[first - 1]?.lower ?? '');
    if (/^(?:dumb|dumber|thick|stupid|daft|dense)$/iu.test(m[0].split(/\s/u)[0]!) && copula) {
      if (isThingWord(words[first - 2]?.lower ?? '')) continue;
    }
    add(m.index, m.index + m[0].length);
  }
  for (const m of matchesOf(VEILED_INSULT_RE, text)) {
    if (!inSpans(spans, m.index, m.index + m[0].length)) add(m.index, m.index + m[0].length);
  }
  return found;
}
