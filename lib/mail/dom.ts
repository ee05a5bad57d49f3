import { addressOf, addressesIn } from './addresses';

/** Accessible name as the clients write it, without the bidirectional marks Gmail wraps shortcuts in. */
export function labelOf(el: Element): string {
  const label = el.getAttribute('aria-label') ?? el.getAttribute('data-tooltip') ?? el.getAttribute('title') ?? '';
  return label
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * "Send" as the clients label their Send button, in the languages they are used in most. A label
 * counts when it is the word alone or the word and its keyboard shortcut ("Send (Ctrl-Enter)"):
 * "Send later", "Schedule send" and "More send options" are other buttons.
 */
const SEND_WORDS = new Set([
  'send',
  'senden',
  'envoyer',
  'enviar',
  'invia',
  'verzenden',
  'versturen',
  'wyślij',
  'skicka',
  'send',
  'sende',
  'lähetä',
  'odeslat',
  'küldés',
  'trimite',
  'gönder',
  'отправить',
  'надіслати',
  'αποστολή',
  '送信',
  '发送',
  '傳送',
  '보내기',
  'إرسال',
  'שליחה',
  'kirim',
  'gửi',
  'ส่ง',
  'enviar',
]);

export function isSendLabel(label: string): boolean {
  const match = /^([^\s(]+)\s*(\(.*\))?$/u.exec(label);
  return match !== null && SEND_WORDS.has((match[1] ?? '').toLowerCase());
}

/** The nearest element at or above `el` that is a button (role or element). */
export function buttonOf(el: Element): Element | undefined {
  return el.closest('button, [role="button"]') ?? undefined;
}

export function isDisabled(button: Element): boolean {
  return (
    button.getAttribute('aria-disabled') === 'true' || (button.tagName === 'BUTTON' && button.hasAttribute('disabled'))
  );
}

/** The value of an input or text area (by tag, not class: the page may be another window's). */
export function valueOf(el: Element | null | undefined): string {
  return el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') ? String((el as HTMLInputElement).value) : '';
}

/**
 * Addresses carried by a field and what is in it: its attributes that hold one address (Gmail's
 * `data-hovercard-id` and `email`, a pill's `title` or `aria-label`), typed text and input values.
 */
export function addressesOfField(field: Element, max = 50): string[] {
  const found = new Set<string>();
  const add = (value: string | null) => {
    for (const a of value ? addressesIn(value, max) : []) if (found.size < max) found.add(a);
  };
  const nodes = [field, ...field.querySelectorAll('*')];
  for (const node of nodes.slice(0, 2_000)) {
    for (const name of ['data-hovercard-id', 'email', 'title', 'aria-label', 'data-name']) {
      const single = addressOf(node.getAttribute(name));
      if (single) found.add(single);
      else if (name === 'aria-label' || name === 'title') add(node.getAttribute(name));
    }
    add(valueOf(node));
  }
  for (const text of textsOf(field)) add(text);
  return [...found].slice(0, max);
}

/** The text nodes' contents under an element (bounded), for typed addresses not yet made pills. */
function textsOf(el: Element): string[] {
  const out: string[] = [];
  // 4: NodeFilter.SHOW_TEXT.
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  for (let node = walker.nextNode(); node && out.length < 500; node = walker.nextNode()) {
    const value = node.nodeValue;
    if (value && value.includes('@')) out.push(value);
  }
  return out;
}

/** Visible text of an element, spaces collapsed, bounded. */
export function textOf(el: Element | null | undefined, max = 5_000): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ENGLISH_MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s/i;

/**
 * A time written on the page (a title or text) as epoch ms, when it can be read without guessing:
 * an ISO time, a date with an English month name ("Tue, Dec 1, 2026, 10:23 AM"), or a numeric
 * date on a page in US English. "03/12/2026" on a French page is the 3rd of December, which the
 * browser would read as the 12th of March: such dates are left unread (the message then counts
 * only in the thread of the email it answers; see lib/mail/answer.ts).
 */
export function timeOf(lang: string, ...values: (string | null | undefined)[]): number | undefined {
  const usEnglish = /^en(-us)?$/i.test(lang.trim());
  for (const raw of values) {
    // A date has a year or a time of day; a name or a number alone is no date.
    if (!raw || raw.length > 120 || !/\d{4}|\d:\d\d/.test(raw)) continue;
    // "(5 days ago)" and the like are dropped; the date before them is what counts.
    const value = raw
      .replace(/\(.*?\)/g, '')
      .replace(/[\u200e\u200f\u202a-\u202e]/g, '')
      .trim();
    if (!ISO.test(value) && !ENGLISH_MONTH.test(`${value} `) && !usEnglish) continue;
    const parsed = Date.parse(value);
    if (Number.isFinite(parsed) && parsed > 0) return parsed;
  }
  return undefined;
}
