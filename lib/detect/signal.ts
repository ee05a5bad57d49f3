import { isSocialHost } from './social-hosts';
import { fold } from './text';
import {
  CONFIRMATION_PATH,
  CONFIRMATION_TEXT,
  CONTACT_HEADING,
  CONTACT_PATH,
  SUPPORT_HOST,
  SUPPORT_PATH,
} from './words';

export function isSocialPage(doc: Document, host: string): boolean {
  return isSocialHost(host) || socialMarkup(doc);
}

/** A self-hosted social network (Mastodon and its kin) tells itself by its markup. */
export function socialMarkup(doc: Document): boolean {
  return doc.getElementById('mastodon') !== null || doc.querySelector('form.compose-form') !== null;
}

/** Where a page is: a URL, or the page's own `location` (no URL object to make). */
export type PageAddress = Pick<URL, 'pathname' | 'hostname'>;

/** The URL path, decoded and folded (lower case, no accents). */
export function foldedPath(url: PageAddress): string {
  if (!url.pathname.includes('%')) return fold(url.pathname);
  try {
    return fold(decodeURIComponent(url.pathname));
  } catch {
    return fold(url.pathname);
  }
}

/**
 * Markup of a contact channel, each tested as a single selector: Chromium answers one selector by
 * a fast path, while a list of them is tested selector by selector against every element. A
 * message box in a form or out of one (a script sends a form-less contact widget); a WhatsApp
 * chat link (wa.me/…, api.whatsapp.com/send?phone=…, whatsapp://send?phone=…), the only channel
 * of many small businesses' contact pages.
 */
const CHANNEL_MARKUP = [
  'textarea',
  'form [contenteditable]',
  'a[href^="tel:" i]',
  'a[href^="mailto:" i]',
  'a[href*="wa.me/"]',
  'a[href*="send?phone="]',
  '[itemtype*="ContactPoint" i]',
];

/**
 * The cheap first look every page gets: is there anything at all that could make this a contact,
 * support or confirmation page? URL words, title words and channel markup. It reads no element's
 * text: the first element a script's world touches costs the page about half a millisecond
 * (Chromium builds that world's element prototypes), more than the rest of the look — and
 * contact pages say what they are in their URL, title or markup. Most pages answer "no" and the
 * rest of the detector is never loaded for them. JSON-LD is left to the full classifier (many
 * sites put a ContactPoint on every page), and so are chat launchers: they sit on every page of
 * many sites, arrive seconds after the load, and looking for forty of them cost every page more
 * than the rest of the look. A launcher matters when someone opens it — see runGate in
 * entrypoints/contact/gate.ts.
 */
export function hasContactSignal(doc: Document, url: PageAddress): boolean {
  return addressSignal(url, doc.title) || markupSignal(doc);
}

/** Contact, support or confirmation words in the URL or the title. */
function addressSignal(url: PageAddress, rawTitle: string): boolean {
  return addressWords(url, rawTitle) !== undefined;
}

/**
 * Which words the URL or the title has. 'confirmation' wins: a "thank you" page under /contact
 * shows its reference number now, and is read at once rather than when the person uses it.
 */
export function addressWords(url: PageAddress, rawTitle: string): 'confirmation' | 'contact' | 'support' | undefined {
  const path = foldedPath(url);
  const title = fold(rawTitle);
  if (CONFIRMATION_PATH.test(path) || CONFIRMATION_TEXT.test(title)) return 'confirmation';
  if (CONTACT_PATH.test(path) || CONTACT_HEADING.test(title)) return 'contact';
  return SUPPORT_PATH.test(path) || SUPPORT_HOST.test(url.hostname) ? 'support' : undefined;
}

/** The last two labels of a host name: the site, or a little more than it (co.uk), cheaply. */
function roughSite(host: string): string {
  return host.split('.').slice(-2).join('.');
}

/**
 * Whether a page came from a contact page of its own site: a referrer with contact words in its
 * path (a form at /contact, /requests/new…), on the same host or a sibling of it. Such a page may
 * be the thank-you page of a form just sent, and only such a page costs the extension a question
 * to the background at load (the background knows whether a report came from the tab, and answers
 * for the site exactly). Pages reached from elsewhere cost nothing more.
 */
export function afterContactPage(referrer: string, here: string): boolean {
  if (!referrer.startsWith('http')) return false;
  const from = addressOf(referrer);
  return roughSite(from.hostname) === roughSite(addressOf(here).hostname) && CONTACT_PATH.test(foldedPath(from));
}

/** A message box, a phone, email or WhatsApp link, or ContactPoint microdata. */
function markupSignal(doc: Document): boolean {
  for (const selector of CHANNEL_MARKUP) if (doc.querySelector(selector) !== null) return true;
  return false;
}

/**
 * The host name and path of a URL as the browser writes it (`document.URL`: scheme, host, path,
 * query, fragment, always in that form), without a URL object or `location`: the first touch of
 * either costs a content script's world more than this.
 */
export function addressOf(href: string): PageAddress {
  const hostStart = href.indexOf('//') + 2;
  let hostEnd = hostStart;
  while (hostEnd < href.length && !'/?#'.includes(href.charAt(hostEnd))) hostEnd++;
  let pathEnd = hostEnd;
  while (pathEnd < href.length && !'?#'.includes(href.charAt(pathEnd))) pathEnd++;
  const authority = href.slice(hostStart, hostEnd);
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  // A port follows the last colon, except inside an IPv6 address's brackets.
  const port = host.lastIndexOf(':');
  return {
    hostname: port > host.lastIndexOf(']') ? host.slice(0, port) : host,
    pathname: href.slice(hostEnd, pathEnd) || '/',
  };
}

/**
 * The first look, as a function to call again and again (the gate looks again when the person uses
 * the page): the same as hasContactSignal, but the URL and title words are tested again only when
 * the address or the title changed — on most looks only the markup can have. `href` reads the
 * page's address (its `document.URL` by default).
 */
export function contactLook(doc: Document, href: () => string = () => doc.URL): () => boolean {
  let seen: string | undefined;
  return () => {
    const title = doc.title;
    const url = href();
    const key = `${url}\n${title}`;
    if (key !== seen) {
      seen = key;
      if (addressSignal(addressOf(url), title)) return true;
    }
    return markupSignal(doc);
  };
}
