import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

/**
 * Phone numbers as people write and dial them, read with libphonenumber-js in the extension's
 * pages and background (the page scripts keep their small rule set: they have a size budget).
 * A number is stored in E.164 ("+442079460000") when the numbering plan says it is valid; a short
 * code (611, 2222, 112) as its digits; a vanity number (1-800-SAMSUNG) as its keypad digits in E.164.
 * Anything else keeps its digits as written: a person's note is never rewritten into another number.
 */

export type Dialled =
  | { kind: 'number'; e164: string; region?: CountryCode }
  | { kind: 'vanity'; e164: string; region?: CountryCode; letters: string }
  | { kind: 'short'; digits: string };

const KEYPAD: Record<string, string> = {};
for (const [digit, letters] of Object.entries({
  2: 'ABC',
  3: 'DEF',
  4: 'GHI',
  5: 'JKL',
  6: 'MNO',
  7: 'PQRS',
  8: 'TUV',
  9: 'WXYZ',
})) {
  for (const letter of letters) KEYPAD[letter] = digit;
}

/** A 2-letter region libphonenumber knows ("GB"; "UK" is read as GB), or undefined. */
export function regionOf(value: string | undefined): CountryCode | undefined {
  const upper = value?.trim().toUpperCase();
  const code = upper === 'UK' ? 'GB' : upper;
  return code && /^[A-Z]{2}$/.test(code) && isSupportedCountry(code) ? code : undefined;
}

/** The region of a locale ("en-GB" → GB, "de" → DE via its likely region), for a national number. */
export function regionOfLocale(locale: string): CountryCode | undefined {
  try {
    return regionOf(new Intl.Locale(locale).maximize().region);
  } catch {
    return undefined;
  }
}

// Letters only after the first three digits of a number, as vanity numbers are written.
const VANITY = /^\+?[\d\s().-]{3,}[A-Za-z][A-Za-z\d\s.-]*$/;
const SHORT_CODE = /^\d{3,6}$/;

/**
 * Reads a dialled number. `region` is where a national number ("020 7946 0000") belongs — the
 * company's country or the person's; a number written with + or 00 needs none.
 */
export function readDialled(written: string, region?: CountryCode): Dialled | undefined {
  const raw = written.trim().replace(/^tel:/i, '');
  if (raw === '' || raw.length > 40) return undefined;
  const compact = raw.replace(/[\s().-]/g, '');
  if (SHORT_CODE.test(compact)) return { kind: 'short', digits: compact };
  const international = raw.replace(/^00(?=[1-9])/, '+');
  if (VANITY.test(international)) {
    // The letters a company publishes beyond the digits the network needs are ignored.
    const dialled = international.replace(/[A-Za-z]/g, (l) => KEYPAD[l.toUpperCase()] ?? '');
    const phone = parsePhoneNumberFromString(dialled, region);
    const letters = raw.toUpperCase();
    if (phone?.isValid())
      return { kind: 'vanity', e164: phone.number, letters, ...(phone.country ? { region: phone.country } : {}) };
    // Publishers append extra letters ("1-800-FLOWERS-1"): retry with the plan's longest length.
    const digits = dialled.replace(/\D/g, '');
    for (let cut = digits.length - 1; cut >= 7; cut--) {
      const shorter = parsePhoneNumberFromString(
        `${international.startsWith('+') ? '+' : ''}${digits.slice(0, cut)}`,
        region,
      );
      if (shorter?.isValid())
        return {
          kind: 'vanity',
          e164: shorter.number,
          letters,
          ...(shorter.country ? { region: shorter.country } : {}),
        };
    }
    return undefined;
  }
  if (!/^\+?[\d\s().\-\u00a0/]+$/.test(international)) return undefined;
  const phone = parsePhoneNumberFromString(international, region);
  if (!phone?.isValid()) return undefined;
  return { kind: 'number', e164: phone.number, ...(phone.country ? { region: phone.country } : {}) };
}

/**
 * What to store for a number the person typed or a page showed: E.164, a short code, or — for a
 * number the plan does not know (a new range, a drama number) — its digits without punctuation.
 */
export function storedNumber(written: string, region?: CountryCode): string {
  const read = readDialled(written, region);
  if (!read) {
    const compact = written.trim().replace(/[\s().-]/g, '');
    return /^\+?\d+$/.test(compact) ? compact : written.trim();
  }
  if (read.kind === 'short') return read.digits;
  // A vanity number keeps its letters: that is how the company publishes it and people recognise it.
  return read.kind === 'vanity' ? read.letters : read.e164;
}

/**
 * A stored number as a person reads it: in the national format of their own region, in the
 * international format otherwise; anything not a valid number is shown as stored.
 */
export function displayNumber(stored: string, viewerRegion?: CountryCode): string {
  if (!stored.startsWith('+')) return stored;
  const phone = parsePhoneNumberFromString(stored);
  if (!phone?.isValid()) return stored;
  return phone.country && phone.country === viewerRegion ? phone.formatNational() : phone.formatInternational();
}
