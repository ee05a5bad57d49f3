import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgePage, readPage } from '../../../lib/detect';
import { boundedUrl, readSignalledPage, sendable } from '../../../lib/detect/read';
import { READING_LIMITS } from '../../../lib/detect/reading-limits';
import { PageReading } from '../../../lib/messages/page-reading';
import { AnyMessage, MESSAGE_MAX_BYTES } from '../../../lib/messages/protocol';
import { LIMITS } from '../../../lib/model/common';
import { loadPage, pageWith, readManifest } from './load-page';

describe('readPage', () => {
  for (const folder of ['pages', 'hard']) {
    const dir = join(__dirname, '../../fixtures', folder);
    it(`reads every page of tests/fixtures/${folder} within the limits the background accepts`, () => {
      for (const entry of readManifest(dir)) {
        const parsed = PageReading.safeParse(readPage(loadPage(dir, entry.file), entry.url));
        expect(parsed.success, `${entry.file}: ${parsed.error?.message ?? ''}`).toBe(true);
      }
    });
  }

  it('reads nothing more of a page without any signal', () => {
    const doc = pageWith('<p>Markets moved today. Call us on 0800 123 4567.</p>', 'Live updates | News');
    const reading = readPage(doc, 'https://news.example.com/world/live');
    expect(reading).toMatchObject({
      signal: false,
      text: '',
      telLinks: [],
      contactForms: 0,
      title: 'Live updates | News',
    });
  });

  it('reads a page the gate signalled just as readPage does, without looking for the signal again', () => {
    for (const folder of ['pages', 'hard']) {
      const dir = join(__dirname, '../../fixtures', folder);
      for (const entry of readManifest(dir)) {
        const reading = readPage(loadPage(dir, entry.file), entry.url);
        if (reading.signal)
          expect(readSignalledPage(loadPage(dir, entry.file), entry.url), entry.file).toEqual(reading);
      }
    }
    const opened = readSignalledPage(
      pageWith('<p>Call us on 0800 123 4567.</p>', 'Live | News'),
      'https://news.example.com/live',
    );
    expect(opened).toMatchObject({ signal: true, text: 'Call us on 0800 123 4567.' });
  });

  it('bounds what it reads of a large page', () => {
    const links = Array.from(
      { length: 80 },
      (_, i) => `<a href="tel:+4420700000${String(i).padStart(2, '0')}">call</a>`,
    ).join('');
    const doc = pageWith(`<h1>Contact us</h1>${links}<p>${'word '.repeat(20_000)}</p>`, 'Contact us');
    const reading = readPage(doc, 'https://www.example.com/contact');
    expect(reading.telLinks).toHaveLength(READING_LIMITS.links);
    expect(reading.text.length).toBe(READING_LIMITS.text);
    expect(PageReading.safeParse(reading).success).toBe(true);
  });

  it('keeps JSON-LD blocks whole, leaving out one too big to send rather than cutting it', () => {
    const huge = JSON.stringify({ '@type': 'FAQPage', mainEntity: 'x'.repeat(READING_LIMITS.jsonLdBlock) });
    const org = JSON.stringify({ '@type': 'Organization', name: 'Acme Widgets' });
    const doc = pageWith(
      `<script type="application/ld+json">${huge}</script><script type="application/ld+json">${org}</script><h1>Contact us</h1>`,
      'Contact',
    );
    const reading = readPage(doc, 'https://www.acme.example/contact');
    expect(reading.jsonLd).toEqual([org]);
    expect(judgePage(reading).company).toEqual({ host: 'www.acme.example', name: 'Acme Widgets' });
  });
});

/** What the router counts against MESSAGE_MAX_BYTES: the message as JSON, in UTF-8. */
function messageBytes(reading: PageReading): number {
  return new TextEncoder().encode(JSON.stringify({ type: 'cs/page-read', reading })).length;
}

/** Parsed the way the background parses it: size first, then the message schema. */
function acceptedByBackground(reading: PageReading): boolean {
  return messageBytes(reading) <= MESSAGE_MAX_BYTES && AnyMessage.safeParse({ type: 'cs/page-read', reading }).success;
}

