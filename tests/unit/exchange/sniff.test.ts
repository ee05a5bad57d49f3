import { describe, expect, it } from 'vitest';
import { sniffAttachment } from '../../../lib/exchange/sniff';
import { PDF_BYTES, PNG_BYTES, TEXT_BYTES } from './zip-fixtures';

const bytes = (...values: Array<number | string>) =>
  Uint8Array.from(values.flatMap((v) => (typeof v === 'string' ? [...v].map((ch) => ch.charCodeAt(0)) : [v])));

describe('sniffAttachment: the type from the bytes, never from a name', () => {
  it.each([
    ['a PNG', PNG_BYTES, 'image/png'],
    ['a JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'JFIF'), 'image/jpeg'],
    ['a WebP', bytes('RIFF', 0x24, 0, 0, 0, 'WEBPVP8 '), 'image/webp'],
    ['a GIF87a', bytes('GIF87a', 1, 0), 'image/gif'],
    ['a GIF89a', bytes('GIF89a', 1, 0), 'image/gif'],
    ['a PDF', PDF_BYTES, 'application/pdf'],
    ['UTF-8 text', TEXT_BYTES, 'text/plain'],
  ])('%s', (_name, input, type) => expect(sniffAttachment(input)).toEqual({ type }));

  it.each([
    ['a Windows program (MZ)', bytes('MZ', 0x90, 0, 3, 0), 'nul'],
    ['a RIFF that is not WebP (a WAV)', bytes('RIFF', 0x24, 0, 0, 0, 'WAVEfmt '), 'nul'],
    ['a truncated PNG signature', bytes(0x89, 'PNG'), 'utf8'],
    ['Latin-1 text', bytes('caf', 0xe9), 'utf8'],
    ['text with a NUL', bytes('a', 0, 'b'), 'nul'],
    ['a zip archive', bytes('PK', 3, 4, 20, 0), 'nul'],
    ['nothing at all', new Uint8Array(0), undefined],
  ])('refuses %s', (_name, input, text) => {
    const sniffed = sniffAttachment(input);
    expect(sniffed.type).toBeUndefined();
    if (text) expect(sniffed).toEqual({ type: undefined, text });
  });
});
