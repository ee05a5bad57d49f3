import { describe, expect, it } from 'vitest';
import { hasContactSignal, isSocialPage } from '../../../lib/detect';
import { addressOf, addressWords, afterContactPage, contactLook } from '../../../lib/detect/signal';
import { pageWith } from './load-page';

describe('hasContactSignal (the cheap first look every page gets)', () => {
  it.each([
    ['a contact URL', pageWith('<p>Hi</p>'), 'https://shop.example.com/contact-us'],
    ['a German contact URL', pageWith('<p>Hallo</p>'), 'https://shop.example.de/kontakt/'],
    ['a help-centre host', pageWith('<p>Hi</p>'), 'https://help.example.com/'],
    ['a tel: link', pageWith('<a href="tel:+18005550100">Call</a>'), 'https://example.com/'],
    ['a form with a message box', pageWith('<form><textarea></textarea></form>'), 'https://example.com/'],
    ['a contact title', pageWith('<p>Hola</p>', 'Contáctanos | Ejemplo'), 'https://example.com/es/'],
    ['a thank-you title', pageWith('<p>Ok</p>', 'Thank you for contacting us'), 'https://example.com/done'],
    [
      'a ContactPoint in microdata',
      pageWith(
        '<div itemscope itemtype="https://schema.org/ContactPoint"><span itemprop="telephone">+1 800</span></div>',
      ),
      'https://example.com/about',
    ],
    [
      'a contenteditable message box in a form',
      pageWith('<form><div contenteditable="true"></div></form>'),
      'https://example.com/',
    ],
    ['an encoded accented path', pageWith('<p>Hola</p>'), 'https://example.es/atenci%C3%B3n-al-cliente'],
  ])('fires for %s', (_name, doc, url) => {
    expect(hasContactSignal(doc, new URL(url))).toBe(true);
  });

  it.each([
    [
      'a news slug that mentions complaints',
      pageWith('<h1>Refund complaints double</h1><form><input type="email"></form>'),
      'https://news.example.com/2024/06/12/airline-refund-complaints-double/',
    ],
    ['a product page', pageWith('<h1>Washer</h1><button>Add to cart</button>'), 'https://shop.example.com/p/washer'],
    [
      'a footer "Contact us" link',
      pageWith('<footer><a href="/contact">Contact us</a></footer>'),
      'https://example.com/',
    ],
    // Many sites put their Organization (with a ContactPoint) on every page: not a signal alone.
    // Reading an element's text would cost every page; the title and URL say it on contact pages.
    ['a contact heading alone', pageWith('<h1>Contact us</h1>'), 'https://example.com/about'],
    [
      'a JSON-LD ContactPoint alone',
      pageWith('<script type="application/ld+json">{"contactPoint":{"telephone":"+1"}}</script>'),
      'https://example.com/about',
    ],
    [
      'a newsletter form without a message box',
      pageWith('<form><input type="email"><button>Subscribe</button></form>'),
      'https://example.com/',
    ],
    [
      'a frame that is not a chat launcher',
      pageWith('<iframe id="ad-slot" title="Advertisement"></iframe>'),
      'https://example.com/',
    ],
    // Launchers sit on every page of many sites: they count when opened (see gate.test.ts).
    [
      'a chat vendor launcher alone',
      pageWith('<div id="intercom-container"></div><div class="crisp-client"></div>'),
      'https://example.com/',
    ],
  ])('stays quiet for %s', (_name, doc, url) => {
    expect(hasContactSignal(doc, new URL(url))).toBe(false);
  });
});

describe('contactLook (the first look, repeated by the gate)', () => {
  it('answers as hasContactSignal does, look after look, as the title, the address and the markup change', () => {
    const doc = pageWith('<p>New arrivals</p>', 'Shop');
    let href = 'https://shop.example.com/';
    const look = contactLook(doc, () => href);
    expect(look()).toBe(false);
    expect(look()).toBe(false);
    doc.title = 'Contact us | Shop';
    expect(look()).toBe(true);
    doc.title = 'Shop';
    expect(look()).toBe(false);
    href = 'https://shop.example.com/kontakt/';
    expect(look()).toBe(true);
    href = 'https://shop.example.com/sale';
    expect(look()).toBe(false);
    doc.body.insertAdjacentHTML('beforeend', '<a href="tel:+18005550100">Call</a>');
    expect(look()).toBe(true);
    expect(look()).toBe(hasContactSignal(doc, new URL(href)));
  });
});

