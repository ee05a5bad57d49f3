import { describe, expect, it } from 'vitest';
import { hasContactSignal, isSocialPage } from '../../../lib/detect';

function page(html: string, title = ''): Document {
  const doc = new DOMParser().parseFromString(`<html><head><title>${title}</title></head><body>${html}</body></html>`, 'text/html');
  return doc;
}

describe('hasContactSignal (the cheap first look every page gets)', () => {
  it.each([
    ['a contact URL', page('<p>Hi</p>'), 'https://shop.example.com/contact-us'],
    ['a German contact URL', page('<p>Hallo</p>'), 'https://shop.example.de/kontakt/'],
    ['a help-centre host', page('<p>Hi</p>'), 'https://help.example.com/'],
    ['a tel: link', page('<a href="tel:+18005550100">Call</a>'), 'https://example.com/'],
    ['a form with a message box', page('<form><textarea></textarea></form>'), 'https://example.com/'],
    ['a chat vendor launcher', page('<div id="intercom-container"></div>'), 'https://example.com/'],
    ['a contact heading', page('<h1>Contáctanos</h1>'), 'https://example.com/es/'],
    ['a thank-you status', page('<div role="status">Thank you for contacting us</div>'), 'https://example.com/done'],
    ['a ContactPoint', page('<script type="application/ld+json">{"contactPoint":{"telephone":"+1"}}</script>'), 'https://example.com/about'],
  ])('fires for %s', (_name, doc, url) => {
    expect(hasContactSignal(doc, url)).toBe(true);
  });

  it.each([
    ['a news slug that mentions complaints', page('<h1>Refund complaints double</h1><form><input type="email"></form>'), 'https://news.example.com/2024/06/12/airline-refund-complaints-double/'],
    ['a product page', page('<h1>Washer</h1><button>Add to cart</button>'), 'https://shop.example.com/p/washer'],
    ['a footer "Contact us" link', page('<footer><a href="/contact">Contact us</a></footer>'), 'https://example.com/'],
  ])('stays quiet for %s', (_name, doc, url) => {
    expect(hasContactSignal(doc, url)).toBe(false);
  });
});

describe('isSocialPage', () => {
  it('knows the social networks and Mastodon servers by their markup', () => {
    expect(isSocialPage(page(''), 'x.com')).toBe(true);
    expect(isSocialPage(page(''), 'www.facebook.com')).toBe(true);
    expect(isSocialPage(page('<form class="compose-form"><textarea></textarea></form>'), 'fosstodon.org')).toBe(true);
    expect(isSocialPage(page(''), 'xbox.com')).toBe(false);
  });
});
