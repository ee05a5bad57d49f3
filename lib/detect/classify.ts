import type { PageKind } from '../messages/protocol';
import { chatLaunchers, hasChatLauncher } from './chat';
import { companyHint, hasContactPoint, jsonLdNodes, type CompanyHintData } from './company';
import { emailsInText, parseMailto } from './emails';
import { contactForms } from './forms';
import { pageCountry, phoneFromTel, phonesInText } from './phones';
import { referenceInText } from './reference';
import { foldedPath, hasContactSignal, isSocialPage } from './signal';
import { fold, pageText, squash } from './text';
import {
  CONFIRMATION_PATH,
  CONFIRMATION_TEXT,
  CONTACT_HEADING,
  CONTACT_PATH,
  SEARCH_RESULTS,
  SUPPORT_HOST,
  SUPPORT_PATH,
} from './words';

export type DetectedChannel = 'web_form' | 'phone' | 'email' | 'chat' | 'social';

export interface PageVerdict {
  kind: PageKind;
  /** Sum of the weighted signals (see WEIGHTS); ≥ CONTACT_THRESHOLD with a channel = contact. */
  score: number;
  channels: DetectedChannel[];
  phones: string[];
  emails: string[];
  referenceNumber?: string;
  chatVendors: string[];
  company: CompanyHintData;
  /** Names of the signals that fired, for tests and debugging. */
  signals: string[];
}

/**
 * Weighted signals. A channel alone never makes a contact page (product pages show phone
 * numbers, chat widgets sit on every page of many sites); contact words in the URL or heading
 * alone never do either (blog posts and search results repeat them). Both together do.
 */
export const WEIGHTS = {
  contactForm: 4,
  chatVendor: 2,
  chatButton: 1,
  telLink: 1.5,
  mailtoLink: 1.5,
  phoneText: 1,
  emailText: 1,
  contactPoint: 1,
  contactPath: 2.5,
  contactHeading: 2.5,
  contactTitle: 1.5,
  supportSite: 0.5,
  articlePage: -4,
  productPage: -4,
  loginForm: -3,
  searchResults: -5,
} as const;
export const CONTACT_THRESHOLD = 5;

function texts(doc: Document, selector: string, max: number): string {
  return Array.from(doc.querySelectorAll(selector))
    .slice(0, max)
    .map((el) => squash(el.textContent ?? ''))
    .join(' \n ');
}

const ARTICLE = 'meta[property="og:type"][content="article" i],meta[property="article:published_time"],[itemprop=datePublished],article .entry-meta,article .byline,.post-meta';
const PRODUCT = 'meta[property="og:type"][content*="product" i],[itemtype*="schema.org/Product" i]';
const BUY_BUTTON = /add to (?:cart|basket|bag)|buy now|in den warenkorb|anadir al carrito|ajouter au panier|aggiungi al carrello/;

/** Classifies a page. Pure: a Document and its URL in, a verdict out. */
export function classifyPage(doc: Document, url: string): PageVerdict {
  const location = new URL(url);
  const host = location.hostname.toLowerCase();
  const ld = jsonLdNodes(doc);
  const company = companyHint(doc, host, ld);
  const verdict: PageVerdict = { kind: 'none', score: 0, channels: [], phones: [], emails: [], chatVendors: [], company, signals: [] };
  if (isSocialPage(doc, host)) return { ...verdict, channels: ['social'], signals: ['social'] };

  // Most pages have no signal at all: stop before looking closer or reading the page's text.
  if (!hasContactSignal(doc, location) && !hasChatLauncher(doc)) return verdict;

  const path = foldedPath(location);
  const title = fold(doc.title);
  const headings = fold(texts(doc, 'h1', 3));
  const status = fold(texts(doc, 'h1,h2,[role=status],[role=alert]', 8));
  const forms = contactForms(doc);
  const links = Array.from(doc.querySelectorAll<HTMLAnchorElement>('a[href^="tel:" i],a[href^="mailto:" i]'));
  const chats = chatLaunchers(doc);
  const contactPath = CONTACT_PATH.test(path);
  const contactHeading = CONTACT_HEADING.test(headings);
  const contactTitle = CONTACT_HEADING.test(title);
  const confirmation = CONFIRMATION_PATH.test(path) || CONFIRMATION_TEXT.test(status) || CONFIRMATION_TEXT.test(title);
  const support = SUPPORT_PATH.test(path) || SUPPORT_HOST.test(host);
  const contactPoint = hasContactPoint(doc, ld);

  const country = pageCountry(doc.documentElement.lang, host);
  const text = doc.body ? pageText(doc.body) : '';
  const telPhones: string[] = [];
  const mailtoEmails: string[] = [];
  for (const link of links) {
    const href = link.getAttribute('href') ?? '';
    if (/^tel:/i.test(href)) {
      const phone = phoneFromTel(href, country);
      if (phone) telPhones.push(phone);
    } else mailtoEmails.push(...parseMailto(href).to);
  }
  const textPhones = phonesInText(text, country);
  const textEmails = emailsInText(text);
  const phones = [...new Set([...telPhones, ...textPhones])];
  const emails = [...new Set([...mailtoEmails, ...textEmails])];

  const signals: string[] = [];
  let score = 0;
  const add = (name: keyof typeof WEIGHTS, when: boolean, times = 1): void => {
    if (!when) return;
    signals.push(name);
    score += WEIGHTS[name] * times;
  };
  add('contactForm', forms.length > 0);
  add('chatVendor', chats.some((vendor) => vendor !== 'chat'));
  add('chatButton', chats.length === 1 && chats[0] === 'chat');
  add('telLink', telPhones.length > 0, Math.min(telPhones.length, 2));
  add('mailtoLink', mailtoEmails.length > 0);
  add('phoneText', textPhones.some((p) => !telPhones.includes(p)));
  add('emailText', textEmails.some((e) => !mailtoEmails.includes(e)));
  add('contactPoint', contactPoint);
  add('contactPath', contactPath);
  add('contactHeading', contactHeading);
  add('contactTitle', contactTitle);
  add('supportSite', support);
  add('articlePage', doc.querySelector(ARTICLE) !== null || /\/(?:\d{4}\/\d{2}|blog|news|article)\//.test(path) && !support);
  add(
    'productPage',
    doc.querySelector(PRODUCT) !== null ||
      ld.some((node) => node['@type'] === 'Product') ||
      Array.from(doc.querySelectorAll('button,input[type=submit]')).slice(0, 200).some((b) => BUY_BUTTON.test(fold(b.textContent || b.getAttribute('value') || ''))),
  );
  add('loginForm', doc.querySelector('input[type=password]') !== null);
  add('searchResults', SEARCH_RESULTS.test(headings) || SEARCH_RESULTS.test(title) || /\/search(?:\/|$|\.)/.test(path));

  const channels: DetectedChannel[] = [];
  if (forms.length) channels.push('web_form');
  if (phones.length) channels.push('phone');
  if (emails.length) channels.push('email');
  if (chats.length) channels.push('chat');

  const referenceNumber = confirmation ? referenceInText(text) : undefined;
  // A help-centre article is still a support page; a shop, log-in or search page is not.
  const blocked = signals.some((s) => /productPage|loginForm|searchResults/.test(s));
  const kind: PageKind = referenceNumber
    ? 'confirmation'
    : score >= CONTACT_THRESHOLD && channels.length > 0
      ? 'contact'
      : support && !blocked
        ? 'support-article'
        : 'none';
  return { ...verdict, kind, score, channels, phones, emails, chatVendors: chats, signals, ...(referenceNumber ? { referenceNumber } : {}) };
}
