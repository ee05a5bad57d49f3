import type { PageReading } from '../messages/page-reading';
import type { PageKind } from '../messages/protocol';
import { companyHint, hasContactPoint, parseJsonLd, type CompanyHintData } from './company';
import { emailsInText, parseMailto } from './emails';
import { labelledPhones, numberKey, numberRegions } from './labelled-phones';
import { pageCountry, phoneFromTel, phonesInText } from './phones';
import { referenceInText } from './reference';
import { foldedPath } from './signal';
import { MORE_CONTACT_HEADING, MORE_CONTACT_PATH, onlyServiceWords, SEARCH_RESULTS } from './judge-words';
import { LEGAL_OR_FAQ_PATH, LEGAL_OR_FAQ_TITLE } from './legal-words';
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

/** What the page part acts on: which clicks and forms count, and the company it reports. */
export type PageJudgement = Pick<PageVerdict, 'kind' | 'chatVendors' | 'company'>;

/**
 * Weighted signals. A channel alone never makes a contact page (product pages show phone
 * numbers, chat widgets sit on every page of many sites, home pages embed a contact form);
 * contact words in the URL, heading or title alone never do either (blog posts and search results
 * repeat them). Both together do. Channels in the page's chrome — its header, footer, navigation
 * and sidebars, on every page of the site — weigh little: the same in the main content is what a
 * contact page is for.
 */
export const WEIGHTS = {
  contactForm: 4,
  chromeForm: 1,
  chromeChannel: 1,
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
  legalOrFaq: -2.5,
  productPage: -4,
  loginForm: -3,
  searchResults: -5,
} as const;
export const CONTACT_THRESHOLD = 5;

const BUY_BUTTON =
  /add to (?:cart|basket|bag)|buy now|in den warenkorb|anadir al carrito|ajouter au panier|aggiungi al carrello/;

/**
 * Judges what the page part read off a page (lib/detect/read.ts). Pure and DOM-free: it runs in
 * the background, where its regular expressions are compiled once for every page.
 */
