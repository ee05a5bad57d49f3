import { fold } from './text';

/**
 * Phone numbers: E.164 where the number can be normalised, otherwise as written (short codes).
 * A deliberately small rule set instead of a full numbering-plan library: this code ships in the
 * page part of the contact script, loaded on every page that might be a contact page; the
 * extension's pages and background read numbers with libphonenumber-js (lib/phones).
 */

/** Country calling code and national-number length range for numbers written with a trunk 0. */
const TRUNK: Record<string, [string, number, number]> = {
  GB: ['44', 9, 10],
  IE: ['353', 7, 9],
  FR: ['33', 9, 9],
  DE: ['49', 5, 11],
  AT: ['43', 5, 12],
  CH: ['41', 9, 9],
  NL: ['31', 9, 9],
  BE: ['32', 8, 9],
  AU: ['61', 9, 9],
  NZ: ['64', 8, 10],
};
const NANP = new Set(['US', 'CA', 'PR']);

const KEYPAD = 'ABC2DEF3GHI4JKL5MNO6PQRS7TUV8WXYZ9';
function keypadDigit(letter: string): string {
  const at = KEYPAD.indexOf(letter.toUpperCase());
  let i = at;
  while (i >= 0 && !/\d/.test(KEYPAD[i] ?? '')) i++;
  return at < 0 ? '' : (KEYPAD[i] ?? '');
}

/** A North American number: area code and exchange never start with 0 or 1. */
function nanp(digits: string): string | undefined {
  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  return national.length === 10 && /^[2-9]\d{2}[2-9]/.test(national) ? `+1${national}` : undefined;
}

/**
 * Normalises a written number to E.164 given the page's country (from its language or domain);
 * undefined when it cannot be a phone number.
 */
export function normalisePhone(written: string, country = 'US'): string | undefined {
  const raw = written.trim();
  const digits = raw.replace(/\D/g, '');
  if (/^\+/.test(raw) || raw.startsWith('00')) {
    const international = raw.startsWith('00') ? digits.slice(2) : digits;
    // Drop the "(0)" some sites write after the country code: +44 (0)20 ...
    const cleaned = /\(0\)/.test(raw) ? international.replace(/^(\d{1,3}?)0/, '$1') : international;
    return cleaned.length >= 8 && cleaned.length <= 15 && !cleaned.startsWith('0') ? `+${cleaned}` : undefined;
  }
  const plan = TRUNK[country];
  if (plan && digits.startsWith('0')) {
    const national = digits.slice(1);
    return national.length >= plan[1] && national.length <= plan[2] ? `+${plan[0]}${national}` : undefined;
  }
  // North American numbers are written the same way everywhere ("1-800-…"); elsewhere only
  // the explicit long form with its leading 1 is trusted.
  if (!plan || NANP.has(country) || (digits.length === 11 && digits.startsWith('1'))) {
    const us = nanp(digits);
    if (us) return us;
  }
  if (country === 'ES' && /^[6-9]\d{8}$/.test(digits)) return `+34${digits}`;
  if (country === 'IT' && /^0\d{5,10}$/.test(digits)) return `+39${digits}`;
  return undefined;
}

/** The number of a tel: link, normalised; short codes (3–6 digits) are kept as written. */
export function phoneFromTel(href: string, country = 'US'): string | undefined {
  let value: string;
  try {
    value = decodeURIComponent(href.replace(/^tel:/i, '')).split(/[;?,]/)[0] ?? '';
  } catch {
    return undefined;
  }
  const dialled = value.replace(/[A-Za-z]/g, keypadDigit);
  const digits = dialled.replace(/\D/g, '');
  if (!dialled.startsWith('+') && digits.length >= 3 && digits.length <= 6) return digits;
  return normalisePhone(dialled, country);
}

/**
 * A tel: link's number as dialled (its digits, with the + when written) when no rule here knows
 * its country's plan: the background reads it with the full numbering plans. 7–15 digits only.
 */
