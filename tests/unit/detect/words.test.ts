import { describe, expect, it } from 'vitest';
import { fold } from '../../../lib/detect/text';
import { anyOf, CONTACT_HEADING, CONTACT_PATH, firstLabel, segmentWords, SUPPORT_HOST, SUPPORT_PATH, wholePhrases } from '../../../lib/detect/words';

describe('segmentWords (a word that starts a URL path segment)', () => {
  const words = segmentWords(['contact*', 'complaints', 'requests/new']);
  it.each([
    ['/contact', true],
    ['/contact-us', true],
    ['/en/contactanos/', true],
    ['/complaints', true],
    ['/complaints.html', true],
    ['/complaints_form', true],
    ['/hc/en-gb/requests/new', true],
    // Inside a slug, or running on into other letters: not the word.
    ['/2024/airline-refund-complaints-double/', false],
    ['/complaintsdesk', false],
    ['/recontact', false],
    ['/', false],
  ])('%s → %s', (path, expected) => {
    expect(words.test(path)).toBe(expected);
  });
  it('finds a later occurrence after an earlier one that does not count', () => {
    expect(words.test('/news-complaints/complaints')).toBe(true);
  });
});

describe('wholePhrases (whole words in folded text)', () => {
  const phrases = wholePhrases(['contact', 'get in touch']);
  it.each([
    ['contact us | acme', true],
    ['acme – contact', true],
    ['get in touch!', true],
    ['contactless payments explained', false],
    ['recontacted', false],
    ['', false],
  ])('%s → %s', (text, expected) => {
    expect(phrases.test(text)).toBe(expected);
  });
});

describe('anyOf and firstLabel', () => {
  it('finds a phrase anywhere', () => {
    expect(anyOf(['thank']).test('/thankyou')).toBe(true);
    expect(anyOf(['thank']).test('/order')).toBe(false);
  });
  it('matches the first label of a host only', () => {
    expect(firstLabel(['help']).test('help.example.com')).toBe(true);
    expect(firstLabel(['help']).test('www.help.example.com')).toBe(false);
    expect(firstLabel(['help']).test('helpful.example.com')).toBe(false);
  });
});

describe('the word lists', () => {
  it.each([
    ['/contact-us', true],
    ['/kontakt', true],
    ['/nous-contacter', true],
    ['/atencion-al-cliente/', true],
    ['/kundenservice', true],
    ['/hc/de/requests/new', true],
    ['/service-client', true],
    ['/products/contact-lenses', true],
    ['/blog/how-we-handle-complaints', false],
  ])('contact path %s → %s', (path, expected) => {
    expect(CONTACT_PATH.test(path)).toBe(expected);
  });
  it.each([
    ['contactez-nous', true],
    ['kontaktformular', true],
    ['servicio al cliente', true],
    ['how can we help?', true],
    ['fale conosco', true],
    ['contactless cards', false],
  ])('contact heading %s → %s', (text, expected) => {
    expect(CONTACT_HEADING.test(text)).toBe(expected);
  });
  it('knows support paths and hosts', () => {
    expect(SUPPORT_PATH.test('/hc/en-us/articles/123')).toBe(true);
    expect(SUPPORT_PATH.test('/helpful-tips')).toBe(false);
    expect(SUPPORT_HOST.test('support.example.com')).toBe(true);
  });
});

describe('fold (lower case, no accents)', () => {
  it.each([
    ['Contact Us', 'contact us'],
    ['Contáctanos – Atención al Cliente', 'contactanos – atencion al cliente'],
    ['Écrivez-nous', 'ecrivez-nous'],
    ['Vielen Dank für Ihre Nachricht', 'vielen dank fur ihre nachricht'],
    ['Emoji 😀 stays', 'emoji 😀 stays'],
  ])('%s → %s', (text, expected) => {
    expect(fold(text)).toBe(expected);
  });
  it('folds long text the same way as short text', () => {
    const long = 'Atención al cliente: ¿cómo podemos ayudarte? '.repeat(40);
    expect(long.length).toBeGreaterThan(512);
    expect(fold(long)).toBe('atencion al cliente: ¿como podemos ayudarte? '.repeat(40));
  });
});
