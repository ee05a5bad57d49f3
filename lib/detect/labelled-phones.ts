import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { readDialled, regionOf } from '../phones/dialled';
import { fold } from './text';

/**
 * Phone numbers a page writes as text after a word that says so — "Telp: 0813-2726-9718", "Call /
 * WA : 081327269718", "Teléfono (+34) 912 345 678", "Handy 0171 2345678" — in any country's
 * numbering, read with libphonenumber-js. The judge's only (it runs in the background, which
 * carries the numbering plans): the page scripts' small rule set (./phones.ts) knows the numbering
 * of a few countries, and a number written without a country code on a page whose language or
 * domain names no country (an Indonesian site in "en-US" on a .com) is read here.
 *
 * Bounded and linear: a label of letters, at most 15 characters that are not digits, then one run
 * of 7–22 digits and separators.
 */
const LABELLED =
  /(?<![a-z])(?:tel[a-z]{0,7}|phone|fon|mobile?|handy|hp|wa|whatsapp|call|gsm|movil|celular|portable|cell)(?![a-z])[^\d+\n]{0,15}(\+?\(?\+?\d[\d ().\u00a0/-]{5,20}\d)/g;

/** Numbers read at most: a contact page writes a few; a page of thousands costs no more. */
const MAX_NUMBERS = 20;

/** The last eight digits: the same number written nationally and internationally ends the same. */
export function numberKey(phone: string): string {
  return phone.replace(/\D/g, '').slice(-8);
}

/**
 * Every labelled number in `text` with 8–15 digits, in E.164 when the numbering plan of one of
 * `regions` (tried in order) or its own country code says it is valid, otherwise as its digits.
 */
export function labelledPhones(text: string, regions: readonly CountryCode[]): string[] {
  const found = new Map<string, string>();
  for (const match of fold(text).matchAll(LABELLED)) {
    if (found.size >= MAX_NUMBERS) break;
    const written = (match[1] ?? '').replace(/\s+$/, '');
    const digits = written.replace(/\D/g, '');
    if (digits.length < 8 || digits.length > 15 || found.has(numberKey(digits))) continue;
    let phone: string | undefined;
    for (const region of written.includes('+') ? [undefined] : regions) {
      const read = readDialled(written, region);
      if (read?.kind === 'number') {
        phone = read.e164;
        break;
      }
    }
    found.set(numberKey(digits), phone ?? `${written.includes('+') ? '+' : ''}${digits}`);
  }
  return [...found.values()];
}

/**
 * Where a page's national numbers belong, most likely first: the countries of the numbers its
 * links dial in full (a tel: +62… or a WhatsApp link: the business's own country), then the
 * country of its language or domain.
 */
export function numberRegions(dialled: readonly string[], country: string): CountryCode[] {
  const regions = new Set<CountryCode>();
  for (const phone of dialled) {
    const region = phone.startsWith('+') ? parsePhoneNumberFromString(phone)?.country : undefined;
    if (region) regions.add(region);
  }
  const own = regionOf(country);
  if (own) regions.add(own);
  return [...regions];
}
