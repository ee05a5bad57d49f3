import { t } from '../i18n';
import { inSpans, matchesOf } from './check-scan';
import type { Finding } from './findings';
import type { Span } from './tokens';
import { PRESENCE } from './check-threat-presence';
import { VEILED } from './check-threat-veiled';
import { HARM } from './check-threat-harm';
import { framedThreats } from './check-threat-frames';
import { addressForPost, jokeAddress } from './check-threat-lawful';
import { hintedThreats } from './check-threat-hints';
import { menaceThreats } from './check-threat-menace';
import { WARNED } from './check-threat-warned';
import { A, WILL, YOU, YOUR_PLACE, compile } from './check-threat-words';

/**
 * Threats, open ("I will make you pay", "I'll burn the place down") and veiled ("you'll regret
 * this", "I know where your office is", "it would be a shame if something happened"). Saying you
 * will go to court, to a lawyer, the regulator, the ombudsman or another provider is a right, not a
 * threat, and is never matched.
 */

const EN = [
  // Threats stated by the writer.
  `\\b(?:i|we)${WILL}\\s+(?:\\w+\\s+){0,2}?(?:drag (?:you|them)|destroy|ruin|make (?:you|them|your life|sure (?:you|they|he|she|(?:your|that|the) (?:\\w+ )?\\w+)) (?:pay|pays|regret|regrets|suffer|suffers|sorry|is sorry|hell|a misery|miserable)|come (?:after|for) you|get you|hunt|expose you|bury you|burn|smash|kill|hurt|end you|dox|find (?:out )?where ${YOU}|(?:find|hunt down|track down|go after) (?:you|your (?:driver|agent|manager|ceo|boss|engineer|courier|staff))(?! (?:on|at|in|online|via|through|a|an|the|email|number|details)\\b)|track (?:you|him|her|them) down|(?:come|turn up|show up) (?:to|at) your)\\b`,
  `\\b(?:or else|you${WILL}\\s+(?:\\w+\\s+)?(?:regret(?!\\s+(?:losing|letting\\s+(?:me|us|a)\\b))|be sorry|pay for|pay dearly|get what)|(?:watch|mind) (?:your|ur) backs?|(?:better|should|wants? to|needs? to|ought to|${A}d better) (?:watch|mind) (?:his|her|their) backs?|watch yourselves|i know where ${YOUR_PLACE}\\b(?![^.!?]{0,12}\\b(?:i|we)(?:${A}ve|\\s+have)\\s+been\\s+there)|you(?:${A}ve| have) been warned|consider (?:yourselves?|this) warned|heads will roll)\\b`,
  // "Shoot you the photos", "shoot them over": to send, not to fire.
  '\\b(?:kill|hurt|punch|smash|burn down|blow up|shoot|stab|beat up)\\s+(?:you|your|them|someone|everyone|the (?:store|shop|office|staff|manager))\\b(?!\\s+an?\\s+(?:email|e-mail|message|dm|line|text|note|quick))(?!(?<=shoot\\s+(?:you|them))\\s+(?:the|some|my|our|these|those|this|that|over|across|back|through|a|an)\\b)',
];

// Spanish, French, German, Portuguese: "you'll regret it", "I know where you live", "you'll pay".
const INTL = [
  '\\b(?:os|te|se|le|les)\\s+(?:vais|vas|va|van)\\s+a\\s+arrepentir\\b|\\barrepentir(?:éis|ás|án)\\b|\\b(?:lo\\s+)?(?:vais|vas|van)\\s+a\\s+pagar\\b',
  '\\bs[ée]\\s+d[óo]nde\\s+(?:vives|viv[íi]s|viven|vive|trabajas|trabaj[áa]is|trabajan|est[áa]n?)\\b',
  '\\b(?:vous|tu)\\s+(?:allez|vas)\\s+(?:le\\s+)?(?:regretter|payer)\\b|\\b(?:vous|tu)\\s+le\\s+(?:regretterez|regretteras|paierez|paieras)\\b',
  '\\bje\\s+sais\\s+o[ùu]\\s+(?:vous|tu|se\\s+trouve|est|sont)\\b',
  '\\b(?:werden|wird|wirst|werdet)\\s+(?:\\p{L}+\\s+){0,3}?(?:bereuen|büßen)\\b|\\b(?:werden|wirst|werdet)\\s+(?:\\p{L}+\\s+){0,3}?bezahlen\\b|\\bdas\\s+(?:werden|wirst|werdet)\\s+(?:Sie|du|ihr)\\s+(?:noch\\s+)?bereuen\\b',
  '\\bich\\s+wei(?:ß|ss),?\\s+wo\\s+(?:Sie|du|ihr|Ihr|Ihre|dein|deine|euer|eure)\\b',
  '\\b(?:vão|vai|irão|vais)\\s+(?:se\\s+)?arrepender\\b|\\b(?:vão|vai)\\s+pagar\\s+(?:caro|por\\s+isso)\\b',
  '\\bsei\\s+onde\\s+(?:vocês|você|tu)\\s+(?:mora|moram|trabalha|trabalham)\\b|\\bsei\\s+onde\\s+fica\\b',
];

