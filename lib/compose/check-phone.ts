import { findPhoneNumbersInText, type CountryCode, type NumberType } from 'libphonenumber-js/max';
import { userLocale } from '../i18n';
import { guessLanguage } from './check-lang';

/**
 * Personal phone numbers in a post, found and typed by libphonenumber-js. The `max` metadata is
 * the one that can tell a mobile from a freephone line (getType() needs it); it is only loaded by
 * this file. A number written with + is read as international; a national one is tried against
 * the regions its language and the browser's locale suggest, then the commonest others, and the
 * first region where it is valid decides its type: 0808 is freephone in the UK but a mobile prefix
 * in Japan. Written the North American way (555-867-5309), a number is read in that plan only.
 */

export interface PhoneHit {
  start: number;
  end: number;
  /** A person's number (private), or a company's published line (public, and no other rule's business). */
  personal: boolean;
}

// Published business lines: fine to post.
const PUBLIC_TYPES = new Set<NumberType>(['TOLL_FREE', 'SHARED_COST', 'UAN', 'PREMIUM_RATE']);

const BY_LANGUAGE: Record<string, CountryCode[]> = {
  en: ['US', 'GB', 'IE', 'AU', 'NZ'],
  es: ['ES', 'MX', 'AR', 'CO'],
  fr: ['FR', 'BE', 'CH'],
  de: ['DE', 'AT', 'CH'],
  pt: ['BR', 'PT'],
};
const FALLBACK: CountryCode[] = ['US', 'GB', 'FR', 'DE', 'ES', 'BR', 'PT', 'IE', 'AU'];

function localeRegion(locale: string): CountryCode | undefined {
  try {
    const region = new Intl.Locale(locale).maximize().region;
    return region && /^[A-Z]{2}$/u.test(region) ? (region as CountryCode) : undefined;
  } catch {
    return undefined;
  }
}

/** Regions to read national numbers in, most likely first. */
export function phoneRegions(text: string, locale: string = userLocale()): CountryCode[] {
  const language = guessLanguage(text);
  const region = localeRegion(locale);
  // The browser's own region leads when the post is in its language (or in no clear language).
  const localeFirst = region !== undefined && (language === undefined || locale.toLowerCase().startsWith(language));
  const byLanguage = language ? (BY_LANGUAGE[language] ?? []) : [];
  const order = localeFirst
    ? [region, ...byLanguage, ...FALLBACK]
    : [...byLanguage, ...(region ? [region] : []), ...FALLBACK];
  return [...new Set(order)];
}

// A run of at least eight digits, allowing the separators people type: worth asking the library.
// A full stop only inside a number ("020.7946.0958"), never the end of a sentence before the next one.
const GATE = /\d(?:(?:[\s()\-/]{1,3}|\.(?=\d))?\d){7,}/gu;
const ANY_RUN = new RegExp(GATE.source, 'u');
const NANP = /^(?:1[ .-]?)?\(?\d{3}\)?[ .-]\s*\d{3}[ .-]\d{4}$/u;

