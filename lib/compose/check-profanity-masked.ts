import { t } from '../i18n';
import { inSpans } from './check-scan';
import type { Finding } from './findings';
import type { Span } from './tokens';

/**
 * Swear words masked in ways no list foresees ("sh*tty", "f***ing", "b@st@rd", "merd€", "p*ta"):
 * a word with letters and masking signs is read back as every word its letters could spell, and
 * reported when one of them is a swear word. A word of signs alone, an amount or a handle is not.
 */
const SWEARS = [
  'fuck',
  'fucking',
  'fucked',
  'fucker',
  'fuckers',
  'motherfucker',
  'motherfucking',
  'shit',
  'shitty',
  'shite',
  'bullshit',
  'bastard',
  'bastards',
  'bitch',
  'bitches',
  'cunt',
  'cunts',
  'asshole',
  'assholes',
  'arsehole',
  'arseholes',
  'bollocks',
  'wanker',
  'wankers',
  'twat',
  'twats',
  'dickhead',
  'dickheads',
  'prick',
  'pricks',
  'piss',
  'pissed',
  'crap',
  'crappy',
  'damn',
  'mierda',
  'puta',
  'puto',
  'putos',
  'joder',
  'coño',
  'cabrón',
  'cabron',
  'gilipollas',
  'merde',
  'putain',
  'connard',
  'connards',
  'salaud',
  'enculé',
  'scheiße',
  'scheisse',
  'scheiss',
  'arschloch',
  'porra',
  'caralho',
  'merda',
  'foda',
];
const BY_LENGTH = new Map<number, string[]>();
for (const w of SWEARS) BY_LENGTH.set(w.length, [...(BY_LENGTH.get(w.length) ?? []), w]);

// A word with at least one masking sign between or after letters: "sh*t", "f**k", "@sshole", "b!tch".
const MASKED = /(?<![\p{L}\p{N}@#$*!_])[\p{L}*@#$!0-9€]{3,16}(?![\p{L}\p{N}*@#$!_])/gu;
const SIGN = /[*@#$!0-9€]/u;
// What each sign can stand for: any letter for *, a look-alike letter for the others.
const STANDS_FOR: Record<string, string> = {
  '@': 'ao',
  '4': 'a',
  $: 's',
  '5': 's',
  '!': 'il',
  '1': 'il',
  '0': 'o',
  '3': 'e',
  '€': 'e',
  '#': '',
  '*': '',
};

function spells(masked: string, word: string): boolean {
  for (let i = 0; i < word.length; i += 1) {
    const c = masked[i]!;
    const w = word[i]!;
    if (c === w) continue;
    const may = STANDS_FOR[c];
    if (may === undefined) return false;
    if (may !== '' && !may.includes(w)) return false;
  }
  return true;
}

export function maskedProfanityFindings(text: string, spans: readonly Span[]): Finding[] {
  const found: Finding[] = [];
  for (const m of text.matchAll(MASKED)) {
    const raw = m[0];
    const letters = raw.replace(/[^\p{L}]/gu, '').length;
    // Letters and signs both: not a number, an amount, a code of capitals and digits or a row of stars.
    if (!SIGN.test(raw) || letters < 1 || /^[\p{Lu}\d]+$/u.test(raw) || /^\d/u.test(raw)) continue;
    if (!/[*@#$!€]/u.test(raw) && letters < 2) continue;
    const end = m.index + raw.length;
    if (inSpans(spans, m.index, end)) continue;
    const lower = raw.toLowerCase();
    if (!(BY_LENGTH.get(lower.length) ?? []).some((w) => spells(lower, w))) continue;
    found.push({ start: m.index, end, kind: 'profanity', message: t('compose.check.profanity'), suggestion: '' });
  }
  return found;
}
