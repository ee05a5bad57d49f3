import { describe, expect, it } from 'vitest';
import { classifyForm, classifyPage, phonesInText } from '../../../lib/detect';
import { pageWith } from './load-page';

describe('patterns seen on saved real pages', () => {
  it('reads an international number written without separators', () => {
    expect(phonesInText('Phone: +917366978397', 'US')).toEqual(['+917366978397']);
    // A bare run without the plus stays an order number or a postcode.
    expect(phonesInText('Order 917366978397', 'US')).toEqual([]);
  });

  it('takes type="phone" (no HTML type, but written) for a way to answer', () => {
    const doc = pageWith(
      '<form><input type="text"><input type="text"><input type="phone"><textarea id="message"></textarea></form>',
    );
    expect(classifyForm(doc.querySelector('form') as HTMLFormElement)).toBe('contact');
  });

  it("a WordPress page with a post's byline is a contact page when its address and heading say so", () => {
    const doc = pageWith(
      '<article><h1>Hubungi Kami</h1><div class="entry-meta">By admin</div><p>Email <a href="mailto:sales@dealer.example.id">sales@dealer.example.id</a></p></article>',
      'Hubungi Kami - Dealer',
    );
    expect(classifyPage(doc, 'https://dealer.example.id/hubungi-kami/').kind).toBe('contact');
  });

  it('a blog post about contacting a company stays an article', () => {
    const doc = pageWith(
      '<article><h1>How to contact customer service</h1><div class="entry-meta">By Sam</div><p>Write to <a href="mailto:help@bigco.example">help@bigco.example</a></p></article>',
      'How to contact customer service',
    );
    expect(classifyPage(doc, 'https://www.savvy.example/how-to-contact-customer-service/').kind).toBe('none');
  });
});
