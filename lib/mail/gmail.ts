import { addressesIn, addressOf } from './addresses';
import type { ComposeReading, ConversationReading, MailAdapter } from './adapter';
import { composeWindow } from './compose-window';
import { addressesOfField, textOf, timeOf, valueOf } from './dom';

/*
 * Gmail. A compose window (new message, pop-out) is a `dialog`; a reply written under a
 * conversation is a `region`; both hold the recipient fields by their form names (`name="to"`,
 * `"cc"`, `"bcc"`: a listbox of chips, each with the address in `data-hovercard-id`, or the older
 * hidden inputs), the subject as `input[name="subjectbox"]`, and a Send button labelled
 * "Send ‪(Ctrl-Enter)‬" in the person's language. In a conversation each message carries its id
 * (`data-message-id` / `data-legacy-message-id`) and names its sender in a heading with the
 * address in an `email` attribute; the subject is the heading with `data-thread-perm-id`.
 */

const COMPOSE = '[role="dialog"], [role="region"]';
const RECIPIENT_FIELDS = { to: '[name="to"]', cc: '[name="cc"], [name="bcc"]' } as const;
const MESSAGE = '[data-legacy-message-id], [data-message-id]';
const BODY = '[g_editable="true"], [contenteditable="true"][role="textbox"]';

/** The compose window around `el`: a dialog or reply region that has recipient fields. */
function composeAround(el: Element): Element | undefined {
  for (let node = el.closest(COMPOSE); node; node = node.parentElement?.closest(COMPOSE) ?? null) {
    if (node.querySelector(RECIPIENT_FIELDS.to)) return node;
  }
  // The pop-out window: the compose is the whole page.
  const form = el.ownerDocument.querySelector(RECIPIENT_FIELDS.to)?.closest('form')?.parentElement;
  return form?.contains(el) ? form : undefined;
}

function fieldAddresses(compose: Element, selector: string): string[] {
  return [...compose.querySelectorAll(selector)].flatMap((field) => addressesOfField(field));
}

function recipientsOf(compose: Element): Pick<ComposeReading, 'to' | 'cc'> {
  const to = fieldAddresses(compose, RECIPIENT_FIELDS.to);
  return { to, cc: fieldAddresses(compose, RECIPIENT_FIELDS.cc).filter((a) => !to.includes(a)) };
}

function subjectOf(compose: Element): string | undefined {
  const own = [...compose.querySelectorAll('input[name="subjectbox"]')]
    .map((input) => valueOf(input).trim())
    .find((value) => value !== '');
  // A reply keeps the conversation's subject, shown as its heading.
  const heading = compose.ownerDocument.querySelector('h2[data-thread-perm-id]');
  return (own || textOf(heading, 200) || undefined)?.slice(0, 200);
}

function messageKey(el: Element): string | undefined {
  return el.getAttribute('data-legacy-message-id') ?? el.getAttribute('data-message-id') ?? undefined;
}

export const gmail: MailAdapter = {
  client: 'gmail',
  ...composeWindow({ around: composeAround, recipients: recipientsOf, subject: subjectOf, body: BODY }),
  showsConversation(doc) {
    return doc.querySelector(MESSAGE) !== null;
  },
  readConversation(doc): ConversationReading | undefined {
    const seen = new Set<string>();
    const messages = [];
    const lang = doc.documentElement.lang;
    for (const el of doc.querySelectorAll(MESSAGE)) {
      const key = messageKey(el);
      // Gmail nests the legacy id inside the message's own element: one message, one key.
      if (!key || seen.has(key) || el.parentElement?.closest(MESSAGE)) continue;
      const sender = el.querySelector('h3 [email]') ?? el.querySelector('[email]');
      const from = addressOf(sender?.getAttribute('email'));
      if (!from) continue;
      seen.add(key);
      const time = [...el.querySelectorAll('[title]')].find((t) => timeOf(lang, t.getAttribute('title')) !== undefined);
      const at = timeOf(lang, time?.getAttribute('title'));
      messages.push({ key, from, ...(at !== undefined ? { at } : {}) });
      if (messages.length >= 50) break;
    }
    if (messages.length === 0) return undefined;
    const subject = textOf(doc.querySelector('h2[data-thread-perm-id]'), 200);
    return { ...(subject ? { subject } : {}), messages };
  },
  account(doc) {
    // Gmail's title names the account: "Inbox (3) - me@example.com - Gmail".
    return addressesIn(doc.title, 1)[0];
  },
};
