import { CHAT_VENDOR_SELECTOR } from './chat';
import { fold } from './text';
import { CONFIRMATION_PATH, CONFIRMATION_TEXT, CONTACT_HEADING, CONTACT_PATH, SUPPORT_HOST, SUPPORT_PATH } from './words';

/** Social networks have their own script; nothing on them is a company contact page. */
const SOCIAL_HOST = /(?:^|\.)(?:x\.com|twitter\.com|bsky\.app|facebook\.com|instagram\.com|threads\.net|threads\.com|linkedin\.com|reddit\.com|mastodon\.social|tiktok\.com|youtube\.com)$/;

export function isSocialPage(doc: Document, host: string): boolean {
  return SOCIAL_HOST.test(host) || doc.querySelector('#mastodon,form.compose-form') !== null;
}

/** The URL path, decoded and folded (lower case, no accents). */
export function foldedPath(url: URL): string {
  try {
    return fold(decodeURIComponent(url.pathname));
  } catch {
    return fold(url.pathname);
  }
}

const CHANNEL_MARKUP = 'form textarea,form [contenteditable],a[href^="tel:" i],a[href^="mailto:" i],[itemtype*="ContactPoint" i]';
const SIGNAL_MARKUP = `${CHANNEL_MARKUP},${CHAT_VENDOR_SELECTOR}`;

/**
 * The cheap first look every page gets: is there anything at all that could make this a contact,
 * support or confirmation page? A handful of selector and regex tests, no text walk. Most pages
 * answer "no" and the rest of the detector is never loaded for them.
 */
export function hasContactSignal(doc: Document, href: string): boolean {
  const url = new URL(href);
  const path = foldedPath(url);
  if (CONTACT_PATH.test(path) || CONFIRMATION_PATH.test(path) || SUPPORT_PATH.test(path) || SUPPORT_HOST.test(url.hostname)) return true;
  // One selector list: one walk of the document instead of two on the (usual) page with neither.
  if (doc.querySelector(SIGNAL_MARKUP)) return true;
  const words = fold(`${doc.title}\n${Array.from(doc.querySelectorAll('h1,[role=status]'), (el) => el.textContent ?? '').slice(0, 4).join('\n')}`);
  if (CONTACT_HEADING.test(words) || CONFIRMATION_TEXT.test(words)) return true;
  return Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).some((s) => /contactpoint/i.test(s.textContent ?? ''));
}