describe('addressOf (host and path from the address as the browser writes it)', () => {
  it.each([
    'https://shop.example.com/contact-us?from=footer#form',
    'https://shop.example.com',
    'https://shop.example.com?q=1',
    'https://shop.example.com#top',
    'http://localhost:8080/kontakt/',
    'https://user:secret@help.example.com:8443/hc/en-us/requests/new',
    'http://[::1]:3000/contact',
    'http://[2001:db8::1]/support',
    'https://example.es/atenci%C3%B3n-al-cliente',
    'https://example.com/a/b?x=/contact#/contact',
  ])('reads %s as a URL object does', (href) => {
    const url = new URL(href);
    expect(addressOf(url.href)).toEqual({ hostname: url.hostname, pathname: url.pathname });
  });
});

describe('addressWords (the gate reads a confirmation page at once)', () => {
  it('tells confirmation, contact and support words apart, in the address or the title; confirmation first', () => {
    const at = (url: string) => new URL(url);
    expect(addressWords(at('https://shop.example.com/contact/thank-you'), 'Shop')).toBe('confirmation');
    expect(addressWords(at('https://shop.example.com/kontakt/danke'), 'Shop')).toBe('confirmation');
    expect(addressWords(at('https://shop.example.com/help'), 'We have received your request | Shop')).toBe(
      'confirmation',
    );
    expect(addressWords(at('https://shop.example.com/contact-us'), 'Shop')).toBe('contact');
    expect(addressWords(at('https://shop.example.com/'), 'Contáctanos | Tienda')).toBe('contact');
    expect(addressWords(at('https://help.example.com/articles/42'), 'Resetting your router')).toBe('support');
    expect(addressWords(at('https://www.example.com/hilfe/faq'), 'FAQ')).toBe('support');
    expect(addressWords(at('https://news.example.com/world'), 'World news')).toBeUndefined();
  });
});

describe('isSocialPage', () => {
  it('knows the social networks and Mastodon servers by their markup', () => {
    expect(isSocialPage(pageWith(''), 'x.com')).toBe(true);
    expect(isSocialPage(pageWith(''), 'www.facebook.com')).toBe(true);
    expect(isSocialPage(pageWith('<form class="compose-form"><textarea></textarea></form>'), 'fosstodon.org')).toBe(
      true,
    );
    expect(isSocialPage(pageWith(''), 'xbox.com')).toBe(false);
  });
});

describe('afterContactPage (whether a page may be the thank-you page of a form just sent)', () => {
  it.each([
    ['a contact page of the same host', 'https://www.acme.com/contact?topic=billing', 'https://www.acme.com/p/481'],
    [
      'a request form on a sibling host',
      'https://support.acme.com/hc/en-us/requests/new',
      'https://www.acme.com/thanks',
    ],
    ['the same contact page (a form sent to itself)', 'https://www.acme.com/kontakt/', 'https://www.acme.com/kontakt/'],
  ])('yes after %s', (_what, referrer, here) => {
    expect(afterContactPage(referrer, here)).toBe(true);
  });

  it.each([
    ['no referrer', '', 'https://www.acme.com/p/481'],
    ['a page that is not a contact page', 'https://www.acme.com/products/kettle', 'https://www.acme.com/p/481'],
    ['another site', 'https://www.other-shop.com/contact', 'https://www.acme.com/p/481'],
    ['only an origin (a strict referrer policy)', 'https://www.acme.com/', 'https://www.acme.com/p/481'],
    ['a help-centre article', 'https://www.acme.com/help/articles/42', 'https://www.acme.com/help/articles/43'],
  ])('no after %s', (_what, referrer, here) => {
    expect(afterContactPage(referrer, here)).toBe(false);
  });
});
