import { describe, expect, it } from 'vitest';
import { classifyPage, classifyForm } from '../../../lib/detect';
import { chromeOf } from '../../../lib/detect/chrome';
import { readPage } from '../../../lib/detect/read';
import { pageWith } from './load-page';

const header =
  '<header><nav><a href="/">Home</a> <a href="/about">About</a> <a href="/contact">Contact</a></nav></header>';
const footer =
  '<footer><p>Acme Plumbing · 12 High Street · <a href="tel:+442079460321">020 7946 0321</a> · <a href="mailto:hello@acme-plumbing.example">hello@acme-plumbing.example</a></p></footer>';
const enquiry =
  '<form class="enquiry"><input name="name"><input type="email" name="email"><textarea name="message"></textarea><button>Send</button></form>';

describe("a page's chrome", () => {
  it('is its site-wide header, footer, navigation and sidebars, outermost first', () => {
    const doc =
      pageWith(`${header}<main><article><header><h1>Post</h1></header><p>Text</p><footer>By Sam</footer></article><aside>Opening hours</aside></main>
      <div role="contentinfo">Registered in England</div>${footer}`);
    expect(
      chromeOf(doc).map((el) => el.localName + (el.getAttribute('role') ? `[${el.getAttribute('role')}]` : '')),
    ).toEqual(['header', 'aside', 'div[contentinfo]', 'footer']);
  });

  it('is read apart from the main content: its links, its forms and its text', () => {
    const doc = pageWith(
      `${header}<main><h1>Contact us</h1><p>Call <a href="tel:+442079460999">020 7946 0999</a></p></main>${footer}`,
      'Contact us',
    );
    const reading = readPage(doc, 'https://acme-plumbing.example/contact');
    expect(reading.telLinks).toEqual(['tel:+442079460999', 'tel:+442079460321']);
    expect(reading.chromeLinks).toEqual([1, 2]); // the footer's tel: link, then its mailto: link
    expect(reading.text).not.toContain('High Street');
    expect(reading.chromeText).toContain('High Street');
    expect(reading.chromeForms).toBe(0);
  });
});

describe('channels in the chrome weigh apart from the main content', () => {
  it('a footer phone and email alone never make a contact page', () => {
    const doc = pageWith(
      `${header}<main><h1>About Acme Plumbing</h1><p>Family plumbers since 1982.</p></main>${footer}`,
      'About us',
    );
    const verdict = classifyPage(doc, 'https://acme-plumbing.example/about');
    expect(verdict.kind).toBe('none');
    expect(verdict.signals).toContain('chromeChannel');
    // Still the page's channels: a click on the footer's number is a call.
    expect(verdict.phones).toEqual(['+442079460321']);
  });

  it('the same phone in the main content of a contact page makes it one', () => {
    const doc = pageWith(
      `${header}<main><h1>Contact us</h1><p>Call us on <a href="tel:+442079460321">020 7946 0321</a>.</p></main>${footer}`,
      'Contact us',
    );
    const verdict = classifyPage(doc, 'https://acme-plumbing.example/contact');
    expect(verdict.kind).toBe('contact');
    expect(verdict.signals).toEqual(expect.arrayContaining(['telLink', 'contactPath', 'contactHeading']));
  });

  it('a contact page whose only channels sit in its footer is still one: it says so', () => {
    const doc = pageWith(`${header}<main><h1>Get in touch</h1><p>Loading…</p></main>${footer}`, 'Get in touch');
    expect(classifyPage(doc, 'https://acme-plumbing.example/contact').kind).toBe('contact');
  });

  it('a home page with an enquiry form and a phone in its main content is not a contact page; its form is still a contact form', () => {
    const doc = pageWith(
      `${header}<main><h1>Plumbers in Leeds</h1><p>Call <a href="tel:+442079460321">020 7946 0321</a> or ask us:</p>${enquiry}</main>${footer}`,
      'Acme Plumbing',
    );
    expect(classifyPage(doc, 'https://acme-plumbing.example/').kind).toBe('none');
    expect(classifyForm(doc.querySelector('form') as HTMLFormElement)).toBe('contact');
  });

  it('a contact form in the footer of a service page weighs little', () => {
    const doc = pageWith(
      `${header}<main><h1>Boiler repair</h1><p>Same-day repairs.</p></main><footer>${enquiry}<a href="tel:+442079460321">020 7946 0321</a></footer>`,
      'Boiler repair',
    );
    const verdict = classifyPage(doc, 'https://acme-plumbing.example/services/boiler-repair');
    expect(verdict.kind).toBe('none');
    expect(verdict.signals).toEqual(expect.arrayContaining(['chromeForm', 'chromeChannel']));
    expect(verdict.signals).not.toContain('contactForm');
  });

  it('a page without its own header or footer elements is read as before: everything is main content', () => {
    const doc = pageWith(
      `<div class="top">Acme</div><h1>Contact</h1><p><a href="tel:+442079460321">020 7946 0321</a></p><div class="bottom">© Acme</div>`,
      'Contact',
    );
    expect(classifyPage(doc, 'https://acme-plumbing.example/contact').signals).toContain('telLink');
  });
});
