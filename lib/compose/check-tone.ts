import { accusationFindings } from './check-accuse';
import { deedFindings } from './check-accuse-deeds';
import { insultFindings, profanityFindings } from './check-insult';
import { pejorativeFindings } from './check-insult-nouns';
import { swearsAtPeople } from './check-insult-swear';
import { maskedProfanityFindings } from './check-profanity-masked';
import { shoutFindings } from './check-shout';
import { wordsOf } from './check-target';
import { threatFindings } from './check-threat';
import type { Finding } from './findings';
import { protectedSpans } from './tokens';

/**
 * Profanity, insults, threats, defamation and shouting, with plain explanations. Where two rules
 * flag overlapping text the graver kind is kept: a threat over an accusation over a swear word.
 */
export function toneFindings(text: string): Finding[] {
  const spans = protectedSpans(text);
  const words = wordsOf(text);
  const found: Finding[] = [];
  const ordered = [
    threatFindings(text, spans),
    accusationFindings(text, spans, words),
    deedFindings(text, spans, words),
    swearsAtPeople(text, words, [...profanityFindings(text, spans), ...maskedProfanityFindings(text, spans)]),
    insultFindings(text, spans, words),
    pejorativeFindings(text, spans, words),
    shoutFindings(text, spans),
  ];
  for (const list of ordered) {
    for (const f of list) if (!found.some((g) => f.start < g.end && f.end > g.start)) found.push(f);
  }
  return found;
}
