/**
 * Checksums and shapes of identifiers, so that a number is called a card or an IBAN only when it
 * really could be one: a random 16-digit order number rarely passes Luhn, and never mod-97.
 */

export function digitsOf(s: string): string {
  return s.replace(/\D/gu, '');
}

/** The Luhn checksum every payment card number carries. */
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

/** IBAN mod-97 check (ISO 13616), on any spacing and case. */
export function ibanValid(raw: string): boolean {
  const iban = raw.replace(/\s+/gu, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/u.test(iban)) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const value = /\d/u.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of value) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest === 1;
}

/**
 * Card numbers are written whole or in the card schemes' groupings (4-4-4-4, Amex 4-6-5): other
 * groupings ("112-4456789-1234567") are order or account numbers even when Luhn happens to pass.
 */
export function cardShaped(raw: string): boolean {
  const groups = raw
    .trim()
    .split(/[ -]+/u)
    .map((g) => g.length);
  if (groups.length === 1) return true;
  if (groups.slice(0, -1).every((n) => n === 4) && groups.at(-1)! >= 1 && groups.at(-1)! <= 4) return true;
  return groups.length === 3 && groups[0] === 4 && groups[1] === 6 && (groups[2] === 5 || groups[2] === 4);
}

const MONTHS =
  'jan(?:uary|\\.)?|feb(?:ruary|\\.)?|mar(?:ch|\\.)?|apr(?:il|\\.)?|may|june?|july?|aug(?:ust|\\.)?|sep(?:t|tember|\\.)?|oct(?:ober|\\.)?|nov(?:ember|\\.)?|dec(?:ember|\\.)?' +
  '|enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?tiembre|octubre|noviembre|diciembre' +
  '|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre' +
  '|januar|februar|märz|maerz|april|juni|juli|oktober|dezember' +
  '|janeiro|fevereiro|março|marco|maio|junho|julho|setembro|outubro|novembro|dezembro';

/** A date with its year, in the numeric and written forms of the five languages. */
export const DATE_WITH_YEAR =
  `(?:\\d{1,2}[./-]\\d{1,2}[./-](?:19|20)?\\d{2}|(?:19|20)\\d{2}-\\d{1,2}-\\d{1,2}` +
  `|\\d{1,2}(?:st|nd|rd|th|er|º|°)?\\.?\\s+(?:of\\s+|de\\s+)?(?:${MONTHS})\\s+(?:de\\s+)?(?:19|20)\\d{2}` +
  `|(?:${MONTHS})\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2})`;
