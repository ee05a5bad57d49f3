import { t } from '../i18n';
import { inSpans, matchesOf } from './check-scan';
import type { Finding } from './findings';
import type { Span } from './tokens';

/**
 * Threats, open ("I'll sue", "I will make you pay") and veiled ("you'll regret this", "I know
 * where your office is", "it would be a shame if something happened"). Saying you will go to the
 * regulator, the ombudsman or another provider is a right, not a threat, and is never matched.
 */

const A = "['’]";
const WILL = `(?:${A}ll| will| shall|${A}m going to| am going to| are going to|${A}re going to| am gonna|${A}m gonna)`;
const YOU = '(?:you|ya|u|your\\s+\\w+|the\\s+(?:company|manager|staff|ceo|boss|driver|agent))';
const YOUR_PLACE =
  '(?:you|your\\s+(?:\\w+\\s+)?(?:office|offices|ceo|boss|manager|staff|agents?|drivers?|family|kids|house|home|depot|store|shop|car|business|premises|hq|headquarters)|the\\s+(?:manager|ceo|driver|agent|staff)|he|she|they)';

const EN = [
  // Legal and physical threats stated by the writer.
  `\\b(?:i|we)${WILL}\\s+(?:\\w+\\s+){0,2}?(?:sue|take (?:you|this|them|it|the company|your company)(?: all the way)? to (?:small claims )?court|drag (?:you|them)|destroy|ruin|make (?:you|them|sure you|your life) (?:pay|regret|suffer|sorry|hell|a misery|miserable)|come (?:after|for) you|get you|hunt|expose you|bury you|burn|smash|kill|hurt|end you|dox|take legal action|start legal action|file a (?:class[- ]action )?lawsuit|get my lawyers?|get a lawyer|call my lawyer|find (?:out )?where ${YOU}|(?:find|hunt down|go after) (?:you|your (?:driver|agent|manager|ceo|boss|engineer|courier|staff))(?! (?:on|at|in|online|via|through|a|an|the|email|number|details)\\b)|track (?:you|him|her|them) down|(?:come|turn up|show up) (?:to|at) your)\\b`,
  '\\b(?:sue|suing)\\s+(?:you|them|your company|the company|the pants|every)\\b',
  `\\b(?:or else|you${WILL}\\s+(?:\\w+\\s+)?(?:regret|be sorry|pay for|pay dearly|get what|be hearing from my)|watch (?:your|ur) backs?|watch yourselves|i know where ${YOUR_PLACE}\\b|see you in court|(?:hear from|be hearing from|a (?:letter|call) from) my (?:lawyers?|solicitors?|attorneys?)|you(?:${A}ve| have) been warned|consider (?:yourselves?|this) warned|my (?:lawyers?|solicitors?|attorneys?) will|(?:class[- ]action|legal action|a lawsuit) (?:is|will be) coming|heads will roll)\\b`,
  '\\b(?:kill|hurt|punch|smash|burn down|blow up|shoot|stab|beat up)\\s+(?:you|your|them|someone|everyone|the (?:store|shop|office|staff|manager))\\b',
  // Veiled: harm left to the reader's imagination.
  `\\b(?:would|${A}d)\\s+be\\s+a\\s+(?:real\\s+|great\\s+|terrible\\s+)?(?:shame|pity)\\s+if\\s+(?:something|anything|someone|anyone|your|you|they)\\b`,
  `\\b(?:i|we)\\s*(?:would|${A}d)\\s+hate\\s+(?:for\\s+)?(?:something|anything|${YOU})\\s+to\\s+(?:happen|have|get|suffer|be)\\b`,
  `\\b(?:people|companies|firms|those)\\s+like\\s+(?:you|yours)\\s+(?:get|deserve|have it|will get|always get)\\b|\\bget\\s+what${A}?s\\s+coming\\b|\\bhave\\s+it\\s+coming\\b|\\bwhat${A}s\\s+coming\\s+to\\s+(?:you|them)\\b`,
  '\\b(?:keep|carry on|go on|try)\\b[^.!?]{0,30}?\\band\\s+see\\s+what\\s+happens\\b',
  `\\b(?:someone|somebody|people|you|your\\s+\\w+|he|she|they)\\s+(?:will|${A}ll|is\\s+going\\s+to|${A}s\\s+going\\s+to|are\\s+going\\s+to|might|could)\\s+(?:get|be)\\s+(?:hurt|injured|harmed)\\b`,
  '\\bmake\\s+(?:things|life|it)\\s+(?:\\w+\\s+)?(?:difficult|hard|hell|unpleasant|miserable)\\s+for\\s+(?:you|your|them)\\b',
  `\\bhope\\s+${YOUR_PLACE}\\s+(?:\\w+\\s+)?(?:burns?|dies?|rots?|suffers?|crash(?:es)?|gets?\\s+(?:hurt|what))\\b`,
  `\\b(?:no idea|don${A}t know|do not know)\\s+who\\s+you${A}?(?:re| are)\\s+(?:dealing|messing|dealing)\\s+with\\b`,
  `\\b(?:someone|somebody|i)\\s+(?:should|ought to|needs? to|will|${A}ll|am going to)\\s+(?:teach|show)\\s+${YOU}\\s+a\\s+lesson\\b|\\bteach\\s+${YOU}\\s+a\\s+lesson\\b`,
  `\\b(?:don${A}t|do not)\\s+make\\s+me\\s+(?:come|go|turn up|show up|find)\\b`,
  `\\bmake\\s+(?:your|their)\\s+li(?:fe|ves)\\s+(?:hell|a misery|a living hell|miserable)\\b`,
  '\\bsleep\\s+with\\s+one\\s+eye\\s+open\\b',
  `\\bsomething\\s+(?:\\w+\\s+)?(?:is\\s+going\\s+to|will|might|could|may|is\\s+gonna)\\s+happen\\s+to\\s+${YOUR_PLACE}`,
  `\\b(?:you|ya)(?:${A}d|\\s+had)?\\s+better\\s+(?:hope|pray|watch|be\\s+careful|keep\\s+an\\s+eye|sleep)\\b`,
  `\\b(?:post|publish|share|leak|put\\s+up|spread|make\\s+sure\\s+(?:\\w+\\s+){0,2}knows?)\\s+(?:\\w+\\s+){0,3}?(?:your|his|her|their)\\s+(?:home\\s+)?(?:address|phone\\s+number|family)\\b`,
  `\\b(?:you|your\\s+\\w+)\\s+(?:won${A}t|will not|wouldn${A}t)\\s+(?:feel|be)\\s+safe\\b`,
  `\\bnice\\s+(?:shop|store|office|car|business|little business|family|place)\\s+you${A}?(?:ve| have)\\s+(?:got\\s+)?there\\b`,
  `\\b(?:i|we)${A}?(?:m| am| are|${A}re)\\s+coming\\s+for\\s+you\\b|\\b(?:i|we)${WILL}\\s+be\\s+waiting\\s+for\\s+you\\b`,
];

