import { t } from '../i18n';
import type { Finding } from './findings';

/**
 * Private data that belongs in a DM, never in a public post: emails, card and account numbers,
 * IBANs, personal phone numbers, street addresses and postcodes. Reference numbers ("ref 123",
 * "case #456") and the company's own toll-free numbers are public and allowed.
 */

const ACCOUNT_CUE = /\b(?:account|acct|a\/c|customer|member(?:ship)?|card|policy|sort code|iban|routing|membership|subscriber|meter|social security|ssn|passport|licen[cs]e)\b[\s\w.#:'’-]{0,20}$/i;
const REFERENCE_CUE = /\b(?:refs?|reference|case|ticket|complaint|incident|claim|order|booking|confirmation|conf|tracking|request|invoice|rma|return|job|sr|cr|inc)\b[\s\w#.:,'’()-]{0,40}$|#\s*$/i;
const ENDING_CUE = /\b(?:ending|ends|last (?:four|4|digits))(?: (?:in|with))?\s*$/i;
const TOLL_FREE = /^(?:8(?:00|88|77|66|55|44|33)\d{7}$|0?80[08]|03[0347]\d|0?500|1[38]00)/;

function digits(s: string): string {
  return s.replace(/\D/g, '');
}

/** A company's own free or non-geographic line is public; a personal number is not. */
function isCompanyLine(number: string): boolean {
  return TOLL_FREE.test(digits(number).replace(/^(?:00)?(?:1|44|61|353)(?=\d{9,10}$)/, ''));
}

export function luhnValid(number: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = number.length - 1; i >= 0; i -= 1) {
    let d = Number(number[i]);
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return number.length > 0 && sum % 10 === 0;
}

export function ibanValid(raw: string): boolean {
  const iban = raw.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const value = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of value) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest === 1;
}

const US_STATES =
  'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
const STREET_SUFFIX =
  'Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct|Close|Way|Place|Pl|Terrace|Crescent|Gardens|Parkway|Pkwy|Highway|Hwy|Square|Sq|Row|Mews|Grove|Hill|Walk';

const DETECTORS: { re: RegExp; key: PrivateKey; accept?: (m: RegExpExecArray, text: string) => boolean }[] = [
  { re: /(?<![@\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b/g, key: 'email' },
  { re: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g, key: 'iban', accept: (m) => ibanValid(m[0]) },
  {
    re: /(?<![\w.])\d(?:[ -]?\d){12,18}(?![\w.])/g,
    key: 'card',
    accept: (m) => luhnValid(digits(m[0])),
  },
  {
    // +44 20 7946 0958, (555) 123-4567, 555-123-4567, 07700 900123
    re: /(?<![\w+])(?:\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]?\d{2,4}){2,4}|\(\d{3}\)[ .-]?\d{3}[ .-]?\d{4}|\d{3}[.-]\d{3}[.-]\d{4}|1[ .-]\d{3}[ .-]\d{3}[ .-]\d{4}|0\d{2,4}[ -]?\d{3}[ -]?\d{3,4})(?![\w])/g,
    key: 'phone',
    accept: (m, text) => {
      const all = digits(m[0]);
      if (all.length < 9 || all.length > 15) return false;
      if (isCompanyLine(all)) return false;
      return !REFERENCE_CUE.test(text.slice(Math.max(0, m.index - 40), m.index));
    },
  },
  {
    re: new RegExp(`\\b\\d{1,5}[A-Za-z]?\\s+(?:(?:[A-Z][\\p{L}'’-]*|\\d+(?:st|nd|rd|th))\\s+){1,3}(?:${STREET_SUFFIX})\\b\\.?`, 'gu'),
    key: 'address',
  },
  { re: /\b[A-Z]{1,2}\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b/g, key: 'postcode' },
  { re: new RegExp(`\\b(?:${US_STATES}),? \\d{5}(?:-\\d{4})?\\b|\\b\\d{5}-\\d{4}\\b`, 'g'), key: 'postcode' },
  {
    // Long numbers that are not references: account, customer or policy numbers.
    re: /(?<![\w.,/:-])\d(?:[ -]?\d){5,}(?![\w.,/:-]\d|\w)/g,
    key: 'account',
    accept: (m, text) => {
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      const n = digits(m[0]).length;
      if (ENDING_CUE.test(before) || isCompanyLine(m[0])) return false;
      if (ACCOUNT_CUE.test(before)) return true;
      return n >= 8 && !REFERENCE_CUE.test(before);
    },
  },
  {
    // "account number AB-123456", "customer no. X12345678"
    re: /\b(?:account|acct|customer|member(?:ship)?|policy)\s*(?:number|no\.?|num|id|#)?\s*(?:is\s*)?:?\s*#?([A-Z0-9][A-Z0-9-]{4,})\b/gi,
    key: 'account',
    accept: (m) => /\d{4}/.test(m[1] ?? '') && !/^\d{1,4}$/.test(m[1] ?? ''),
  },
];

type PrivateKey = 'email' | 'iban' | 'card' | 'phone' | 'address' | 'postcode' | 'account';

/** Spans of @mentions (`@name`, `@name.bsky.social`, `@name@server`): public handles, never private data. */
function mentionSpans(text: string): Array<[number, number]> {
  return [...text.matchAll(/(?<![\w@])@[\w.@-]+/gu)].map((m) => [m.index, m.index + m[0].length]);
}

export function privateFindings(text: string): Finding[] {
  const found: Finding[] = [];
  const mentions = mentionSpans(text);
  for (const { re, key, accept } of DETECTORS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (accept && !accept(m, text)) continue;
      const start = m.index;
      const end = m.index + m[0].replace(/[.\s]+$/u, '').length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      // A handle such as @EC1A1BB looks like a postcode but is the account being addressed.
      if (key !== 'email' && mentions.some(([from, to]) => start >= from && end <= to)) continue;
      found.push({
        start,
        end,
        kind: 'private',
        message: t(`compose.check.private.${key}`),
        suggestion: t('compose.check.private.suggestion'),
      });
    }
  }
  return found;
}
