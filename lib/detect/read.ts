import type { PageReading } from '../messages/page-reading';
import { chatLaunchers, hasChatLauncher } from './chat';
import { chromeOf, inChrome } from './chrome';
import { mayBeContactForm, snapshotForm } from './form-snapshot';
import { contactForms } from './forms';
import { READING_LIMITS } from './reading-limits';
import { hasContactSignal, socialMarkup } from './signal';
import { pageText, squash } from './text';

/**
 * Reads off a page what the classifier needs (lib/detect/judge.ts judges it): DOM reads only,
 * each bounded. This half runs in the page; the judging runs in the background.
 */

// A byline or a publication date marks an article; og:type=article alone is only a hint (below).
const ARTICLE =
  'meta[property="article:published_time"],[itemprop=datePublished],article .entry-meta,article .byline,.post-meta';
const ARTICLE_TYPE = 'meta[property="og:type"][content="article" i]';
const PRODUCT = 'meta[property="og:type"][content*="product" i],[itemtype*="schema.org/Product" i]';
const CONTACT_POINT = '[itemtype*="schema.org/ContactPoint" i]';

// JSON writes these as six bytes each ("\u0001"); a line feed, tab or form feed takes two.
// eslint-disable-next-line no-control-regex -- replacing control characters is the point
const SIX_BYTE_CONTROLS = /[\u0000-\u0008\u000b\u000e-\u001f]/g;

/**
 * Page text as it is sent: control characters (other than line breaks and tabs) become spaces
 * and a lone surrogate U+FFFD, each one character for one. They mean nothing to the classifier,
 * and JSON writes each as six bytes, so a page full of them would make a reading too large to
 * send; without them no character costs more than three bytes, which READING_LIMITS is sized for.
 */
export function sendable(text: string): string {
  return text.replace(SIX_BYTE_CONTROLS, ' ').toWellFormed();
}

/** At most `max` characters of the page's text, as sent. */
function cut(text: string, max: number): string {
  return sendable(text.length > max ? text.slice(0, max) : text);
}

function texts(elements: readonly Element[], max: number): string {
  return cut(
    elements
      .slice(0, max)
      .map((el) => squash(el.textContent ?? ''))
      .join(' \n '),
    READING_LIMITS.heading,
  );
}

function hrefs(links: readonly Element[]): string[] {
  return links.map((link) => cut(link.getAttribute('href') ?? '', READING_LIMITS.url));
}

/** The first READING_LIMITS.links links of the scheme. */
function linksOf(links: readonly Element[], scheme: RegExp): Element[] {
  const found: Element[] = [];
  for (const link of links) {
    if (scheme.test(link.getAttribute('href') ?? '')) found.push(link);
    if (found.length === READING_LIMITS.links) break;
  }
  return found;
}

/** WhatsApp chat links: wa.me/<number>, and api.whatsapp.com, web.whatsapp.com or whatsapp:// with send?phone=<number>. */
const WHATSAPP = 'a[href*="wa.me/"],a[href*="send?phone="]';

/**
 * A WhatsApp chat link's number as a tel: link ("https://wa.me/6281234567890" becomes
 * "tel:+6281234567890": WhatsApp numbers are written in full, with their country code), which the
 * judge counts as the phone number it is; undefined for a share link ("wa.me/?text=…"), which
 * names no number.
 */
export function whatsappTel(href: string): string | undefined {
  const number = /(?:wa\.me\/|[?&]phone=)(?:\+|%2b)?(\d{7,15})(?!\d)/i.exec(href)?.[1];
  return number === undefined ? undefined : `tel:+${number}`;
}

/** Phone links: tel: links, then WhatsApp chat links read as tel: links (whatsappTel), at most READING_LIMITS.links. */
function phoneLinks(doc: Document, tel: readonly Element[]): { link: Element; href: string }[] {
  const found = tel.map((link) => ({ link, href: cut(link.getAttribute('href') ?? '', READING_LIMITS.url) }));
  for (const link of Array.from(doc.querySelectorAll(WHATSAPP))) {
    if (found.length >= READING_LIMITS.links) break;
    const href = whatsappTel(link.getAttribute('href') ?? '');
    if (href !== undefined) found.push({ link, href });
  }
  return found;
}