export function judgePage(reading: PageReading): PageVerdict {
  const location = new URL(reading.url);
  const host = location.hostname.toLowerCase();
  const ld = parseJsonLd(reading.jsonLd);
  const company = companyHint(ld, reading.siteName, reading.title, host);
  const verdict: PageVerdict = {
    kind: 'none',
    score: 0,
    channels: [],
    phones: [],
    emails: [],
    chatVendors: [],
    company,
    signals: [],
  };
  if (isSocialHost(host) || reading.socialMarkup) return { ...verdict, channels: ['social'], signals: ['social'] };
  if (!reading.signal) return verdict;

  const path = foldedPath(location);
  const title = fold(reading.title);
  const headings = fold(reading.headings);
  const status = fold(reading.status);
  const chats = reading.chatVendors;
  const pathWords = (text: string) => CONTACT_PATH.test(text) || MORE_CONTACT_PATH.test(text);
  const headingWords = (text: string) => CONTACT_HEADING.test(text) || MORE_CONTACT_HEADING.test(text);
  const contactPath = pathWords(path);
  const contactHeading = headingWords(headings);
  const contactTitle = headingWords(title);
  // "Kundendienst", "customer service": the name of a service sold as often as of a way to reach
  // the business (a heating firm's boiler servicing). Said by these words alone, see saysWhat.
  const contactWords =
    (contactPath && !onlyServiceWords(pathWords, path)) ||
    (contactHeading && !onlyServiceWords(headingWords, headings)) ||
    (contactTitle && !onlyServiceWords(headingWords, title));
  const confirmation = CONFIRMATION_PATH.test(path) || CONFIRMATION_TEXT.test(status) || CONFIRMATION_TEXT.test(title);
  const support = SUPPORT_PATH.test(path) || SUPPORT_HOST.test(host);
  const contactPoint = reading.contactPointMarkup || hasContactPoint(ld);

  const country = pageCountry(reading.lang, host);
  // Links by their place: telLinks then mailtoLinks, numbered one after the other.
  const inChrome = new Set(reading.chromeLinks);
  const telPhones: string[] = [];
  const mainTel: string[] = [];
  reading.telLinks.forEach((href, at) => {
    const phone = phoneFromTel(href, country);
    if (phone) telPhones.push(phone);
    if (phone && !inChrome.has(at)) mainTel.push(phone);
  });
  const mailtoEmails: string[] = [];
  const mainMailto: string[] = [];
  reading.mailtoLinks.forEach((href, at) => {
    const to = parseMailto(href).to;
    mailtoEmails.push(...to);
    if (!inChrome.has(reading.telLinks.length + at)) mainMailto.push(...to);
  });
  // Numbers written as text: those the small rule set reads, and those a word labels as a phone
  // number ("Telp: 0813…"), read with the numbering plans; each number once.
  const regions = numberRegions(telPhones, country);
  const writtenPhones = (text: string) => {
    const known = phonesInText(text, country);
    const keys = new Set(known.map(numberKey));
    return [...known, ...labelledPhones(text, regions).filter((phone) => !keys.has(numberKey(phone)))];
  };
  const textPhones = writtenPhones(reading.text);
  const textEmails = emailsInText(reading.text);
  const chromePhones = writtenPhones(reading.chromeText);
  const chromeEmails = emailsInText(reading.chromeText);
  const phones = [...new Set([...telPhones, ...textPhones, ...chromePhones])];
  const emails = [...new Set([...mailtoEmails, ...textEmails, ...chromeEmails])];
  const mainForms = reading.contactForms - reading.chromeForms;

  const signals: string[] = [];
  let score = 0;
  const add = (name: keyof typeof WEIGHTS, when: boolean, times = 1): void => {
    if (!when) return;
    signals.push(name);
    score += WEIGHTS[name] * times;
  };
  add('contactForm', mainForms > 0);
  add('chromeForm', mainForms === 0 && reading.chromeForms > 0);
  add(
    'chatVendor',
    chats.some((vendor) => vendor !== 'chat'),
  );
  add('chatButton', chats.length === 1 && chats[0] === 'chat');
  // Distinct numbers, not links: the same number twice in the main content is one channel.
  const distinctTel = new Set(mainTel).size;
  add('telLink', distinctTel > 0, Math.min(distinctTel, 2));
  add('mailtoLink', mainMailto.length > 0);
  const telKeys = new Set(mainTel.map(numberKey));
  add(
    'phoneText',
    textPhones.some((p) => !telKeys.has(numberKey(p))),
  );
  add(
    'emailText',
    textEmails.some((e) => !mainMailto.includes(e)),
  );
  const mainChannel = signals.some((name) => /^(?:telLink|mailtoLink|phoneText|emailText)$/.test(name));
  add(
    'chromeChannel',
    !mainChannel && (reading.chromeLinks.length > 0 || chromePhones.length > 0 || chromeEmails.length > 0),
  );
  add('contactPoint', contactPoint);
  add('contactPath', contactPath);
  add('contactHeading', contactHeading);
  add('contactTitle', contactTitle);
  add('supportSite', support);
  add('legalOrFaq', LEGAL_OR_FAQ_PATH.test(path) || LEGAL_OR_FAQ_TITLE.test(title));
  // og:type=article is a hint, not a verdict: site builders put it on every page, a contact page
  // included. Alone it counts only when nothing on the page says "contact". A byline or a
  // publication date counts unless both the address and the main heading say "contact" (themes
  // give WordPress pages a post's markup; a post about contacting a company has no contact
  // address), and an article's address always does.
  const saysContact = mainForms > 0 || contactPath || contactHeading;
  add(
    'articlePage',
    (reading.articleMarkup && !(contactPath && contactHeading)) ||
      (reading.articleType && !saysContact) ||
      (/\/(?:\d{4}\/\d{2}|blog|news|article)\//.test(path) && !support),
  );
  add(
    'productPage',
    reading.productMarkup ||
      ld.some((node) => node['@type'] === 'Product') ||
      reading.buttonLabels.some((label) => BUY_BUTTON.test(fold(label))),
  );
  add('loginForm', reading.passwordField);
  add('searchResults', SEARCH_RESULTS.test(headings) || SEARCH_RESULTS.test(title) || /\/search(?:\/|$|\.)/.test(path));

  const channels: DetectedChannel[] = [];
  if (reading.contactForms) channels.push('web_form');
  if (phones.length) channels.push('phone');
  if (emails.length) channels.push('email');
  if (chats.length) channels.push('chat');

  const referenceNumber = confirmation ? referenceInText(reading.text) : undefined;
  // The page must say what it is for: in its address, its main heading or its title. Customer-
  // service words say it only in the address or the main heading (a title often carries the
  // business's line of work: "Heizung & Kundendienst Müller"), and only when the main content
  // offers a way to reach the business: a service page has the site's header and footer phone.
  const saysWhat = contactWords || ((contactPath || contactHeading) && (mainForms > 0 || mainChannel));
  // A help-centre article is still a support page; a shop, log-in or search page is not.
  const blocked = signals.some((s) => /productPage|loginForm|searchResults/.test(s));
  const kind: PageKind = referenceNumber
    ? 'confirmation'
    : score >= CONTACT_THRESHOLD && channels.length > 0 && saysWhat
      ? 'contact'
      : support && !blocked
        ? 'support-article'
        : 'none';
  return {
    ...verdict,
    kind,
    score,
    channels,
    phones,
    emails,
    chatVendors: [...chats],
    signals,
    ...(referenceNumber ? { referenceNumber } : {}),
  };
}
