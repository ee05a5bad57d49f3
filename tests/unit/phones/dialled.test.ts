import { describe, expect, it } from 'vitest';
import type { CountryCode } from 'libphonenumber-js/min';
import { displayNumber, readDialled, regionOf, regionOfLocale, storedNumber } from '../../../lib/phones/dialled';

// How each country's people write a customer-service number: national with its trunk prefix or
// grouping, and international with + or 00. Each pair must land on the same E.164 number.
const COUNTRIES: [CountryCode, string, string, string][] = [
  ['US', '(212) 555-2368', '+1 212-555-2368', '+12125552368'],
  ['CA', '416-555-0199', '001 416 555 0199', '+14165550199'],
  ['GB', '020 7946 0000', '+44 (0)20 7946 0000', '+442079460000'],
  ['IE', '01 234 5678', '+353 1 234 5678', '+35312345678'],
  ['FR', '01 23 45 67 89', '0033 1 23 45 67 89', '+33123456789'],
  ['DE', '030 1234567', '+49 30 1234567', '+49301234567'],
  ['AT', '01 5123456', '+43 1 5123456', '+4315123456'],
  ['CH', '044 668 18 00', '+41 44 668 18 00', '+41446681800'],
  ['NL', '020 123 4567', '+31 20 123 4567', '+31201234567'],
  ['BE', '02 123 45 67', '+32 2 123 45 67', '+3221234567'],
  ['ES', '912 34 56 78', '+34 912 34 56 78', '+34912345678'],
  ['IT', '06 1234 5678', '+39 06 1234 5678', '+390612345678'],
  ['AU', '(02) 9876 5432', '+61 2 9876 5432', '+61298765432'],
  ['NZ', '09 123 4567', '+64 9 123 4567', '+6491234567'],
  ['IN', '098765 43210', '+91 98765 43210', '+919876543210'],
  ['BR', '(11) 91234-5678', '+55 11 91234-5678', '+5511912345678'],
  ['MX', '55 1234 5678', '+52 55 1234 5678', '+525512345678'],
  ['JP', '03-1234-5678', '+81 3-1234-5678', '+81312345678'],
  ['SE', '08-123 456 78', '+46 8 123 456 78', '+46812345678'],
  ['PL', '22 123 45 67', '+48 22 123 45 67', '+48221234567'],
  ['ZA', '021 123 4567', '+27 21 123 4567', '+27211234567'],
  ['SG', '6123 4567', '+65 6123 4567', '+6561234567'],
];

describe('readDialled: numbers as written in each country', () => {
  it.each(COUNTRIES)(
    '%s: national and international forms give one E.164 number',
    (region, national, international, e164) => {
      expect(readDialled(national, region)).toEqual({ kind: 'number', e164, region });
      // Written internationally, the number needs no region at all — and a wrong one is ignored.
      expect(readDialled(international)).toEqual({ kind: 'number', e164, region });
      expect(readDialled(international, region === 'US' ? 'GB' : 'US')).toMatchObject({ e164 });
    },
  );

  it('reads a national number in the region it is given, not another', () => {
    // 020 7946 0000 is London; read as French it is a digit too long to be any number.
    expect(readDialled('020 7946 0000', 'FR')).toBeUndefined();
    // 0800 numbers exist in both the UK and France, as different numbers.
    expect(readDialled('0800 123 4567', 'GB')).toMatchObject({ e164: '+448001234567' });
    expect(readDialled('0 800 12 34 56', 'FR')).toMatchObject({ e164: '+33800123456' });
  });

  it('reads freephone lines', () => {
    expect(readDialled('1-800-275-2273', 'US')).toMatchObject({ kind: 'number', e164: '+18002752273' });
    expect(readDialled('0800 800 150', 'GB')).toMatchObject({ kind: 'number', e164: '+44800800150' });
  });

  it('reads tel: values and the 00 international prefix', () => {
    expect(readDialled('tel:+44-20-7946-0000')).toMatchObject({ e164: '+442079460000' });
    expect(readDialled('0044 20 7946 0000')).toMatchObject({ e164: '+442079460000' });
  });
});

describe('readDialled: vanity numbers and short codes', () => {
  it('turns a vanity number into the digits dialled and keeps its letters', () => {
    expect(readDialled('1-800-SAMSUNG', 'US')).toEqual({
      kind: 'vanity',
      e164: '+18007267864',
      region: 'US',
      letters: '1-800-SAMSUNG',
    });
    expect(readDialled('1-800-GOT-MILK', 'US')).toMatchObject({ kind: 'vanity', e164: '+18004686455' });
    // Letters beyond the plan's length are ignored when dialled ("1-800-FLOWERS" is 8 letters).
    expect(readDialled('1-800-FLOWERS', 'US')).toMatchObject({ kind: 'vanity', e164: '+18003569377' });
    expect(readDialled('+1 800 my-apple')).toMatchObject({
      kind: 'vanity',
      e164: '+18006927753',
      letters: '+1 800 MY-APPLE',
    });
  });

  it('keeps short codes as their digits, in any region', () => {
    expect(readDialled('611', 'US')).toEqual({ kind: 'short', digits: '611' });
    expect(readDialled('22 22', 'DE')).toEqual({ kind: 'short', digits: '2222' });
    expect(readDialled('112')).toEqual({ kind: 'short', digits: '112' });
    expect(readDialled('150', 'GB')).toEqual({ kind: 'short', digits: '150' });
  });

  it('refuses what is no phone number', () => {
    for (const text of [
      '',
      'call me',
      'Order 2024-118734',
      '12',
      '+0 123 456 789',
      'support@example.com',
      '1'.repeat(41),
    ]) {
      expect(readDialled(text, 'US'), text).toBeUndefined();
    }
  });
});

describe('storedNumber and displayNumber', () => {
  it('stores E.164, short codes as digits, vanity with its letters, anything else as typed', () => {
    expect(storedNumber(' 020 7946 0000 ', 'GB')).toBe('+442079460000');
    expect(storedNumber('611', 'US')).toBe('611');
    expect(storedNumber('1-800-samsung', 'US')).toBe('1-800-SAMSUNG');
    expect(storedNumber(' ext. 4 for billing ', 'US')).toBe('ext. 4 for billing');
    // A number outside the plan (the UK's range for drama) keeps its digits, without punctuation.
    expect(storedNumber('+44 1632 960 123', 'GB')).toBe('+441632960123');
  });

  it('shows a number nationally to a person in its country, internationally elsewhere', () => {
    expect(displayNumber('+442079460000', 'GB')).toBe('020 7946 0000');
    expect(displayNumber('+442079460000', 'US')).toBe('+44 20 7946 0000');
    expect(displayNumber('+12125552368', 'US')).toBe('(212) 555-2368');
    expect(displayNumber('+12125552368')).toBe('+1 212 555 2368');
    expect(displayNumber('611', 'US')).toBe('611');
    expect(displayNumber('1-800-SAMSUNG', 'US')).toBe('1-800-SAMSUNG');
    expect(displayNumber('+999', 'US')).toBe('+999');
  });

  it('knows regions from codes and locales', () => {
    expect(regionOf('uk')).toBe('GB');
    expect(regionOf('EU')).toBeUndefined();
    expect(regionOf('global')).toBeUndefined();
    expect(regionOfLocale('en-GB')).toBe('GB');
    expect(regionOfLocale('de')).toBe('DE');
    expect(regionOfLocale('not a locale')).toBeUndefined();
  });
});