/** Contact forms looked at for their place: a page has a few; a hostile one costs no more. */
const PLACED_FORMS = 50;

/**
 * The page's address within READING_LIMITS.url: an overlong one loses its query (never stored
 * anyway) and any user name and password, then its path is cut — the origin stays, so the
 * background still knows whose page it is.
 */
export function boundedUrl(url: string): string {
  if (url.length <= READING_LIMITS.url) return url;
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`.slice(0, READING_LIMITS.url);
}

/** JSON-LD blocks whole (a cut block is broken JSON), as many as fit the limits. */
function jsonLdBlocks(doc: Document): string[] {
  const blocks: string[] = [];
  let total = 0;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const block = script.textContent ?? '';
    if (block.length > READING_LIMITS.jsonLdBlock || total + block.length > READING_LIMITS.jsonLdTotal) continue;
    // Same length, so the totals above hold: a control character is no valid JSON inside a
    // string, and between tokens a space reads the same.
    blocks.push(sendable(block));
    total += block.length;
    if (blocks.length === READING_LIMITS.jsonLdBlocks) break;
  }
  return blocks;
}

/**
 * Whether the page has a form the gate reports when it is sent (mayBeContactForm): sending it
 * brings the page part, which reads the page then (entrypoints/contact/gate.ts). An appointment
 * or call-back form with no message box, on a page with no phone or email link and no contact
 * word in its address or title, is read at its send, not before.
 */
function formToSend(doc: Document): boolean {
  return Array.from(doc.forms)
    .slice(0, PLACED_FORMS)
    .some((form) => mayBeContactForm(snapshotForm(form)));
}

/**
 * Reads the page at `url` (its address without the fragment) as the extension reads it: at once
 * when the gate finds a signal, or at the use that brings the page part (a chat launcher opened,
 * a form sent).
 */
export function readPage(doc: Document, url: string): PageReading {
  const reading = firstReading(doc, url);
  // Most pages have no signal at all: stop before looking closer or reading the page's text.
  if (reading.socialMarkup || (!hasContactSignal(doc, new URL(url)) && !hasChatLauncher(doc) && !formToSend(doc)))
    return reading;
  return readCloser(doc, reading);
}

/**
 * Reads a page the always-on gate already found a signal on (or where the person opened a chat
 * launcher): the same reading without looking for a signal again, so the page part that calls it
 * carries none of the word lists the look needs.
 */
export function readSignalledPage(doc: Document, url: string): PageReading {
  const reading = firstReading(doc, url);
  return reading.socialMarkup ? reading : readCloser(doc, reading);
}

/** Address, title, site name, JSON-LD: what every reading has. */
function firstReading(doc: Document, url: string): PageReading {
  const site = doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content');
  const siteName = site == null ? undefined : cut(site, READING_LIMITS.title);
  return {
    url: boundedUrl(url),
    lang: cut(doc.documentElement.lang, READING_LIMITS.lang),
    title: cut(doc.title, READING_LIMITS.title),
    ...(siteName === undefined ? {} : { siteName }),
    jsonLd: jsonLdBlocks(doc),
    socialMarkup: socialMarkup(doc),
    signal: false,
    headings: '',
    status: '',
    contactForms: 0,
    chromeForms: 0,
    telLinks: [],
    mailtoLinks: [],
    chromeLinks: [],
    chatVendors: [],
    contactPointMarkup: false,
    articleMarkup: false,
    articleType: false,
    productMarkup: false,
    passwordField: false,
    buttonLabels: [],
    text: '',
    chromeText: '',
  };
}

/** Top headings looked at for their place: a page has one or a few; a hostile one costs no more. */
const HEADINGS = 50;
/**
 * Pop-ups and dialogs: a site's quote, test-drive or call-back pop-up and its thank-you note are on
 * every page of the site; their headings are not the page's.
 */
const POPUP = 'dialog,[role=dialog],[aria-modal=true],.modal,[data-elementor-type=popup]';

/**
 * The main content's top headings: a site's name set as a heading in its header ("Müller Heizung &
 * Kundendienst"), on every page, says nothing of the page. All of them when the main content has
 * none (a page whose content a theme put in its header element).
 */
function mainHeadings(doc: Document, chrome: readonly Element[], url: string): Element[] {
  const own = (el: Element) => !inChrome(chrome, el) && !el.closest(POPUP);
  const all = Array.from(doc.querySelectorAll('h1')).slice(0, HEADINGS);
  const main = all.filter(own);
  if (main.length || all.length) return main.length ? main : all;
  // No h1 at all: page builders set a page's title as a smaller heading ("Separa una cita" over
  // the buttons that open the booking forms): the main content's first one. Not on a home page,
  // whose first section often invites to another page ("Cotizar un vehículo").
  if (/^[a-z]+:\/\/[^/?#]*\/?(?:index\.[a-z]+)?(?:[?#]|$)/i.test(url)) return [];
  const first = Array.from(doc.querySelectorAll('h2,h3'))
    .slice(0, HEADINGS)
    .find((el) => own(el) && squash(el.textContent ?? '') !== '');
  return first ? [first] : [];
}

/**
 * The rest of a page with a signal: headings, forms, links, launchers, markup, buttons, text. Forms,
 * links and text in the page's chrome (./chrome.ts) are told apart from those of its main content.
 */
function readCloser(doc: Document, reading: PageReading): PageReading {
  const chrome = chromeOf(doc);
  const links = Array.from(doc.querySelectorAll('a[href^="tel:" i],a[href^="mailto:" i]'));
  const tel = phoneLinks(doc, linksOf(links, /^tel:/i));
  const mailto = linksOf(links, /^mailto:/i);
  const forms = contactForms(doc);
  const buttons = Array.from(doc.querySelectorAll('button,input[type=submit]')).slice(0, READING_LIMITS.buttons);
  const chromeText: string[] = [];
  let chromeLength = 0;
  for (const part of chrome) {
    if (chromeLength >= READING_LIMITS.chromeText) break;
    chromeText.push(pageText(part, READING_LIMITS.chromeText));
    chromeLength += (chromeText[chromeText.length - 1] ?? '').length + 3;
  }
  return {
    ...reading,
    signal: true,
    headings: texts(mainHeadings(doc, chrome, reading.url), 3),
    status: texts(Array.from(doc.querySelectorAll('h1,h2,[role=status],[role=alert]')), 8),
    contactForms: Math.min(forms.length, READING_LIMITS.contactForms),
    chromeForms: forms.slice(0, PLACED_FORMS).filter((form) => inChrome(chrome, form)).length,
    telLinks: tel.map(({ href }) => href),
    mailtoLinks: hrefs(mailto),
    chromeLinks: [...tel.map(({ link }) => link), ...mailto].flatMap((link, at) =>
      inChrome(chrome, link) ? [at] : [],
    ),
    chatVendors: chatLaunchers(doc)
      .slice(0, READING_LIMITS.vendors)
      .map((vendor) => vendor.slice(0, READING_LIMITS.vendor)),
    contactPointMarkup: doc.querySelector(CONTACT_POINT) !== null,
    articleMarkup: doc.querySelector(ARTICLE) !== null,
    articleType: doc.querySelector(ARTICLE_TYPE) !== null,
    productMarkup: doc.querySelector(PRODUCT) !== null,
    passwordField: doc.querySelector('input[type=password]') !== null,
    buttonLabels: buttons.map((b) =>
      cut(squash(b.textContent || b.getAttribute('value') || ''), READING_LIMITS.buttonLabel),
    ),
    text: doc.body ? sendable(pageText(doc.body, READING_LIMITS.text, chrome)) : '',
    chromeText: cut(chromeText.join(' \n '), READING_LIMITS.chromeText),
  };
}
