import type { Channel } from '../model';
import { isFree, take, textOf, type ParseState } from './state';

/** An address, handle or number the person used; its kind hints at the channel. */
export interface ContactFound {
  start: number;
  end: number;
  text: string;
  channel: Channel;
  /** The domain of an email address, for finding the company by its site. */
  domain?: string;
}

const HANDLE = /^@[a-z0-9_.]{1,30}$/;
const DOMAIN_LABEL = /^[a-z0-9-]{1,63}$/;
const TLD = /^[a-z]{2,12}$/;
/** A phone number's groups: "+34", "900", "0800-123-456", "(0)20". */
const PHONE_GROUP = /^\+?\d[\d-]*$/;

function digits(text: string): number {
  let n = 0;
  for (const c of text) if (c >= '0' && c <= '9') n++;
  return n;
}

/** "tmobile.com" → itself; undefined unless every label is a host label and the last is letters. */
export function domainOf(key: string): string | undefined {
  const labels = key.replace(/^www\./, '').split('.');
  if (labels.length < 2 || !labels.every((l) => DOMAIN_LABEL.test(l)) || !TLD.test(labels[labels.length - 1] ?? ''))
    return undefined;
  return labels.join('.');
}

/** Email addresses, @handles and phone numbers (which start with + or 0 and have 7 to 15 digits). */
export function findContacts(s: ParseState): ContactFound[] {
  const found: ContactFound[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const token = s.tokens[i];
    if (!token || !isFree(s, i)) continue;
    const at = token.key.indexOf('@');
    if (at > 0 && token.key.indexOf('@', at + 1) < 0) {
      const domain = domainOf(token.key.slice(at + 1));
      if (domain) {
        take(s, i, i + 1, 'contact');
        found.push({ start: i, end: i + 1, text: token.text, channel: 'email', domain });
      }
      continue;
    }
    if (HANDLE.test(token.key)) {
      take(s, i, i + 1, 'contact');
      found.push({ start: i, end: i + 1, text: token.text, channel: 'social_dm' });
      continue;
    }
    if (!/^[+0]/.test(token.text) || !PHONE_GROUP.test(token.text)) continue;
    let end = i + 1;
    let count = digits(token.text);
    while (
      count < 15 &&
      s.tokens[end] &&
      isFree(s, end) &&
      PHONE_GROUP.test(s.tokens[end]?.text ?? '') &&
      !s.tokens[end]?.text.startsWith('+')
    ) {
      count += digits(s.tokens[end]?.text ?? '');
      end++;
    }
    if (count < 7 || count > 15) continue;
    take(s, i, end, 'contact');
    found.push({ start: i, end, text: textOf(s, i, end), channel: 'phone' });
    i = end - 1;
  }
  return found;
}
