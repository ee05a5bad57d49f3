import { describe, expect, it } from 'vitest';
import { classifyPage } from '../../../lib/detect';
import { chromeOf } from '../../../lib/detect/chrome';
import { pageWith } from './load-page';

/** The business's phone numbers and email, as its header and footer show them on every page. */
const REACH =
  '<a href="tel:+49711123456">0711 123456</a> <a href="tel:+491701234567">0170 1234567</a> ' +
  '<a href="mailto:info@heizung-mueller.example.de">info@heizung-mueller.example.de</a>';
const NAV = '<nav><a href="/">Start</a> <a href="/leistungen">Leistungen</a> <a href="/kontakt">Kontakt</a></nav>';
const SERVICE_TEXT =
  '<h1>Heizungs-Kundendienst</h1><p>Wir warten und reparieren Gas- und Ölheizungen aller Hersteller.</p>';
const URL_BASE = 'https://www.heizung-mueller.example.de';

describe('a service page is not a contact page for its header and footer phone', () => {
  it('a header and footer marked by their class are chrome', () => {
    const doc = pageWith(
      `<div class="header">${NAV}${REACH}</div><main>${SERVICE_TEXT}</main><div class="footer">${REACH}</div>`,
    );
    expect(chromeOf(doc).map((el) => el.className)).toEqual(['header', 'footer']);
  });

  it('a site header and footer nested in a <main> that wraps the page are chrome; an article header is not', () => {
    const doc = pageWith(
      `<main><header>${NAV}${REACH}</header><article><header><h2>Neu</h2></header><p>…</p></article><footer>${REACH}</footer></main>`,
    );
    expect(chromeOf(doc).map((el) => el.localName)).toEqual(['header', 'footer']);
  });

  it('"Kundendienst" (boiler servicing), with the phone in a header and footer marked by class, is not one', () => {
    const doc = pageWith(
      `<div class="header">${NAV}${REACH}</div><main>${SERVICE_TEXT}</main><div class="footer">${REACH}</div>`,
      'Kundendienst | Heizung Müller',
    );
    expect(classifyPage(doc, `${URL_BASE}/kundendienst`).kind).toBe('none');
  });

  it('nor is an about page whose title names the service, with the site header nested in <main>', () => {
    const doc = pageWith(
      `<main><header>${NAV}${REACH}</header><section><h1>Über uns</h1><p>Seit 1982 in Stuttgart.</p></section><footer>${REACH}</footer></main>`,
      'Über uns | Heizung & Kundendienst Müller',
    );
    expect(classifyPage(doc, `${URL_BASE}/ueber-uns`).kind).toBe('none');
  });

  it('nor a service page whose phone sits in the top bar above the header', () => {
    const doc = pageWith(
      `<div class="topbar">${REACH}</div><header>${NAV}</header><main><h1>Heizung Service</h1><p>Wartung</p></main>`,
      'Heizung Service | Kundendienst Müller',
    );
    expect(classifyPage(doc, `${URL_BASE}/service`).kind).toBe('none');
  });

  it("the site's name set as a heading in its header is not the page's heading", () => {
    const doc = pageWith(
      `<header><h1>Müller Heizung &amp; Kundendienst</h1>${NAV}</header><main><h1>Über uns</h1><p>Rufen Sie uns an: ${REACH}</p></main>`,
      'Über uns | Müller',
    );
    expect(classifyPage(doc, `${URL_BASE}/ueber-uns`).kind).toBe('none');
  });

  it('a "Customer service" page in English with only the footer phone is not one either', () => {
    const doc = pageWith(
      `<header>${NAV}</header><main><h1>Customer service</h1><p>Annual boiler servicing plans.</p></main><footer>${REACH}</footer>`,
      'Customer service | Heating Co',
    );
    expect(classifyPage(doc, 'https://www.heating.example.co.uk/customer-service').kind).toBe('none');
  });
});

describe('a contact page still is one', () => {
  it('titled "Kontakt", with its channels only in the header and footer', () => {
    const doc = pageWith(
      `<div class="header">${NAV}${REACH}</div><main><h1>Kontakt</h1><p>Wir freuen uns auf Sie.</p></main><div class="footer">${REACH}</div>`,
      'Kontakt | Heizung Müller',
    );
    expect(classifyPage(doc, `${URL_BASE}/kontakt`).kind).toBe('contact');
  });

  it('whose heading a theme put in its header element, with no heading in its main content', () => {
    const doc = pageWith(
      `<header><h1>Kontakt</h1><form><input name="naam"><input type="email" name="email"><textarea name="bericht"></textarea></form></header><main><p>Tot snel.</p></main>`,
    );
    expect(classifyPage(doc, `${URL_BASE}/nl/contact`).kind).toBe('contact');
  });

  it('a service page with a contact form in its main content', () => {
    const doc = pageWith(
      `<div class="header">${NAV}${REACH}</div><main>${SERVICE_TEXT}<form><input name="name"><input type="email" name="email"><textarea name="nachricht"></textarea></form></main><div class="footer">${REACH}</div>`,
      'Kundendienst | Heizung Müller',
    );
    expect(classifyPage(doc, `${URL_BASE}/kundendienst`).kind).toBe('contact');
  });

  it('a shop\'s "Kundenservice" page with its phone and email in the main content', () => {
    const doc = pageWith(
      `<header>${NAV}</header><main><h1>Kundenservice</h1><p>Sie erreichen uns unter ${REACH}.</p></main>`,
      'Kundenservice | Shop',
    );
    expect(classifyPage(doc, 'https://www.shop.example.de/kundenservice').kind).toBe('contact');
  });
});
