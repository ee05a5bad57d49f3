import { addressOf, addressesIn } from './addresses';
import type { ComposeReading, ConversationReading, MailAdapter } from './adapter';
import { composeWindow } from './compose-window';
import { addressesOfField, textOf, timeOf } from './dom';

/*
 * Outlook on the web (outlook.live.com, outlook.office.com, outlook.office365.com). A compose —
 * a new message, a reply under the conversation, a pop-out window — holds the recipient wells as
 * single-line `textbox`es (To, Cc, Bcc: pills of names or addresses, an address in a pill's
 * `title` or accessible name, or typed text), the subject as a text input, the body as a
 * multi-line `textbox`, and a Send `button` named "Send" in the person's language. In the
 * reading pane each message has its time at `data-testid="SentReceivedSavedTime"` and its sender
 * as a persona whose `title` is the address; the subject is the pane's first heading.
 */

const BODY = '[role="textbox"][aria-multiline="true"]';
const WELL = '[role="textbox"]:not([aria-multiline="true"]), [role="combobox"]';
const TIME = '[data-testid="SentReceivedSavedTime"]';

/** The compose around `el`: a dialog, or the nearest block holding both a body and recipient wells. */
function composeAround(el: Element): Element | undefined {
  const dialog = el.closest('[role="dialog"]');
  if (dialog?.querySelector(BODY)) return dialog;
  for (let node: Element | null = el; node && node !== el.ownerDocument.body; node = node.parentElement) {
    if (node.querySelector(BODY) && node.querySelector(WELL)) return node;
  }
  return undefined;
}

function recipientsOf(compose: Element): Pick<ComposeReading, 'to' | 'cc'> {
  const wells = [...compose.querySelectorAll(WELL)].filter((w) => !w.closest(BODY));
  // Document order is To, Cc, Bcc; the first well is To.
  const [first, ...rest] = wells.map((w) => addressesOfField(w));
  const to = first ?? [];
  return { to, cc: rest.flat().filter((a) => !to.includes(a)) };
}

function subjectOf(compose: Element): string | undefined {
  // The one text input outside the recipient wells is the subject.
  const input = [...compose.querySelectorAll('input')].find(
    (i) => (i.type === 'text' || i.type === '') && !i.closest(WELL) && !i.closest(BODY),
  );
  const own = input?.value.trim();
  if (own) return own.slice(0, 200);
  // A reply under a conversation keeps its subject, the reading pane's heading.
  const heading = compose.ownerDocument.querySelector('[role="main"] [role="heading"]');
  return textOf(heading, 200) || undefined;
}

/** The message around a time stamp: the nearest block that also names a sender. */
function messageAround(time: Element): Element | undefined {
  let node: Element | null = time.parentElement;
  for (let depth = 0; node && depth < 8; depth += 1, node = node.parentElement) {
    if (node.querySelector('[title*="@"]')) return node;
  }
  return undefined;
}

export const outlook: MailAdapter = {
  client: 'outlook',
  ...composeWindow({ around: composeAround, recipients: recipientsOf, subject: subjectOf, body: BODY }),
  showsConversation(doc) {
    return doc.querySelector(TIME) !== null;
  },
  readConversation(doc): ConversationReading | undefined {
    const subject = textOf(doc.querySelector('[role="main"] [role="heading"]'), 200);
    const messages = [];
    const keys = new Set<string>();
    for (const time of doc.querySelectorAll(TIME)) {
      const message = messageAround(time);
      const sender = message?.querySelector('[title*="@"]');
      const from = addressOf(sender?.getAttribute('title')) ?? addressesIn(sender?.getAttribute('title') ?? '', 1)[0];
      if (!from) continue;
      const written = time.getAttribute('title') ?? textOf(time, 120);
      // Outlook shows no message id: who sent it, when, in which thread identifies it on every visit.
      const key = `${from}|${written}|${subject}`.slice(0, 300);
      if (keys.has(key)) continue;
      keys.add(key);
      const at = timeOf(doc.documentElement.lang, time.getAttribute('title'), textOf(time, 120));
      messages.push({ key, from, ...(at !== undefined ? { at } : {}) });
      if (messages.length >= 50) break;
    }
    if (messages.length === 0) return undefined;
    return { ...(subject ? { subject } : {}), messages };
  },
  account(doc) {
    // The account control names the signed-in address.
    return addressOf(textOf(doc.getElementById('mectrl_currentAccount_secondary'), 254));
  },
};
