import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgePage, readPage } from '../../../lib/detect';
import { readSignalledPage } from '../../../lib/detect/read';
import { READING_LIMITS } from '../../../lib/detect/reading-limits';
import { PageReading } from '../../../lib/messages/page-reading';
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
    expect(reading).toMatchObject({ signal: false, text: '', telLinks: [], contactForms: 0, title: 'Live updates | News' });
  });

  it('reads a page the gate signalled just as readPage does, without looking for the signal again', () => {
    for (const folder of ['pages', 'hard']) {
      const dir = join(__dirname, '../../fixtures', folder);
      for (const entry of readManifest(dir)) {
        const reading = readPage(loadPage(dir, entry.file), entry.url);
        if (reading.signal) expect(readSignalledPage(loadPage(dir, entry.file), entry.url), entry.file).toEqual(reading);
      }
    }
    const opened = readSignalledPage(pageWith('<p>Call us on 0800 123 4567.</p>', 'Live | News'), 'https://news.example.com/live');
    expect(opened).toMatchObject({ signal: true, text: 'Call us on 0800 123 4567.' });
  });

  it('bounds what it reads of a large page', () => {
    const links = Array.from({ length: 80 }, (_, i) => `<a href="tel:+4420700000${String(i).padStart(2, '0')}">call</a>`).join('');
    const doc = pageWith(`<h1>Contact us</h1>${links}<p>${'word '.repeat(20_000)}</p>`, 'Contact us');
    const reading = readPage(doc, 'https://www.example.com/contact');
    expect(reading.telLinks).toHaveLength(READING_LIMITS.links);
    expect(reading.text.length).toBe(READING_LIMITS.text);
    expect(PageReading.safeParse(reading).success).toBe(true);
  });

  it('keeps JSON-LD blocks whole, leaving out one too big to send rather than cutting it', () => {
    const huge = JSON.stringify({ '@type': 'FAQPage', mainEntity: 'x'.repeat(READING_LIMITS.jsonLdBlock) });
    const org = JSON.stringify({ '@type': 'Organization', name: 'Acme Widgets' });
    const doc = pageWith(`<script type="application/ld+json">${huge}</script><script type="application/ld+json">${org}</script><h1>Contact us</h1>`, 'Contact');
    const reading = readPage(doc, 'https://www.acme.example/contact');
    expect(reading.jsonLd).toEqual([org]);
    expect(judgePage(reading).company).toEqual({ host: 'www.acme.example', name: 'Acme Widgets' });
  });
});
