import type { MailClient } from './clients';

/** A message being sent, as read from its compose window at the moment of sending. */
export interface ComposeReading {
  to: string[];
  cc: string[];
  subject?: string;
  /** The text written, read only when the person keeps copies. */
  body?: string;
}

/** One message of an opened conversation: who sent it and when, never what it says. */
export interface ConversationMessage {
  /** What identifies the message on every visit (the client's own message id when it has one). */
  key: string;
  from: string;
  at?: number;
}

export interface ConversationReading {
  subject?: string;
  messages: ConversationMessage[];
}

/**
 * How one mail client's page is read. Each reader keys on roles, accessible names and stable
 * attributes (`name`, `data-*`, `email`), never on generated class names, and returns nothing
 * when the page does not look as expected: the mail script then does nothing.
 */
export interface MailAdapter {
  client: MailClient;
  /** The compose window a Send button belongs to, when `el` is one. */
  sendButtonCompose(el: Element): Element | undefined;
  /** The compose window the focus is in (for Ctrl/Cmd+Enter). */
  composeOf(el: Element): Element | undefined;
  readCompose(compose: Element, withBody: boolean): ComposeReading;
  /** The open conversation, or undefined when none is shown. */
  readConversation(doc: Document): ConversationReading | undefined;
  /** A cheap test run on each view change before anything is read: is a conversation shown? */
  showsConversation(doc: Document): boolean;
  /** The signed-in account, when the page shows it. */
  account(doc: Document): string | undefined;
}
