import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstLook } from '../../../lib/detect/first-look';
import { hasContactSignal, markupFound } from '../../../lib/detect/signal';
import { expectedKind, loadPage, readManifest, type ManifestEntry } from './load-page';

/**
 * The background's first look, from what the gate sends (address, title, markup kinds) before the
 * page is read: it may miss a contact page (the reading finds it when the page is used) but must
 * not mark a page that is none, and must have every confirmation page read at once.
 */

const pages = ['pages', 'hard'].flatMap((folder) => {
  const dir = join(__dirname, '../../fixtures', folder);
  return readManifest(dir).map((entry): [ManifestEntry, Document] => [entry, loadPage(dir, entry.file)]);
});
const look = (url: string, title: string, markup: Parameters<typeof firstLook>[0]['markup'] = []) => firstLook({ url, title, markup });

describe('firstLook on every fixture page the gate signals', () => {
  const signalled = pages.filter(([entry, doc]) => hasContactSignal(doc, new URL(entry.url)));

  it.each(signalled.map(([entry, doc]) => [entry.file, entry, doc] as const))('%s', (_file, entry, doc) => {
    const verdict = firstLook({ url: entry.url, title: doc.title, markup: markupFound(doc) });
    if (verdict.likelyContact) expect(expectedKind(entry.kind)).toBe('contact');
    if (entry.kind === 'confirmation') expect(verdict.readNow).toBe(true);
  });

  it('marks most contact pages before they are read (all but the chat-only ones)', () => {
    const contact = signalled.filter(([entry]) => entry.kind === 'contact');
    const marked = contact.filter(([entry, doc]) => firstLook({ url: entry.url, title: doc.title, markup: markupFound(doc) }).likelyContact);
    expect(contact.length).toBeGreaterThanOrEqual(10);
    expect(marked.length / contact.length).toBeGreaterThanOrEqual(0.75);
  });
});

describe('firstLook by hand', () => {
  it('needs contact words and a channel: neither alone', () => {
    expect(look('https://shop.example/contact-us', 'Contact us', ['message-box']).likelyContact).toBe(true);
    expect(look('https://shop.example/contact-us', 'Contact us', ['contact-point']).likelyContact).toBe(false);
    expect(look('https://shop.example/shoes', 'Shoes', ['tel-link', 'mailto-link']).likelyContact).toBe(false);
  });

  it('reads the words of other languages in the address or the title', () => {
    expect(look('https://www.example.es/contacto', 'Ejemplo', ['tel-link']).likelyContact).toBe(true);
    expect(look('https://www.example.de/hilfe', 'Kontakt | Beispiel', ['mailto-link']).likelyContact).toBe(true);
    expect(look('https://www.example.fr/nous-contacter', 'Exemple', ['message-box']).likelyContact).toBe(true);
  });

  it('leaves articles and search results to the reading', () => {
    expect(look('https://news.example/2024/06/contact-us-story', 'How to contact us', ['mailto-link']).likelyContact).toBe(false);
    expect(look('https://shop.example/search?q=contact', 'Search results for contact', ['tel-link']).likelyContact).toBe(false);
  });

  it('has a page read now when its address or title says a message was received', () => {
    expect(look('https://shop.example/contact/thank-you', 'Shop').readNow).toBe(true);
    expect(look('https://shop.example/kontakt/danke', 'Shop').readNow).toBe(true);
    expect(look('https://shop.example/help', 'We have received your request | Shop').readNow).toBe(true);
    expect(look('https://shop.example/contact', 'Contact us | Shop', ['message-box'])).toEqual({ likelyContact: true, readNow: false });
  });
});
