import { describe, expect, it } from 'vitest';
import { cleanFileName, screenshotName } from '../../../lib/attachments/file-name';
import { dataUrlToBlob } from '../../../lib/attachments/data-url';
import { sha256Hex, shortHash } from '../../../lib/attachments/hash';
import { Attachment } from '../../../lib/model';

describe('cleanFileName', () => {
  it('drops folders, control characters and bidi overrides', () => {
    expect(cleanFileName('C:\\bills\\may.pdf', 'application/pdf')).toBe('may.pdf');
    expect(cleanFileName('/home/me/photo.jpg', 'image/jpeg')).toBe('photo.jpg');
    expect(cleanFileName('bill\u0000\u0007.pdf', 'application/pdf')).toBe('bill.pdf');
    expect(cleanFileName('invoice\u202Efdp.exe', 'application/pdf')).toBe('invoicefdp.exe');
    expect(cleanFileName('  two   spaces .txt ', 'text/plain')).toBe('two spaces .txt');
  });

  it('names a file that has no usable name by its type', () => {
    expect(cleanFileName('', 'image/png')).toBe('attachment.png');
    expect(cleanFileName('...', 'application/pdf')).toBe('attachment.pdf');
  });

  it('keeps the ending of a long name and always passes the model', () => {
    const long = `${'a'.repeat(400)}.pdf`;
    const cleaned = cleanFileName(long, 'application/pdf');
    expect([...cleaned].length).toBe(200);
    expect(cleaned.endsWith('….pdf')).toBe(true);
    for (const raw of [long, 'a/b\\c', '\u0001', '日本語の請求書.pdf']) {
      expect(Attachment.shape.name.safeParse(cleanFileName(raw, 'application/pdf')).success).toBe(true);
    }
  });

  it('names screenshots by site and local time', () => {
    expect(screenshotName('https://www.acme.example/billing?x=1', new Date(2026, 11, 6, 9, 5, 7))).toBe(
      'Screenshot www.acme.example 2026-12-06 09.05.07.png',
    );
    expect(screenshotName(undefined, new Date(2026, 0, 1, 0, 0, 0))).toBe('Screenshot tab 2026-01-01 00.00.00.png');
  });
});

describe('hashes and data URLs', () => {
  it('hashes with SHA-256 as lower-case hex', async () => {
    expect(await sha256Hex(new TextEncoder().encode('abc'))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(shortHash('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')).toBe('ba7816bf8f01');
  });

  it('decodes a screenshot data URL without a request', async () => {
    const blob = dataUrlToBlob('data:image/png;base64,iVBORw0KGgo=');
    expect(blob.type).toBe('image/png');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(() => dataUrlToBlob('https://example.com/x.png')).toThrow();
  });
});
