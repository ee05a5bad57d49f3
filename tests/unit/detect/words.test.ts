import { describe, expect, it } from 'vitest';
import { fold } from '../../../lib/detect/text';
import {
  anyOf,
  CONFIRMATION_TEXT,
  CONTACT_HEADING,
  CONTACT_PATH,
  firstLabel,
  segmentWords,
  SUPPORT_HOST,
  SUPPORT_PATH,
} from '../../../lib/detect/words';

describe('segmentWords (a word that starts a URL path segment)', () => {
  const words = segmentWords('contact* complaints requests/new');
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

describe('anyOf and firstLabel', () => {
  it('finds a phrase anywhere', () => {
    expect(anyOf('thank').test('/thankyou')).toBe(true);
    expect(anyOf('thank').test('/order')).toBe(false);
  });
  it('matches the first label of a host only', () => {
    expect(firstLabel('help').test('help.example.com')).toBe(true);
    expect(firstLabel('help').test('www.help.example.com')).toBe(false);
    expect(firstLabel('help').test('helpful.example.com')).toBe(false);
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

describe('CONFIRMATION_TEXT', () => {
  // Each phrase it stands for, folded as pages and titles are before the test.
  const PHRASES = [
    'thank you for contacting',
    'thank you for your message',
    'thank you for your request',
    'thank you for your enquiry',
    'thank you for your inquiry',
    'thank you for your feedback',
    'thank you for your complaint',
    'thanks for getting in touch',
    'thanks for contacting',
    'thanks for your message',
    "we've received your",
    'we\u2019ve received your',
    'we have received your',
    'has been sent',
    'has been submitted',
    'has been received',
    'successfully submitted',
    'gracias por contactar',
    'gracias por comunicarte',
    'gracias por tu mensaje',
    'gracias por su mensaje',
    'hemos recibido',
    'merci de nous avoir contacte',
    'merci pour nous avoir contacte',
    'merci de votre message',
    'merci pour votre message',
    'merci de votre demande',
    'merci pour votre demande',
    'nous avons recu',
    'nous avons bien recu',
    'vielen dank fur ihre nachricht',
    'vielen dank fur ihre anfrage',
    'vielen dank fur deine nachricht',
    'vielen dank fur deine anfrage',
    'wir haben ihre nachricht erhalten',
    'wir haben ihre anfrage erhalten',
    'wir haben deine nachricht erhalten',
    'wir haben deine anfrage erhalten',
  ];

  it.each(PHRASES)('finds "%s" inside a sentence', (phrase) => {
    expect(CONFIRMATION_TEXT.test(`ok. ${phrase} and more`)).toBe(true);
  });

  it.each(['thank you', 'contact us', 'your message', 'we received a parcel', 'has been delayed', 'merci beaucoup'])(
    'does not take "%s" for a confirmation',
    (text) => {
      expect(CONFIRMATION_TEXT.test(text)).toBe(false);
    },
  );
});

describe('CONTACT_HEADING', () => {
  const PHRASES = [
    'contact',
    'contactez-nous',
    'contactez nous',
    'contactanos',
    'contactenos',
    'contacto',
    'get in touch',
    'reach us',
    'talk to us',
    'send us a message',
    'submit a request',
    'submit a support request',
    'open a ticket',
    'customer service',
    'customer care',
    'customer support',
    'how can we help',
    'how may we help',
    'atencion al cliente',
    'servicio al cliente',
    'escribenos',
    'nous contacter',
    'service client',
    'ecrivez-nous',
    'ecrivez nous',
    'kontakt',
    'kontaktieren sie uns',
    'kontaktformular',
    'kundenservice',
    'kundendienst',
    'schreiben sie uns',
    'contattaci',
    'fale conosco',
  ];

  it.each(PHRASES)('finds "%s" as whole words', (phrase) => {
    expect(CONTACT_HEADING.test(`${phrase} | acme`)).toBe(true);
    expect(CONTACT_HEADING.test(`acme - ${phrase}`)).toBe(true);
  });

  it.each(['contacts', 'contactless payments', 'recontact', 'customer services', 'kontakte'])(
    'does not find one inside another word: "%s"',
    (text) => {
      expect(CONTACT_HEADING.test(text)).toBe(false);
    },
  );
});