const A = "['’]";
const PERSONAL = new RegExp(
  [
    '\\b(?:my|our|mine|his|her|mi|mon|ma|mein|meine|meu|minha)\\s+(?:\\p{L}+\\s+){0,2}?(?:number|phone|mobile|cell|cellphone|landline|tel|contact|número|numero|móvil|movil|teléfono|telefono|numéro|portable|nummer|handy|handynummer|telefonnummer|celular|telefone|telemóvel|whatsapp)\\b',
    '\\b(?:call|text|ring|phone|reach|contact|whatsapp|message|sms|tel|txt)\\s+(?:me|us)\\b',
    '\\bme\\s+(?:at|on)\\s*$',
    `\\b(?:llámame|llamadme|llámenme|escríbeme|appelez-moi|appelle-moi|rappelez-moi|joignable|rufen\\s+sie\\s+mich|ruf\\s+mich|erreichbar|me\\s+liga|me\\s+ligue|liga\\s+pra\\s+mim|i${A}m\\s+on)\\b`,
  ].join('|'),
  'iu',
);
const COMPANY = new RegExp(
  [
    '\\b(?:your|the|their|official|company|customer service|support|help|free|freephone|toll[- ]free|hot|contact|complaints?|billing|sales|business|main|us|uk)\\s+(?:\\p{L}+\\s+){0,2}?(?:line|lines|number|numbers|helpline|hotline|switchboard|freephone|no\\.?)\\s*(?:is|was|:|on|at)?\\s*$',
    '\\b(?:called|rang|dialled|dialed|phoned|tried|call|ring|dial)\\s+(?:you\\s+)?(?:on\\s+|at\\s+)?$',
    '\\b(?:llam[ée]|llamo)\\s+al\\s*$|\\bappel[ée]\\s+le\\s*$|\\bangerufen\\b|\\bliguei\\s+para\\s*$',
  ].join('|'),
  'iu',
);
// "order 112-4456789", "ref 0151…": a reference, whatever it looks like.
const REFERENCE_CUE =
  /\b(?:refs?|reference|case|ticket|complaint|incident|claim|order|booking|confirmation|conf|tracking|request|invoice|rma|return|job|sr|cr|inc|serial|imei|pedido|commande|bestellung|encomenda)\b[\s\w#.:,'’()-]{0,40}$|#\s*$/iu;

// Letters glued to a number ("on07911123456", "07911 123456please") hide it from the finder;
// a copy with them blanked keeps every offset.
function unglued(text: string): string {
  return text.replace(/\p{Ll}{2,}(?=\d)|(?<=\d)\p{Ll}{2,}/gu, (m) => ' '.repeat(m.length));
}

interface Reading {
  start: number;
  end: number;
  valid: boolean;
  type: NumberType;
  international: boolean;
}

/** National numbers must look like phone numbers, not like any long number that happens to be valid somewhere. */
function phoneShaped(raw: string, personal: boolean): boolean {
  const digits = raw.replace(/\D/gu, '');
  if (digits.length < 9) return false;
  if (personal || /^[0(]/u.test(raw) || NANP.test(raw)) return true;
  return (raw.match(/[\s.\-/]+/gu) ?? []).length >= 2;
}

/** Whether the text before a digit run already rules it out as a phone number. */
function ruledOut(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  // Part of a longer code ("1Z999AA10123456784", "VR-055995545") or an amount ("£1,240,000").
  if (/[\p{Lu}\p{N}£$€,]$|[\p{L}\p{N}]-$/u.test(before)) return true;
  return !PERSONAL.test(before) && REFERENCE_CUE.test(before);
}

/**
 * Each digit run is read on its own, in a small window around it: the library never scans the
 * whole post, and a run already valid in one region is not read again in the next.
 */
function readings(text: string, loose: string, regions: readonly CountryCode[]): Reading[] {
  const out: Reading[] = [];
  for (const run of loose.matchAll(GATE)) {
    if (ruledOut(text, run.index)) continue;
    const from = Math.max(0, run.index - 4);
    const window = loose.slice(from, run.index + run[0].length);
    let best: Reading | undefined;
    const plans = NANP.test(run[0]) ? (['US'] as CountryCode[]) : regions;
    for (const region of plans) {
      for (const found of findPhoneNumbersInText(window, { defaultCountry: region, extended: true })) {
        const start = from + found.startsAt;
        const end = from + found.endsAt;
        if (ruledOut(text, start)) continue;
        const valid = found.number.isValid();
        // The first region where the number is valid decides; until then keep the first possible reading.
        if (best && (best.valid || !valid)) continue;
        best = {
          start,
          end,
          valid,
          type: valid ? found.number.getType() : undefined,
          international: /^\s*(?:\+|00)/u.test(text.slice(start, end)),
        };
      }
      if (best?.valid) break;
    }
    if (best) out.push(best);
  }
  return out;
}

/** Phone numbers in the text: personal ones, and company lines (freephone, the number you called). */
export function phoneHits(text: string, locale?: string): PhoneHit[] {
  const loose = unglued(text);
  if (!ANY_RUN.test(loose)) return [];
  const hits: PhoneHit[] = [];
  for (const r of readings(text, loose, phoneRegions(text, locale))) {
    const raw = text.slice(r.start, r.end);
    const before = text.slice(Math.max(0, r.start - 40), r.start);
    const personal = PERSONAL.test(before);
    const company = !personal && COMPANY.test(before);
    if (!r.international && !phoneShaped(raw, personal)) continue;
    const published = (r.valid && PUBLIC_TYPES.has(r.type) && !personal) || (company && r.type !== 'MOBILE');
    if (!published && !r.valid && !personal && !r.international && !/^[0(]/u.test(raw) && !NANP.test(raw)) continue;
    hits.push({ start: r.start, end: r.end, personal: !published });
  }
  return hits;
}