// The first patterns state a next step in anger: the suggestion offers the calm version. Violence,
// the other languages' "you'll regret it" and veiled threats have none, so their suggestion
// removes them.
const STATED = 2;
const THREAT_RES = [
  ...compile(EN).map((re, i) => ({ re, stated: i < STATED })),
  ...[...compile(INTL, true), ...VEILED, ...PRESENCE, ...HARM, ...WARNED].map((re) => ({ re, stated: false })),
];

// Harm verbs whose object decides: "I'll destroy you" threatens, "I'm going to kill my data allowance"
// and "I'll hunt down the receipt" do not. The writer's own things, or a plain thing that is not
// the company's premises or people, make it an idiom.
const HARM_VERB = /(?:destroy|ruin|hunt|burn|smash|kill|hurt)$/iu;
const PREMISES_OR_PEOPLE =
  'store|shop|office|branch|depot|van|car|building|warehouse|place|premises|business|dealership|showroom|garage|outlet|restaurant|hotel|station|factory|site|salon|agency|bank|headquarters|hq|house|home|flat|window|tyre|tire|truck|fleet|manager|driver|agent|staff|ceo|boss|engineer|courier|company|guy|man|woman|lady|person|people|one|team|rep|clerk|employee|worker|landlord|owner|director';
const OWN_OR_THING = new RegExp(
  `^\\s+(?:down\\s+|through\\s+|up\\s+)?(?:my|our|me|myself|ourselves|time|some\\s+time|(?:the|a|an|this|that|these|those)\\s+(?!(?:\\p{L}+\\s+){0,2}(?:${PREMISES_OR_PEOPLE})s?\\b)\\p{L}+)\\b`,
  'iu',
);

// Stated acts of violence or pursuit among the next steps ("I will hurt your staff", "I'll smash your window").
const VIOLENCE =
  /\b(?:destroy|burn|smash|kill|hurt|hunt|end\s+you|get\s+you|come\s+(?:after|for)|track|find|beat|punch|stab|shoot|blow\s+up)/iu;

function harmsOnlyAThing(text: string, end: number, matched: string): boolean {
  return HARM_VERB.test(matched) && OWN_OR_THING.test(text.slice(end, end + 60));
}

export function threatFindings(text: string, spans: readonly Span[]): Finding[] {
  const found: Finding[] = [];
  for (const { re, stated } of THREAT_RES) {
    for (const m of matchesOf(re, text)) {
      const end = m.index + m[0].length;
      if (inSpans(spans, m.index, end) || found.some((f) => m.index < f.end && end > f.start)) continue;
      if (harmsOnlyAThing(text, end, m[0])) continue;
      if (addressForPost(text, m.index, end) || jokeAddress(text, m.index, end)) continue;
      // Violence has no calm version, even when stated as the writer's next step: it is removed.
      const calm = stated && !VIOLENCE.test(m[0]);
      const suggestion = calm ? t('compose.check.threat.suggestion') : '';
      found.push({ start: m.index, end, kind: 'threat', message: t('compose.check.threat.message'), suggestion });
    }
  }
  // Threats read from their structure (a menacing frame and a harm) have no calm version either.
  // A frame and its harm may stand either side of a handle ("someone at @Shop is going to get hurt"):
  // only a threat lying wholly inside a handle, link or code is skipped.
  for (const { start, end } of [...framedThreats(text), ...menaceThreats(text), ...hintedThreats(text)]) {
    const inside = spans.some((s) => start >= s.start && end <= s.end);
    if (inside || found.some((f) => start < f.end && end > f.start)) continue;
    found.push({ start, end, kind: 'threat', message: t('compose.check.threat.message'), suggestion: '' });
  }
  return found;
}