describe('a page reading is bounded as the background bounds it', () => {
  it('reads a hostile page — 5,000 forms and links, a megabyte of title — into a reading the background accepts', () => {
    const MB = 1024 * 1024;
    // Control characters and lone surrogates: JSON writes each as six bytes.
    const junk = (length: number) => '\u0001\ud800'.repeat(length / 2);
    const forms =
      '<form><input name="email" type="email"><textarea name="message"></textarea><button>Send</button></form>'.repeat(
        5_000,
      );
    // 5,000 of each, the first ones longer than an address may be.
    const long = (i: number, text: string) => (i < READING_LIMITS.links ? text.repeat(3_000) : '');
    const links = Array.from(
      { length: 5_000 },
      (_, i) =>
        `<a href="tel:+44207${i}${long(i, '\u0002')}">call</a><a href="mailto:a${i}@example.com?body=${long(i, '%0B')}">mail</a>`,
    ).join('');
    const ld = `<script type="application/ld+json">{"@type":"Organization","name":"${junk(7_000)}"}</script>`.repeat(
      20,
    );
    const doc = pageWith(
      `${ld}<h1>Contact us ${junk(MB / 8)}</h1><h2 role="status">${junk(MB / 8)}</h2>${forms}${links}<button>${junk(10_000)}</button><p>${junk(MB / 8)}</p>`,
      `Contact us ${junk(MB)}`,
    );
    doc.documentElement.lang = 'en-GB'.repeat(1_000);
    const meta = doc.createElement('meta');
    meta.setAttribute('property', 'og:site_name');
    meta.setAttribute('content', junk(MB / 8));
    doc.head.append(meta);
    const url = `https://${'u'.repeat(3_000)}:pw@www.example.com/contact/${'%E2%82%AC'.repeat(1_000)}?q=${'x'.repeat(10_000)}`;

    // As the page part reads a page the gate signalled (readPage first looks for the signal,
    // which takes happy-dom seconds on this page).
    {
      const reading = readSignalledPage(doc, url);
      const parsed = PageReading.safeParse(reading);
      expect(parsed.success, parsed.error?.message).toBe(true);
      expect(acceptedByBackground(reading)).toBe(true);
      expect(reading.contactForms).toBe(READING_LIMITS.contactForms);
      expect(reading.telLinks).toHaveLength(READING_LIMITS.links);
      expect(reading.mailtoLinks).toHaveLength(READING_LIMITS.links);
      expect(reading.title).toHaveLength(READING_LIMITS.title);
      expect(new URL(reading.url).host).toBe('www.example.com');
      expect(reading.url.startsWith('https://www.example.com/contact/%E2%82%AC')).toBe(true);
    }
  }, 60_000);

  it('fits the fullest reading the schema accepts into one message', () => {
    // Every string at its limit, in characters that cost three bytes each — the most a sendable
    // character costs — and every list full.
    const full = (length: number) => '€'.repeat(length);
    const blockLength = READING_LIMITS.jsonLdTotal / READING_LIMITS.jsonLdBlocks;
    const fullest: PageReading = {
      url: `https://www.example.com/${'a'.repeat(READING_LIMITS.url - 24)}`,
      lang: full(READING_LIMITS.lang),
      title: full(READING_LIMITS.title),
      siteName: full(READING_LIMITS.title),
      jsonLd: Array.from({ length: READING_LIMITS.jsonLdBlocks }, () =>
        full(Math.min(blockLength, READING_LIMITS.jsonLdBlock)),
      ),
      socialMarkup: false,
      signal: true,
      headings: full(READING_LIMITS.heading),
      status: full(READING_LIMITS.heading),
      contactForms: READING_LIMITS.contactForms,
      chromeForms: READING_LIMITS.contactForms,
      telLinks: Array.from({ length: READING_LIMITS.links }, () => full(READING_LIMITS.url)),
      mailtoLinks: Array.from({ length: READING_LIMITS.links }, () => full(READING_LIMITS.url)),
      chromeLinks: Array.from({ length: 2 * READING_LIMITS.links }, (_, at) => at),
      chatVendors: Array.from({ length: READING_LIMITS.vendors }, () => full(READING_LIMITS.vendor)),
      contactPointMarkup: true,
      articleMarkup: true,
      articleType: true,
      productMarkup: true,
      passwordField: true,
      buttonLabels: Array.from({ length: READING_LIMITS.buttons }, () => full(READING_LIMITS.buttonLabel)),
      text: full(READING_LIMITS.text),
      chromeText: full(READING_LIMITS.chromeText),
    };
    expect(fullest.url).toHaveLength(READING_LIMITS.url);
    expect(PageReading.safeParse(fullest).success).toBe(true);
    expect(messageBytes(fullest)).toBeLessThanOrEqual(MESSAGE_MAX_BYTES);
  });

  it('sends no character that costs JSON more than three bytes, keeping every length', () => {
    const raw = 'a\u0000b\u000bc\u001fd\ud800e\udfff\n\t\f€😀';
    const sent = sendable(raw);
    expect(sent).toBe('a b c d\ufffde\ufffd\n\t\f€😀');
    for (const char of sent)
      expect(new TextEncoder().encode(JSON.stringify(char)).length - 2).toBeLessThanOrEqual(char.length * 3);
  });

  it('keeps an address whole when it fits, and its origin when it does not', () => {
    const ok = 'https://help.example.com/contact?topic=billing';
    expect(boundedUrl(ok)).toBe(ok);
    const long = `https://user:secret@help.example.com/${'p'.repeat(5_000)}?token=${'t'.repeat(100)}`;
    expect(boundedUrl(long)).toBe(`https://help.example.com/${'p'.repeat(READING_LIMITS.url - 25)}`);
  });

  it('bounds the address as stored records do (lib/model LIMITS.url)', () => {
    expect(READING_LIMITS.url).toBe(LIMITS.url);
  });
});