// Spanish, French, German, Portuguese: "you'll regret it", "I know where you live", "you'll pay".
const INTL = [
  '\\b(?:os|te|se|le|les)\\s+(?:vais|vas|va|van)\\s+a\\s+arrepentir\\b|\\barrepentir(?:éis|ás|án)\\b|\\b(?:lo\\s+)?(?:vais|vas|van)\\s+a\\s+pagar\\b',
  '\\bs[ée]\\s+d[óo]nde\\s+(?:vives|viv[íi]s|viven|vive|trabajas|trabaj[áa]is|trabajan|est[áa]n?)\\b',
  '\\b(?:vous|tu)\\s+(?:allez|vas)\\s+(?:le\\s+)?(?:regretter|payer)\\b|\\b(?:vous|tu)\\s+le\\s+(?:regretterez|regretteras|paierez|paieras)\\b',
  '\\bje\\s+sais\\s+o[ùu]\\s+(?:vous|tu|se\\s+trouve|est|sont)\\b',
  '\\b(?:werden|wirst|werdet)\\s+(?:\\p{L}+\\s+){0,3}?(?:bereuen|büßen|bezahlen)\\b|\\bdas\\s+(?:werden|wirst|werdet)\\s+(?:Sie|du|ihr)\\s+(?:noch\\s+)?bereuen\\b',
  '\\bich\\s+wei(?:ß|ss),?\\s+wo\\s+(?:Sie|du|ihr|Ihr|Ihre|dein|deine|euer|eure)\\b',
  '\\b(?:vão|vai|irão|vais)\\s+(?:se\\s+)?arrepender\\b|\\b(?:vão|vai)\\s+pagar\\s+(?:caro|por\\s+isso)\\b',
  '\\bsei\\s+onde\\s+(?:vocês|você|tu)\\s+(?:mora|moram|trabalha|trabalham)\\b|\\bsei\\s+onde\\s+fica\\b',
];

// The first patterns state a next step in anger: the suggestion offers the calm version. Veiled
// threats have no calm version, so their suggestion removes them.
const STATED = 3;
// JavaScript's \b only knows ASCII letters: "está", "vão" need a Unicode word boundary.
const UNICODE_B = '(?:(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}]))';
const THREAT_RES = [...EN, ...INTL.map((source) => source.replaceAll('\\b', UNICODE_B))].map((source, i) => ({
  re: new RegExp(source, 'giu'),
  stated: i < STATED,
}));

export function threatFindings(text: string, spans: readonly Span[]): Finding[] {
  const found: Finding[] = [];
  for (const { re, stated } of THREAT_RES) {
    for (const m of matchesOf(re, text)) {
      const end = m.index + m[0].length;
      if (inSpans(spans, m.index, end) || found.some((f) => m.index < f.end && end > f.start)) continue;
      const suggestion = stated ? t('compose.check.threat.suggestion') : '';
      found.push({ start: m.index, end, kind: 'threat', message: t('compose.check.threat.message'), suggestion });
    }
  }
  return found;
}
