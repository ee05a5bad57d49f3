import { t } from '../i18n';
import { impostorBefore, strangerNamed, streetTheft, verdictOnThing, writersOwnLie } from './check-accuse-context';
import { namesPeople, readerBefore, wordAt, type Word } from './check-target';
import { inSpans, keepCase, matchesOf, wordsRe } from './check-scan';
import { CRIME_NOUNS, CRIME_VERBS, IMPOSTOR_CUES, SAFE_AFTER, SAFE_BEFORE, THIRD_PARTY } from './check-words';
import { CRIME_INTL, SAFE_NEAR_INTL } from './check-words-intl';
import type { Finding } from './findings';
import type { Span } from './tokens';

/**
 * Defamation: crime or dishonesty stated as fact about someone, in any grammatical form ("you are
 * thieves", "Northline stealing my credit", "lying to customers is their policy", "c'est une
 * arnaque"). Reports about strangers are not accusations: "a scam text pretending to be you",
 * "your fraud team", "someone stole my parcel", "my card was stolen", "is this email a scam?".
 */

const NOUN_RE = wordsRe([...CRIME_NOUNS, ...CRIME_INTL]);
const VERB_RE = wordsRe(CRIME_VERBS);

const SUGGESTIONS: Record<string, string> = {
  scam: 'unfair',
  fraud: 'billing error',
  fraudulent: 'incorrect',
  thieves: 'your company',
  liars: 'your team',
  'rip-off': 'overcharge',
  ripoff: 'overcharge',
};