export function telAsDialled(href: string): string | undefined {
  let value: string;
  try {
    value = decodeURIComponent(href.replace(/^tel:/i, '')).split(/[;?,]/)[0] ?? '';
  } catch {
    return undefined;
  }
  const digits = value.replace(/[A-Za-z]/g, keypadDigit).replace(/\D/g, '');
  return digits.length >= 7 && digits.length <= 15 ? `${value.trim().startsWith('+') ? '+' : ''}${digits}` : undefined;
}

// Digit groups separated by a space, dot, hyphen or brackets; never glued to letters or digits.
const WRITTEN = /(?<![\w+/.,:-])(?:\+|00)?\(?\d{1,5}\)?(?:(?:[ .\u00a0-]|(?<=\)))\(?\d{1,8}\)?){1,5}(?![\w/-]|[.,]\d)/g;
// An international number written without separators: "+917366978397" (the plus says what it is).
const INTERNATIONAL = /(?<![\w+/])\+[1-9]\d{7,14}(?![\w/-])/g;
// Vanity numbers are written in capitals: 1-800-SAMSUNG, 1-800-I-FLY-SWA, 0800 FLOWERS.
const VANITY = /(?<![\w-])(?:1[ .-]?)?8[0-9]{2}[ .-](?=[A-Z0-9-]*[A-Z])[A-Z0-9](?:-?[A-Z0-9]){6,9}(?![\w-])/g;
// A short code only counts right after a verb of calling: "dial 611", "marca 611", "wählen Sie 2222".
const SHORT =
  /\b(?:call|dial|text|marca|marque|llama|llame|appelez|composez|wahlen sie|anrufen unter|ruf)\s+(?:al\s+|le\s+)?(\d{3,5})\b(?![ .\u00a0-]?\(?\d)/g;

function vanityToDigits(written: string): string {
  const [, prefix = '', rest = ''] = /^((?:1[ .-]?)?8\d\d[ .-])(.*)$/.exec(written) ?? [];
  const letters = rest.replace(/-/g, '').slice(0, 7);
  return prefix.replace(/\D/g, '') + letters.replace(/[A-Z]/g, keypadDigit);
}

/** Every phone number written in `text`, in order of first appearance, without duplicates. */
export function phonesInText(text: string, country = 'US'): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(VANITY)) {
    const phone = normalisePhone(vanityToDigits(match[0]), 'US');
    if (phone) found.add(phone);
  }
  for (const match of text.matchAll(WRITTEN)) {
    const written = match[0];
    // At least seven digits, and at least one separator or a plus: a bare digit run is more
    // often a SKU, a postcode or an order number than a phone number.
    if (written.replace(/\D/g, '').length < 7) continue;
    const phone = normalisePhone(written, country);
    // North American numbers are written 3-3-4 ("2024-118734" is a reference, not a phone).
    const groups = written
      .split(/\D+/)
      .filter(Boolean)
      .map((g) => g.length)
      .join(',');
    if (phone?.startsWith('+1') && !/^\s*\+/.test(written) && !/^(?:1,)?(?:3,3,4|3,7|10)$/.test(groups)) continue;
    if (phone) found.add(phone);
  }
  for (const match of text.matchAll(INTERNATIONAL)) {
    const phone = normalisePhone(match[0], country);
    if (phone) found.add(phone);
  }
  for (const match of fold(text).matchAll(SHORT)) if (match[1]) found.add(match[1]);
  return [...found];
}

/** The country whose national numbering the page most likely uses: `lang` region, then TLD. */
export function pageCountry(lang: string, host: string): string {
  const region = /^[a-z]{2,3}[-_]([a-z]{2})\b/i.exec(lang)?.[1]?.toUpperCase();
  if (region) return region === 'UK' ? 'GB' : region;
  const tld = host.split('.').pop()?.toUpperCase() ?? '';
  if (tld === 'UK') return 'GB';
  if (tld.length === 2) return tld;
  const language = lang.slice(0, 2).toLowerCase();
  return { fr: 'FR', de: 'DE', es: 'ES', it: 'IT', nl: 'NL' }[language] ?? 'US';
}
