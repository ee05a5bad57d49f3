import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../../lib/detect';
import { MORE_CONTACT_HEADING, MORE_CONTACT_PATH } from '../../../lib/detect/judge-words';
import { LEGAL_OR_FAQ_PATH, LEGAL_OR_FAQ_TITLE } from '../../../lib/detect/legal-words';
import { fold } from '../../../lib/detect/text';
import { pageWith } from './load-page';

describe('contact words the judge reads beyond the gate', () => {
  it.each([
    '/hubungi-kami',
    '/hubungi-kami/',
    '/kontak',
    '/kontak-kami.html',
    '/contacteer-ons.html',
    '/nl/neem-contact-op',
    '/klantenservice',
    '/quote.html',
    '/devis',
    '/presupuesto',
    '/offerte-aanvragen',
  ])('path %s', (path) => expect(MORE_CONTACT_PATH.test(path)).toBe(true));
  it.each(['/hubungan-internasional', '/kontakan', '/quotes-of-the-day', '/blog/devise-rates'])(
    'not the path %s',
    (path) => expect(MORE_CONTACT_PATH.test(path)).toBe(false),
  );

  it.each([
    'Hubungi Kami',
    'Kontak Kami - Toko',
    'Formulir Kontak',
    'Contactformulier | Rijschool',
    'Contacteer ons',
    'Neem contact op',
    'Klantenservice',
    'Request a free quote',
    'Demandez votre devis',
    'Devis gratuit',
    'Solicita tu presupuesto',
    'Cotización',
    'Offerte aanvragen',
    'Angebot anfordern',
    'Minta penawaran',
  ])('heading %s', (heading) => expect(MORE_CONTACT_HEADING.test(fold(heading))).toBe(true));
  it.each(['Kontakan', 'Quoted prices', 'Presupuestos del Estado 2024', 'Hubungan kerja'])(
    'not the heading %s',
    (heading) => expect(MORE_CONTACT_HEADING.test(fold(heading))).toBe(false),
  );

  it('an Indonesian contact page with an email link in its main content is a contact page', () => {
    const doc = pageWith(
      '<header><nav><a href="/">Beranda</a></nav></header><main><h1>Hubungi Kami</h1><p>Email: <a href="mailto:info@toko.example.id">info@toko.example.id</a></p></main>',
      'Hubungi Kami',
    );
    expect(classifyPage(doc, 'https://toko.example.id/hubungi-kami/').kind).toBe('contact');
  });

  it('a Dutch contact page with a form is a contact page', () => {
    const doc = pageWith(
      '<main><h1>Contacteer ons</h1><form><input name="naam"><input type="email" name="email"><textarea name="bericht"></textarea></form></main>',
      'Tuinen',
    );
    expect(classifyPage(doc, 'https://www.tuinen.example.be/contacteer-ons.html').kind).toBe('contact');
  });

  it('a quote request page is a contact page', () => {
    const doc = pageWith(
      '<main><h1>Demandez votre devis</h1><form id="quote-form"><input name="nom"><input type="email" name="email"><textarea name="projet"></textarea></form></main>',
      'Devis – ARI',
    );
    expect(classifyPage(doc, 'https://www.batiment.example.fr/devis').kind).toBe('contact');
  });
});

describe('legal notices and FAQs in more languages', () => {
  it.each([
    '/privacyverklaring',
    '/algemene-voorwaarden',
    '/cookiebeleid-en-privacydisclaimer.html',
    '/kebijakan-privasi',
    '/syarat-dan-ketentuan',
    '/pertanyaan-umum',
    '/politique-de-confidentialite',
    '/politica-de-privacidad',
  ])('path %s', (path) => expect(LEGAL_OR_FAQ_PATH.test(path)).toBe(true));
  it.each([
    'Veelgestelde vragen',
    'Privacyverklaring',
    'Algemene voorwaarden',
    'Cookiebeleid',
    'Cookie policy',
    'Kebijakan Privasi',
    'Syarat dan Ketentuan',
    'Pertanyaan Umum',
    'Politique de confidentialité',
    'Política de privacidad',
    'Legal notices',
  ])('title %s', (title) => expect(LEGAL_OR_FAQ_TITLE.test(fold(title))).toBe(true));
});
