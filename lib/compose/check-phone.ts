import { findPhoneNumbersInText, type CountryCode, type NumberType } from 'libphonenumber-js/max';
import { userLocale } from '../i18n';
import { guessLanguage } from './check-lang';
import { COMPANY, COMPANY_CHANNEL, PERSONAL, readerOwns } from './check-phone-cues';
import { referenceBefore } from './check-refs';

import { nigerianMobile } from './check-phone-ng';
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
// Types a company's office or desk line has: public when the text names it as the company's.
const LINE_TYPES = new Set<NumberType>([...PUBLIC_TYPES, 'FIXED_LINE', 'FIXED_LINE_OR_MOBILE', 'VOIP']);

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

const BARE_NUMBER =
  /^(?:the|a|an|el|la|le|o|die|der)\s+(?:number|numbers|line|no\.?|número|numéro|nummer|teléfono|téléphone|telefone|telefonnummer)\b/iu;

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
  if (ID_CUE.test(before)) return true;
  return !PERSONAL.test(before) && referenceBefore(before);
}

// A national ID named just before ("Medicare number is 5555 12345 1"): an ID, read by the ID rule.
const ID_CUE =
  /\b(?:medicare|nric|mykad|aadhaa?r|ppsn?|bvn|curp|ssn|social\s+security|national\s+insurance|passport|nhs|tfn|tax\s+file|driving\s+licen[cs]e)\b[^.!?\d]{0,20}$/iu;

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

// Australian business lines ("1300 555 010", "1800 123 456", "13 22 65") are never anyone's home or mobile.
const AU_BUSINESS = /^(?:1[389]00[\s-]?\d{3}[\s-]?\d{3}|13[\s-]?\d{2}[\s-]?\d{2})$/u;

// A seven-digit local number ("555-0134") is too short for the finder; after "call me on" it is still the writer's.
const SHORT_LOCAL = /(?<![\d+-])\d{3}[-. ]\d{4}(?![\d-])/gu;

function shortLocalHits(text: string): PhoneHit[] {
  const hits: PhoneHit[] = [];
  for (const m of text.matchAll(SHORT_LOCAL)) {
    if (
      /\bme\s+(?:at|on)\s*$|\b(?:call|text|ring|reach)\s+(?:me|us)\s+(?:at|on)\s*$/iu.test(
        text.slice(Math.max(0, m.index - 30), m.index),
      )
    )
      hits.push({ start: m.index, end: m.index + m[0].length, personal: true });
  }
  return hits;
}

/** Phone numbers in the text: personal ones, and company lines (freephone, the number you called). */
export function phoneHits(text: string, locale?: string): PhoneHit[] {
  const loose = unglued(text);
  if (!ANY_RUN.test(loose)) return shortLocalHits(text);
  const hits: PhoneHit[] = shortLocalHits(text);
  for (const r of readings(text, loose, phoneRegions(text, locale))) {
    const raw = text.slice(r.start, r.end);
    const before = text.slice(Math.max(0, r.start - 40), r.start);
    const personal = PERSONAL.test(before);
    // Company cues can be long ("el teléfono de atención al cliente de Iberline"): read further back.
    const cue = COMPANY.exec(text.slice(Math.max(0, r.start - 70), r.start));
    const company = !personal && cue !== null;
    if (!r.international && !phoneShaped(raw, personal)) continue;
    // A desk line named as the company's is public. A mobile is only when the cue names a channel
    // ("your official WhatsApp", "the helpline"); a number of unknown type only when the cue says
    // whose it is ("your", "official", "Northline's"), not after a bare "the number is".
    const channel = company && COMPANY_CHANNEL.test(cue[0]);
    const owned = company && readerOwns(cue[0]);
    // "The number is …" names no company: the number could be anyone's.
    const bare = company && BARE_NUMBER.test(cue[0]) && !owned && !channel;
    const companyLine = company && !bare && (LINE_TYPES.has(r.type) || channel || (r.type !== 'MOBILE' && owned));
    const mobile = !r.international && nigerianMobile(raw, text);
    const published =
      (r.valid && PUBLIC_TYPES.has(r.type) && !personal && !mobile) ||
      (companyLine && !(mobile && !channel)) ||
      (!personal && AU_BUSINESS.test(raw.trim()));
    if (!published && !r.valid && !personal && !r.international && !/^[0(]/u.test(raw) && !NANP.test(raw)) continue;
    hits.push({ start: r.start, end: r.end, personal: !published });
  }
  return hits;
}