const BE = new Set([
  'was',
  'were',
  'been',
  'be',
  'being',
  'is',
  'are',
  "'s",
  "'re",
  'got',
  'get',
  'gets',
  'getting',
  'feel',
  'felt',
  'am',
  "'m",
]);
const HAVE = new Set(['have', 'has', 'had', "'ve", 'having']);
// "the problem lies with", "lie down": lying in place, not lying to someone.
const LOCATIVE = new Set([
  'down',
  'in',
  'on',
  'with',
  'around',
  'at',
  'there',
  'flat',
  'ahead',
  'beyond',
  'within',
  'under',
  'behind',
  'across',
  'near',
  'between',
  'idle',
  'low',
  'dormant',
  'awake',
]);
const NEGATED_CLAIM =
  /\b(?:not|n[’']t|never|no one is|nobody is)\s+(?:\w+\s+){0,2}?(?:saying|suggesting|accusing|claiming|implying|calling)\b/iu;
// A question about a message or an offer, in the five languages: "is this a scam?", "¿es esto una
// estafa?", "est-ce une arnaque ?", "ist diese SMS Betrug?", "isso é golpe?". A question put to the
// reader ("are you thieves?") still accuses.
const ASKING =
  /^\s*(?:(?:not|no|não|nicht|n['’]est-ce\s+pas)\s+)?(?:(?:is|are|was|could|might|would|isn['’]t|wasn['’]t)\s+(?:this|that|it|these|those|the)|(?:es|será|sería|era)\s+(?:esto|esta|este|eso|esa|ese|un|una|la|el)|est-ce|(?:c['’]est|s['’]agit-il)\s+(?:une?|d['’])|(?:ist|wäre|war)\s+(?:das|dies|diese[srm]?|es|der|die)|(?:isso|isto|essa|esse|esta|este)\s+(?:é|era|seria)|(?:é|será|seria)\s+(?:golpe|um|uma|isso|isto|fraude))(?![\p{L}])/iu;
const PARTICIPLE = /^(?:stolen|robbed|scammed|cheated|defrauded|conned|swindled|fleeced|ripped|misled)$/u;

const FIGURATIVE_LOOT =
  /^(?:heart|hearts|show|limelight|spotlight|glance|glances|march|thunder|scene|kiss|corazón|coração|cœur|coeur|herz|sorrisos?)$/u;
// "A crime against burgers", "un crimen contra el buen gusto": a verdict on taste, not a charge.
const AGAINST = /^(?:against|contra|contre|gegen|an)$/u;

interface Around {
  before: string[];
  after: string[];
  clauseBefore: readonly Word[];
}

// Articles are read past: "the victim of a scam" is "victim of scam".
const ARTICLE =
  /^(?:a|an|the|un|una|unos|unas|el|la|los|las|une|des|le|les|ein|eine|einer|einem|einen|um|uma|uns|umas|o|os|as)$/u;

function around(words: readonly Word[], first: number, last: number): Around {
  const clause = words[first]!.clause;
  let from = first;
  while (from > 0 && words[from - 1]!.clause === clause) from -= 1;
  const clauseBefore = words.slice(from, first);
  return {
    before: clauseBefore
      .map((w) => w.lower)
      .filter((w) => !ARTICLE.test(w))
      .slice(-2),
    after: words
      .slice(last + 1, last + 4)
      .filter((w) => w.clause === words[last]!.clause)
      .map((w) => w.lower),
    clauseBefore,
  };
}

/** "scam warning", "I reported a scam", "scammers pretending to be you", "SMS de estafa": a report. */
function isReport(a: Around, judged = false): boolean {
  const [next, second] = a.after;
  if (next && (SAFE_AFTER.has(next) || SAFE_NEAR_INTL.has(next))) return true;
  if (next === 'on' && (second === 'my' || second === 'our')) return true;
  if (a.after.some((w) => IMPOSTOR_CUES.test(w))) return true;
  if (!judged && a.before.some((w) => SAFE_BEFORE.has(w) || SAFE_NEAR_INTL.has(w))) return true;
  // A department named for the crime it fights: "le service fraude", "servicio antifraude".
  if (/^(?:service|servicio|serviço|département|cellule|unidad|unidade|abteilung)$/u.test(a.before.at(-1) ?? ''))
    return true;
  return (
    /^(?:of|de|d'|d’|von|der|des|do|da)$/u.test(a.before.at(-1) ?? '') &&
    /^victims?$|^víctimas?$|^victimes?$|^opfer$|^vítimas?$/u.test(a.before.at(-2) ?? '')
  );
}

const POINTER_OPENS = /^(?:that's|that|this|it's|which|c'est|eso|esto|das|isso|isto)$/u;

// Words earlier in the clause that make it a report to the police or an insurer ("the police report for the theft").
const REPORTING = /^(?:police|policía|polizei|polícia|crime|insurer|insurance|reported|denuncia|anzeige|plainte)$/u;

/** The clause is about a stranger, a crime already reported, or says plainly it accuses nobody. */
/**
 * "Your agent opened a card in my name, that's identity theft": a verdict, after a comma, on what
 * the reader's side did; "identity theft" or "card fraud" then names the deed, not a report.
 */
function judgesReader(words: readonly Word[], a: Around): boolean {
  const cut = a.clauseBefore.findLastIndex((w) => /,/u.test(w.gap));
  if (cut < 0 || !POINTER_OPENS.test(a.clauseBefore[cut]!.lower)) return false;
  const k = words.indexOf(a.clauseBefore[cut]!);
  return k > 0 && readerBefore(words, k);
}

function strangerOrDenied(a: Around, text: string): boolean {
  // "…billed my insurance for visits I never had, that's fraud": a verdict on the deed before the
  // comma, not a crime reported to an insurer; a stranger anywhere in it still makes it a report.
  const cut = a.clauseBefore.findLastIndex((w) => /,/u.test(w.gap));
  const own = cut >= 0 && POINTER_OPENS.test(a.clauseBefore[cut]!.lower) ? a.clauseBefore.slice(cut) : a.clauseBefore;
  if (a.clauseBefore.some((w) => THIRD_PARTY.has(w.lower)) || own.some((w) => REPORTING.test(w.lower))) return true;
  const from = a.clauseBefore[0]?.start;
  return from !== undefined && NEGATED_CLAIM.test(text.slice(from, a.clauseBefore.at(-1)!.end));
}

// "Criminally underrated", "criminally cheap": praise turned up, not a crime.
const PRAISED =
  /^\s+(?:under[a-z-]*|overlooked|good|cheap|delicious|tasty|low|short|fast|quick|fun|funny|cute|easy|generous|great|nice|lovely|addictive|moreish|unknown)\b/iu;

// A message or an offer asked about: "Esse SMS … é golpe?", "this text saying it's from you, scam?".
const MESSAGE =
  /(?:^|[^a-zà-ÿ])(?:sms|texts?|emails?|e-mails?|messages?|links?|calls?|offers?|ads?|adverts?|sites?|websites?|mensajes?|correos?|enlaces?|llamadas?|ofertas?|anuncios?|courriels?|liens?|appels?|offres?|annonces?|nachrichten?|mails?|anrufe?|angebote?|anzeigen?|mensagens?|ligações|ofertas?|anúncios?)(?![a-zà-ÿ])/iu;

/** "Is this email a scam?": asking, not stating. */
function isQuestion(text: string, a: Around, start: number, end: number): boolean {
  // A dot inside a domain ("support-plazabank.co") does not end the question: read from the sentence's start.
  const head = text.slice(0, start);
  const sentenceStart = Math.max(...[...head.matchAll(/[.!?¿]+(?=\s|$)|¿/gu)].map((m) => m.index + m[0].length), 0);
  const from = Math.min(a.clauseBefore[0]?.start ?? start, sentenceStart === 0 ? 0 : sentenceStart);
  const rest = text.slice(end);
  const stop = rest.search(/[.!?]/u);
  if (stop < 0 || rest[stop] !== '?') return false;
  // Spanish marks the question where it starts: "¿Este SMS … es una estafa?" asks, whatever its word order.
  if (/¿[^.!?¿]*$/u.test(head)) return true;
  // The question may follow a comma: "Got a fake email from them, is this a scam?"
  const clause = text.slice(from, end);
  if (MESSAGE.test(clause)) return true;
  const afterComma = clause.slice(clause.search(/[^,;—–]*$/u));
  return ASKING.test(clause) || ASKING.test(afterComma);
}

function verbAccuses(words: readonly Word[], first: number, last: number, a: Around): boolean {
  const w = words[first]!;
  // "Rob from your team was lovely": a name, not a verb.
  if (w.raw === 'Rob' && !/^(?:me|us|you|them|people|customers|everyone|pensioners)$/u.test(a.after[0] ?? ''))
    return false;
  if (/^lie[sd]?$|^lying$/u.test(w.lower) && LOCATIVE.has(a.after[0] ?? '')) return false;
  if (/^lie$|^lügen$/u.test(w.lower) && writersOwnLie(words, first)) return false;
  // "is a lie", "the big lie": a noun, judged with the nouns.
  // "That sale was a steal": a bargain, not a theft.
  if (w.lower === 'steal' && /^(?:a|an|the|real|absolute|total|such|proper)$/u.test(words[first - 1]?.lower ?? ''))
    return false;
  // "Stole my heart", "stole the show", "robó mi corazón": taking admiration, not property.
  if (/^(?:stole|steals?|stealing|robó|roubou|vol[ée])$/u.test(w.lower) && a.after.some((x) => FIGURATIVE_LOOT.test(x)))
    return false;
  if (w.lower === 'lie' && /^(?:a|an|the|this|that|big|total|complete|outright)$/u.test(words[first - 1]?.lower ?? ''))
    return false;
  if (SAFE_AFTER.has(a.after[0] ?? '')) return false;
  const prior = a.before.at(-1) ?? '';
  const prior2 = a.before.at(-2) ?? '';
  // The writer's own words: "I lied about my age", "I would lie if I said".
  if (
    /^(?:i|we)$/u.test(prior) ||
    (/^(?:i|we)$/u.test(prior2) && /^(?:would|'d|will|'ll|never|did|do|could)$/u.test(prior))
  )
    return false;
  if (PARTICIPLE.test(w.lower) || w.lower === 'fraudulently') {
    const passive =
      a.before.some((b) => BE.has(b)) || (w.lower === 'fraudulently' && a.clauseBefore.some((b) => BE.has(b.lower)));
    if (passive) {
      // "My card was stolen": a victim's report; "I was robbed by your fees" names the culprit.
      return (
        words[last + 1]?.lower === 'by' &&
        namesPeople(words, last + 2) &&
        !THIRD_PARTY.has(words[last + 2]?.lower ?? '')
      );
    }
    // "stolen phones are covered": an adjective; "you have stolen my money": an accusation.
    if (w.lower === 'stolen' && !HAVE.has(prior)) return false;
  }
  return true;
}

/** "daylight robbery", "highway robbery": the whole idiom, so it can be read as a verdict on a price. */
function daylight(text: string, start: number, word: string): string {
  const before = /\b(daylight|highway)\s+$/iu.exec(text.slice(Math.max(0, start - 12), start));
  return before ? `${before[1]} ${word}` : word;
}

// "Got banned for "cheating"", "suspendu pour « fraude »": the writer quotes the charge made
// against them, in quotes that dispute it.
const CHARGED =
  /\b(?:banned|suspended|blocked|locked|closed|flagged|accused|penali[sz]ed|fined|kicked|marked|baneado|bloqueado|suspendido|acusado|banni|bloqué|suspendu|accusé|gesperrt|beschuldigt|banido|bloqueado|suspenso|acusado)\b[^.!?]{0,25}$/iu;

function quotedCharge(text: string, start: number, end: number): boolean {
  const open = /["“«„‘']\s*$/u.exec(text.slice(Math.max(0, start - 2), start));
  if (!open || !/^\s*["”»“’']/u.test(text.slice(end, end + 2))) return false;
  return CHARGED.test(text.slice(Math.max(0, start - 40), start - open[0].length));
}

export function accusationFindings(text: string, spans: readonly Span[], words: readonly Word[]): Finding[] {
  const found: Finding[] = [];
  const add = (start: number, end: number) => {
    const word = text.slice(start, end);
    found.push({
      start,
      end,
      kind: 'defamation',
      message: t('compose.check.defamation.message'),
      suggestion: keepCase(word, SUGGESTIONS[word.toLowerCase()] ?? ''),
    });
  };
  for (const m of matchesOf(NOUN_RE, text)) {
    const end = m.index + m[0].length;
    if (inSpans(spans, m.index, end) || quotedCharge(text, m.index, end)) continue;
    const first = wordAt(words, m.index);
    const last = wordAt(words, end - 1);
    const a = around(words, first, last);
    if (/^lies$/iu.test(m[0]) && LOCATIVE.has(a.after[0] ?? '')) continue;
    if (/^(?:crimes?|crimen|verbrechen)$/iu.test(m[0]) && AGAINST.test(a.after[0] ?? '')) continue;
    if (/^criminally$/iu.test(m[0]) && PRAISED.test(text.slice(end))) continue;
    // "It's criminal how long the queue was", "criminal to charge £5 for water": a verdict on a state of affairs.
    if (/^criminal$/iu.test(m[0]) && /^\s+(?:how|what|that|to)\b/iu.test(text.slice(end))) continue;
    if (impostorBefore(text, m.index)) continue;
    // "Identity fraud by your own staff": the doer is named, so it is no report of a stranger's crime.
    const byReader = /^\s+(?:by|from)\s+(?:your|their|its|the\s+company['’]s)\b/iu.test(text.slice(end));
    // "lies-free", "scam-proof": a compound about the thing, not a claim.
    if (/^-(?:free|proof|resistant|safe)\b/iu.test(text.slice(end))) continue;
    if (/^lügen$/iu.test(m[0]) && writersOwnLie(words, first)) continue;
    if (
      isReport(a, byReader || judgesReader(words, a)) ||
      strangerOrDenied(a, text) ||
      isQuestion(text, a, m.index, end)
    )
      continue;
    if (strangerNamed(words, first) || verdictOnThing(words, first, last, daylight(text, m.index, m[0]))) continue;
    // Verb forms listed with the nouns ("robaron", "roubaram"): a belonging stolen by nobody named.
    if (streetTheft(words, first, last)) continue;
    add(m.index, end);
  }
  for (const m of matchesOf(VERB_RE, text)) {
    const end = m.index + m[0].length;
    if (inSpans(spans, m.index, end) || found.some((f) => m.index < f.end && end > f.start)) continue;
    if (quotedCharge(text, m.index, end)) continue;
    const first = wordAt(words, m.index);
    const last = wordAt(words, end - 1);
    const a = around(words, first, last);
    if (strangerOrDenied(a, text) || !verbAccuses(words, first, last, a)) continue;
    if (impostorBefore(text, m.index)) continue;
    if (streetTheft(words, first, last)) continue;
    add(m.index, end);
  }
  return found;
}
