/**
 * A page's chrome — the site's header, footer, navigation and sidebars, repeated on every page —
 * found apart from its main content. A phone number, an address or a form in the footer says how
 * to reach the business from any page; the same in the main content is what a contact page is for.
 */
const CHROME =
  'header,footer,nav,aside,[role=banner],[role=contentinfo],[role=navigation],[role=complementary],' +
  // The same parts as themes and builders mark them without those elements: the site's header and
  // footer by id or class, Elementor's header and footer templates, and the bar above the header
  // that shows the business's phone and email on every page.
  '#header,#footer,div.header,div.footer,#masthead,#colophon,.site-header,.site-footer,#main-header,#main-footer,' +
  '#top-header,.elementor-location-header,.elementor-location-footer,.topbar,.top-bar,#topbar,#top-bar';
/** A header or footer inside these is that part's own (an article's byline), not the site's: as ARIA maps them. */
const OWN_PART = 'main,article,section,[role=main]';
/**
 * …unless, outside an article, it holds what only the site's own has: its navigation, or the
 * business's phone or email links. Hand-written pages and page builders nest the site's header and
 * footer in a <main> or a <section> that wraps the whole page.
 */
const SITE_PART = 'nav,a[href^="tel:" i],a[href^="mailto:" i]';
/** Enough for any real page's chrome; a page of thousands of nav elements costs no more. */
const MAX_ELEMENTS = 200;

/** The outermost chrome elements, in document order. */
export function chromeOf(doc: Document): Element[] {
  const found: Element[] = [];
  for (const el of Array.from(doc.querySelectorAll(CHROME)).slice(0, MAX_ELEMENTS)) {
    // Document order: an element inside chrome comes right after the chrome it is in.
    if (found.length && found[found.length - 1]?.contains(el)) continue;
    if (/^(header|footer)$/.test(el.localName) && !el.hasAttribute('role') && ownPart(el)) continue;
    found.push(el);
  }
  return found;
}

/** Whether a header or footer element is the part's it is in, not the site's. */
function ownPart(el: Element): boolean {
  const part = el.parentElement?.closest(OWN_PART);
  if (!part) return false;
  return el.closest('article') !== null || el.querySelector(SITE_PART) === null;
}

/** Whether the element sits in one of `chrome` (from chromeOf). */
export function inChrome(chrome: readonly Element[], el: Element): boolean {
  return chrome.some((part) => part.contains(el));
}
