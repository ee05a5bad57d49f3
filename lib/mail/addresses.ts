/**
 * Email addresses as the mail script finds them and the background judges them. Kept free of
 * zod and the company directory so the mail script can carry it.
 */

/** A practical address shape: a local part, "@", a dotted domain. Not RFC 5322, on purpose. */
const ADDRESS =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;
const IN_TEXT = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

/** The address, lower-cased, when the value is exactly one address (surrounding space and <> allowed). */
export function addressOf(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value
    .trim()
    .replace(/^<|>$/g, '')
    .replace(/^mailto:/i, '');
  if (trimmed.length > 254 || !ADDRESS.test(trimmed)) return undefined;
  return trimmed.toLowerCase();
}

/** Every address written in a text ("Acme <help@acme.com>; b@c.org"), lower-cased, once each, at most `max`. */
export function addressesIn(text: string, max = 50): string[] {
  const found = new Set<string>();
  for (const match of text.slice(0, 20_000).matchAll(IN_TEXT)) {
    const address = addressOf(match[0].replace(/\.+$/, ''));
    if (address) found.add(address);
    if (found.size >= max) break;
  }
  return [...found];
}

/** The domain of an address ("help.acme.com" for "a@help.acme.com"). */
export function domainOfAddress(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/**
 * Mailbox providers where anyone can have an address: a message to a friend at gmail.com or
 * outlook.com is never a message to Google or Microsoft, though the directory lists some of these
 * domains for those companies (their websites live there too).
 */
const PERSONAL_MAILBOX_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'yahoo.com',
  'ymail.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'pm.me',
  'gmx.com',
  'gmx.net',
  'gmx.de',
  'web.de',
  'mail.com',
  'zoho.com',
  'yandex.com',
  'fastmail.com',
  'tutanota.com',
  'hey.com',
  'att.net',
  'sbcglobal.net',
  'comcast.net',
  'verizon.net',
  'btinternet.com',
]);
/** Country variants of the big providers (hotmail.co.uk, yahoo.fr, outlook.de…). */
const PERSONAL_MAILBOX_NAMES = ['hotmail', 'outlook', 'live', 'yahoo', 'gmx'];
const COUNTRY_SUFFIXES = [
  'co.uk',
  'fr',
  'de',
  'es',
  'it',
  'nl',
  'be',
  'ie',
  'at',
  'ch',
  'ca',
  'com.au',
  'co.jp',
  'com.br',
  'com.mx',
  'in',
];

/** Is this the domain of a mailbox provider (a person's address), not of a company's own staff? */
export function isPersonalMailbox(domain: string): boolean {
  const d = domain.toLowerCase();
  if (PERSONAL_MAILBOX_DOMAINS.has(d)) return true;
  const dot = d.indexOf('.');
  return dot > 0 && PERSONAL_MAILBOX_NAMES.includes(d.slice(0, dot)) && COUNTRY_SUFFIXES.includes(d.slice(dot + 1));
}
