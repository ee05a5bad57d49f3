import { describe, expect, it } from 'vitest';
import { judgePage, readPage } from '../../../lib/detect';
import { pageWith } from './load-page';

const FORM =
  '<form><label>Name <input name="name"></label><label>Email <input type="email" name="email"></label><label>Message <textarea name="message"></textarea></label><button>Send</button></form>';
const judge = (body: string, title: string, url: string, head = '') =>
  judgePage(readPage(pageWith(`${head}${body}`, title), url));

describe('judging a page: hints are hints, channels are counted once', () => {
  it('a contact page that its site builder tags og:type=article is still a contact page', () => {
    const head = '<meta property="og:type" content="article">';
    const verdict = judge(
      `<h1>Contact us</h1><p>Write to us and we answer within a day.</p>${FORM}`,
      'Contact us | Bakery',
      'https://www.smallbakery.example/contact/',
      head,
    );
    expect(verdict.kind).toBe('contact');
    expect(verdict.signals).not.toContain('articlePage');
  });

  it('a dated article with a byline is an article even when it says "contact"', () => {
    const head =
      '<meta property="og:type" content="article"><meta property="article:published_time" content="2026-03-01T10:00:00Z">';
    const verdict = judge(
      '<h1>How to contact customer service</h1><p>Call <a href="tel:+18005550100">1-800-555-0100</a> or <a href="tel:+18005550111">1-800-555-0111</a>.</p>',
      'How to contact customer service',
      'https://www.consumerblog.example/how-to-contact-customer-service/',
      head,
    );
    expect(verdict.signals).toContain('articlePage');
    expect(verdict.kind).not.toBe('contact');
  });

  it('the same number in the header and the footer counts as one channel', () => {
    const tel = '<a href="tel:+442079460000">020 7946 0000</a>';
    const once = judge(
      `<header>${tel}</header><main><h1>About us</h1><p>Family-run since 1982.</p></main>`,
      'About us',
      'https://www.shop.example/about/',
    );
    const twice = judge(
      `<header>${tel}</header><main><h1>About us</h1><p>Family-run since 1982.</p></main><footer>${tel}</footer>`,
      'About us',
      'https://www.shop.example/about/',
    );
    expect(twice.score).toBe(once.score);
    expect(twice.kind).not.toBe('contact');
  });
});

describe('legal notices and FAQs list how to reach a business without being its contact page', () => {
  const channels =
    '<p>Acme GmbH, Hauptstraße 5, 10115 Berlin</p><p>Telefon: <a href="tel:+493012345678">030 12345678</a> · E-Mail: <a href="mailto:info@acme.example">info@acme.example</a></p><p>Fax 030 12345679</p>';
  const contactPoint =
    '<div itemscope itemtype="https://schema.org/ContactPoint"><span itemprop="telephone">+49 30 12345678</span></div>';

  it('an Impressum with every channel and site-wide ContactPoint markup is not a contact page', () => {
    const verdict = judge(
      `<h1>Impressum</h1>${channels}${contactPoint}<p>Geschäftsführer: Max Muster</p>`,
      'Impressum | Acme',
      'https://www.acme.example/impressum/',
    );
    expect(verdict.signals).toContain('legalOrFaq');
    expect(verdict.kind).not.toBe('contact');
  });

  it('an FAQ page with a mail link and a number is a support page, not a contact page', () => {
    const verdict = judge(
      `<h1>Frequently asked questions</h1><p>Still stuck? <a href="mailto:help@shop.example">help@shop.example</a>, <a href="tel:+448001234567">0800 123 4567</a>, or from abroad +44 20 7946 0000.</p>${contactPoint}`,
      'FAQ | Shop',
      'https://www.shop.example/faq/',
    );
    expect(verdict.kind).toBe('support-article');
  });

  it('a "Kontakt & Impressum" page with a contact form is a contact page', () => {
    const verdict = judge(
      `<h1>Kontakt</h1>${FORM}<h2>Impressum</h2>${channels}`,
      'Kontakt & Impressum | Acme',
      'https://www.acme.example/kontakt-impressum/',
    );
    expect(verdict.kind).toBe('contact');
  });
});

describe('help-centre request flows', () => {
  it('Zendesk\'s "Submit a request" is a contact page from its first step, which shows only the request type', () => {
    const chooser =
      '<form id="new_request" class="request-form"><label for="request_issue_type_select">Please choose your issue below</label><select name="request_issue_type_select" id="request_issue_type_select"><option value="-">-</option><option value="360001">Billing</option><option value="360002">Delivery</option></select></form>';
    const verdict = judge(
      `<h1>Submit a request</h1>${chooser}`,
      'Submit a request – Acme Help Center',
      'https://support.acme.example/hc/en-us/requests/new',
    );
    expect(verdict.kind).toBe('contact');
    expect(verdict.channels).toEqual(['web_form']);
  });
});
