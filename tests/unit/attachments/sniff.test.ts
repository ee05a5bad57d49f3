import { describe, expect, it } from 'vitest';
import { isPlainText, sniffType } from '../../../lib/attachments/sniff';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);

describe('sniffType: the type from the content, never the name', () => {
  it('recognises each kept type by its signature', () => {
    expect(sniffType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13))).toBe('image/png');
    expect(sniffType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('image/jpeg');
    expect(sniffType(ascii('GIF89a\x01\x00'))).toBe('image/gif');
    expect(sniffType(ascii('GIF87a\x01\x00'))).toBe('image/gif');
    expect(sniffType(new Uint8Array([...ascii('RIFF'), 0x24, 0, 0, 0, ...ascii('WEBPVP8 ')]))).toBe('image/webp');
    expect(sniffType(ascii('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBe('application/pdf');
    expect(sniffType(ascii('Agent: your refund is on its way'))).toBe('text/plain');
  });

  it('refuses programs and archives whatever they would be named', () => {
    // A Windows program ("MZ"… with NULs) and a zip archive ("PK\3\4"…) are neither PDF nor text.
    expect(sniffType(bytes(0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00))).toBeUndefined();
    expect(sniffType(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00))).toBeUndefined();
    // A RIFF that is not WebP (a WAV sound) is not a picture.
    expect(sniffType(new Uint8Array([...ascii('RIFF'), 0x24, 0, 0, 0, ...ascii('WAVEfmt ')]))).toBeUndefined();
    expect(sniffType(new Uint8Array())).toBeUndefined();
  });

  it('takes text only when it is valid UTF-8 without NUL bytes', () => {
    expect(isPlainText(ascii('Müller — 12 €'))).toBe(true);
    expect(isPlainText(new Uint8Array([0xef, 0xbb, 0xbf, ...ascii('with a BOM')]))).toBe(true);
    expect(isPlainText(bytes(0x41, 0x00, 0x42))).toBe(false);
    expect(isPlainText(bytes(0xc3, 0x28))).toBe(false); // an invalid two-byte sequence
    expect(sniffType(bytes(0xff, 0xfe, 0x41, 0x00))).toBeUndefined(); // UTF-16 is not kept as text
  });
});
