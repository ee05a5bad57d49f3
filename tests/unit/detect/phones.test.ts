import { describe, expect, it } from 'vitest';
import { normalisePhone, pageCountry, phoneFromTel, phonesInText } from '../../../lib/detect';

describe('phonesInText', () => {
  it('normalises North American numbers in their usual spellings', () => {
    expect(phonesInText('Call 1-800-344-1274, (877) 232-6771 or 800.331.0500 today.')).toEqual([
      '+18003441274',
      '+18772326771',
      '+18003310500',
    ]);
  });

  it('reads vanity numbers through the keypad, and dedupes against the digits', () => {
    expect(phonesInText('1-800-SAMSUNG (1-800-726-7864)')).toEqual(['+18007267864']);
    expect(phonesInText('Call 1-800-I-FLY-SWA')).toEqual(['+18004359792']);
  });

  it('uses the page country for numbers written with a trunk zero', () => {
    expect(phonesInText('ring 0330 159 7000', 'GB')).toEqual(['+443301597000']);
    expect(phonesInText('Appelez le 01 23 45 67 89', 'FR')).toEqual(['+33123456789']);
    expect(phonesInText('Telefon 030 12345678', 'DE')).toEqual(['+493012345678']);
    expect(phonesInText('+44 (0)20 7946 0018', 'US')).toEqual(['+442079460018']);
  });

  it('keeps short codes only right after a verb of calling', () => {
    expect(phonesInText('desde tu teléfono, marca 611 para ayuda', 'US')).toEqual(['611']);
    expect(phonesInText('Dial 611 from your phone')).toEqual(['611']);
    expect(phonesInText('Room 611 on floor 6')).toEqual([]);
  });

  it('ignores numbers that are not phones', () => {
    const text =
      'SKU 6576429 · UPC 887276803148 · $449.99 · June 14, 2024, 3:42 PM · PL1 3EW · BA11 1AA · 1995–2024 · case 2024-118734 · Company no. 11223344';
    expect(phonesInText(text, 'US')).toEqual([]);
    expect(phonesInText(text, 'GB')).toEqual([]);
  });
});

describe('phoneFromTel', () => {
  it('normalises tel: links, keeping short codes as written', () => {
    expect(phoneFromTel('tel:18007267864')).toBe('+18007267864');
    expect(phoneFromTel('tel:+44-330-159-7000')).toBe('+443301597000');
    expect(phoneFromTel('tel:1-800-FLOWERS')).toBe('+18003569377');
    expect(phoneFromTel('tel:611')).toBe('611');
    expect(phoneFromTel('tel:%2B33%201%2023%2045%2067%2089')).toBe('+33123456789');
  });
});

describe('normalisePhone and pageCountry', () => {
  it('refuses impossible numbers', () => {
    expect(normalisePhone('123-456-7890')).toBeUndefined();
    expect(normalisePhone('0123', 'GB')).toBeUndefined();
  });
  it('takes the region of the page language, then the domain', () => {
    expect(pageCountry('en-GB', 'example.com')).toBe('GB');
    expect(pageCountry('es-US', 'att.com')).toBe('US');
    expect(pageCountry('', 'shop.example.co.uk')).toBe('GB');
    expect(pageCountry('de', 'example.com')).toBe('DE');
    expect(pageCountry('', 'example.com')).toBe('US');
  });
});
