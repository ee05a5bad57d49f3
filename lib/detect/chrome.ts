/**
 * A page's chrome — the site's header, footer, navigation and sidebars, repeated on every page —
 * found apart from its main content. A phone number, an address or a form in the footer says how
 * to reach the business from any page; the same in the main content is what a contact page is for.
 */
const CHROME = 'header,footer,nav,aside,[role=banner],[role=contentinfo],[role=navigation],[role=complementary]';
/** A header or footer inside these is that part's own (an article's byline), not the site's: as ARIA maps them. */
const OWN_PART = 'main,article,section,[role=main]';
/** Enough for any real page's chrome; a page of thousands of nav elements costs no more. */
const MAX_ELEMENTS = 200;

/** The outermost chrome elements, in document order. */
export function chromeOf(doc: Document): Element[] {
  const found: Element[] = [];
  for (const el of Array.from(doc.querySelectorAll(CHROME)).slice(0, MAX_ELEMENTS)) {
    // Document order: an element inside chrome comes right after the chrome it is in.
    if (found.length && found[found.length - 1]?.contains(el)) continue;
    if (/^(header|footer)$/.test(el.localName) && !el.hasAttribute('role') && el.parentElement?.closest(OWN_PART))
      continue;
    found.push(el);
  }
  return found;
}

/** Whether the element sits in one of `chrome` (from chromeOf). */
export function inChrome(chrome: readonly Element[], el: Element): boolean {
  return chrome.some((part) => part.contains(el));
}
