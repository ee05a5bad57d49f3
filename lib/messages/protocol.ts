import { z } from 'zod';
import { Channel, Id, LIMITS, Platform, ShortText, Text, Timestamp, WebUrl } from '../model';
import { PageReading } from './page-reading';
import { PAGE_KINDS, RESPONSES, type MessageType, type Response } from './responses';

/**
 * The message protocol. Names say the direction: `cs/*` come from content scripts and may only
 * *report* what happened on a page; `ui/*` come from the extension's own pages (popup, side
 * panel, options, report) and are refused from anywhere else (see lib/messages/sender.ts).
 * Every message is parsed strictly, with maximum lengths, in the background.
 */

/** What the page says about its company; the background resolves it against the directory. */
export const CompanyHint = z.strictObject({
  /** Host name of the page (the background derives the registrable domain itself). */
  host: z.string().min(1).max(253),
  /** og:site_name, JSON-LD Organization name or the title's brand part. */
  name: ShortText.optional(),
});
export type CompanyHint = z.infer<typeof CompanyHint>;

export const PageKind = z.enum(PAGE_KINDS);
export type PageKind = z.infer<typeof PageKind>;

// ---- content script → background -------------------------------------------------------------

/** A sent form as read at the moment it was sent (lib/detect/form-snapshot.ts); judged here. */
export const FormSnapshot = z.strictObject({
  marker: z.string().max(300),
  role: z.string().max(40),
  label: z.string().max(200),
  context: z.string().max(300),
  fields: z
    .array(
      z.strictObject({
        tag: z.string().max(20),
        type: z.string().max(40),
        words: z.string().max(300),
        value: z.string().max(5000),
      }),
    )
    .max(100),
});

export const CsAttemptDetected = z.strictObject({
  type: z.literal('cs/attempt-detected'),
  /** UUID made by the content script, so a retried message is a no-op. */
  id: Id,
  channel: Channel,
  at: Timestamp,
  pageUrl: WebUrl,
  company: CompanyHint,
  /** tel: number, mailto: address, chat vendor or form name. */
  contact: ShortText.optional(),
  subject: ShortText.optional(),
  /** Sent only when the user switched on "keep a copy of what I send". */
  messageCopy: Text.optional(),
  reference: ShortText.optional(),
  /**
   * A web form: the form as sent. The background judges whether it was a contact form and takes
   * its subject (and the message, when the person keeps copies) from it.
   */
  form: FormSnapshot.optional(),
});

export const CsPageClassified = z.strictObject({
  type: z.literal('cs/page-classified'),
  kind: PageKind,
  pageUrl: WebUrl,
  company: CompanyHint,
  /** A confirmation page's case/ticket/reference number. */
  reference: ShortText.optional(),
});

/**
 * What the contact script's page part read off the page: the background judges it (the page's
 * kind, channels, company), records a confirmation page's reference, and replies with the verdict.
 */
export const CsPageRead = z.strictObject({
  type: z.literal('cs/page-read'),
  reading: PageReading,
});

/**
 * The always-on contact gate wants the page part (page reader and listeners): the person started
 * using a page with a contact signal, opened a chat launcher, or the page is a confirmation page.
 * The background answers whether the settings allow logging there; the gate then imports it.
 */
export const CsContactSignal = z.strictObject({ type: z.literal('cs/contact-signal') });

/**
 * A page that came from a contact page of its own site asks whether it follows an attempt its tab
 * reported (lib/capture/follow.ts): if so, it is read whatever it looks like. Answered now when
 * the report came first; otherwise the background tells the tab with `bg/read-page` when it comes.
 */
export const CsFollowCheck = z.strictObject({ type: z.literal('cs/follow-check') });

/** Background → the contact gate of a tab: read the page at `url` (it follows a report). */
export const BgReadPage = z.strictObject({ type: z.literal('bg/read-page'), url: z.string() });
export type BgReadPage = z.infer<typeof BgReadPage>;

/** Undo from the in-page toast: only for an attempt this tab reported moments ago. */
export const CsAttemptUndo = z.strictObject({
  type: z.literal('cs/attempt-undo'),
  id: Id,
});

/** "Change case" from the in-page toast: opens the attempt in an extension tab (this tab's attempts only). */
export const CsOpenAttempt = z.strictObject({
  type: z.literal('cs/open-attempt'),
  id: Id,
});

export const CsSocialPosted = z.strictObject({
  type: z.literal('cs/social-posted'),
  platform: Platform,
  text: z.string().min(1).max(LIMITS.text),
  /** Handles mentioned, without "@" (else those of the post it answers, as the page shows them). */
  mentions: z.array(ShortText).max(LIMITS.listItems),
  postUrl: WebUrl.optional(),
  /** The post it answers, when it is a reply: a thread's next part, or a reply to the company. */
  replyTo: WebUrl.optional(),
  at: Timestamp,
});

export const CsSocialReplySeen = z.strictObject({
  type: z.literal('cs/social-reply-seen'),
  platform: Platform,
  /** The replying account's handle, without "@". */
  by: ShortText.min(1),
  url: WebUrl,
  /** The post it replies to (the user's escalation), when the page shows it. */
  inReplyToUrl: WebUrl.optional(),
  text: Text.optional(),
  at: Timestamp,
});

/** The social script asks for the draft addressed to the handle in an open composer. */
export const CsDraftRequest = z.strictObject({
  type: z.literal('cs/draft-request'),
  platform: Platform,
  handle: ShortText.min(1),
});

/**
 * The social script on an account's profile page: is it the support account of one of the
 * person's companies, to offer "Save @handle as <Company>'s support account"? With `save` (the
 * person clicked that), store it. The background decides which company, if any, and writes.
 */
export const CsSocialProfile = z.strictObject({
  type: z.literal('cs/social-profile'),
  platform: Platform,
  /** The profile's handle, without "@", as the page shows it (it must be the one the address names). */
  handle: ShortText.min(1),
  /** The display name the profile shows. */
  name: ShortText.optional(),
  save: z.literal(true).optional(),
});

/** A mail client the mail script reads (lib/mail/clients.ts). */
export const MailClientId = z.enum(['gmail', 'outlook']);

/** An address as the mail script read it: one address, lower-cased by the script. */
export const MailAddress = z.email().max(254);

/**
 * The mail script saw the person send a message (the Send button, Ctrl/Cmd+Enter, a reply's
 * Send): its recipients, subject and time — the body only when they keep copies. The background
 * decides whether a recipient is a company. Also written to the mail outbox first (lib/mail/outbox.ts).
 */
export const CsMailSent = z.strictObject({
  type: z.literal('cs/mail-sent'),
  /** Made by the mail script: a retried report is the same report. */
  id: Id,
  client: MailClientId,
  at: Timestamp,
  pageUrl: WebUrl,
  to: z.array(MailAddress).max(LIMITS.listItems),
  cc: z.array(MailAddress).max(LIMITS.listItems),
  subject: ShortText.optional(),
  /** The signed-in account, when the page shows it: its own domain is never a company. */
  account: MailAddress.optional(),
  messageCopy: Text.optional(),
});

/**
 * The mail script saw a conversation the person opened: the sender and time of each message in it
 * (never the bodies), and its subject. The background records a company's message that answers a
 * logged email once, by `key` (the client's message id, or what identifies the message on the page).
 */
export const CsMailSeen = z.strictObject({
  type: z.literal('cs/mail-seen'),
  /** Outbox id of this report (a retried report is the same). */
  id: Id,
  client: MailClientId,
  pageUrl: WebUrl,
  subject: ShortText.optional(),
  account: MailAddress.optional(),
  messages: z
    .array(z.strictObject({ key: z.string().min(1).max(300), from: MailAddress, at: Timestamp.optional() }))
    .min(1)
    .max(LIMITS.listItems),
});

// ---- extension pages → background ------------------------------------------------------------

/** A call timer started or stopped: the background updates the badge and its alarm. */
export const UiCallChanged = z.strictObject({ type: z.literal('ui/call-changed') });

/** Records changed in a way that can move reminders (promise added, post recorded…). */
export const UiRemindersRebuild = z.strictObject({ type: z.literal('ui/reminders-rebuild') });

export const CsMessage = z.discriminatedUnion('type', [
  CsContactSignal,
  CsFollowCheck,
  CsAttemptDetected,
  CsPageClassified,
  CsPageRead,
  CsAttemptUndo,
  CsOpenAttempt,
  CsSocialPosted,
  CsSocialReplySeen,
  CsDraftRequest,
  CsSocialProfile,
  CsMailSent,
  CsMailSeen,
]);
export type CsMessage = z.infer<typeof CsMessage>;

export const UiMessage = z.discriminatedUnion('type', [UiCallChanged, UiRemindersRebuild]);
export type UiMessage = z.infer<typeof UiMessage>;

export const AnyMessage = z.discriminatedUnion('type', [...CsMessage.options, ...UiMessage.options]);
export type AnyMessage = z.infer<typeof AnyMessage>;

/**
 * Every message type with its request and its response schema: what a sender may send, and what
 * it gets back (lib/messages/responses.ts). A type missing on either side fails the type check.
 */
export const MESSAGES = {
  'cs/contact-signal': { request: CsContactSignal, response: RESPONSES['cs/contact-signal'] },
  'cs/follow-check': { request: CsFollowCheck, response: RESPONSES['cs/follow-check'] },
  'cs/attempt-detected': { request: CsAttemptDetected, response: RESPONSES['cs/attempt-detected'] },
  'cs/page-classified': { request: CsPageClassified, response: RESPONSES['cs/page-classified'] },
  'cs/page-read': { request: CsPageRead, response: RESPONSES['cs/page-read'] },
  'cs/attempt-undo': { request: CsAttemptUndo, response: RESPONSES['cs/attempt-undo'] },
  'cs/open-attempt': { request: CsOpenAttempt, response: RESPONSES['cs/open-attempt'] },
  'cs/social-posted': { request: CsSocialPosted, response: RESPONSES['cs/social-posted'] },
  'cs/social-reply-seen': { request: CsSocialReplySeen, response: RESPONSES['cs/social-reply-seen'] },
  'cs/draft-request': { request: CsDraftRequest, response: RESPONSES['cs/draft-request'] },
  'cs/social-profile': { request: CsSocialProfile, response: RESPONSES['cs/social-profile'] },
  'cs/mail-sent': { request: CsMailSent, response: RESPONSES['cs/mail-sent'] },
  'cs/mail-seen': { request: CsMailSeen, response: RESPONSES['cs/mail-seen'] },
  'ui/call-changed': { request: UiCallChanged, response: RESPONSES['ui/call-changed'] },
  'ui/reminders-rebuild': { request: UiRemindersRebuild, response: RESPONSES['ui/reminders-rebuild'] },
} satisfies { [T in MessageType]: { request: z.ZodType<{ type: T }>; response: (typeof RESPONSES)[T] } };

/** Both directions agree on the message types: every request has a response schema, and back. */
type SameKeys = [MessageType] extends [AnyMessage['type']]
  ? [AnyMessage['type']] extends [MessageType]
    ? true
    : never
  : never;
const sameKeys: SameKeys = true;
void sameKeys;

export type { MessageType, Response };
/** The message of type T, as a sender builds it and its handler receives it. */
export type Request<T extends MessageType> = Extract<AnyMessage, { type: T }>;

/** Every reply has this shape, so a caller can always tell success from refusal. */
export type Reply<T = unknown> = { ok: true; data: T } | { ok: false; error: string };

/** Room for a page reading (at most 60,000 characters of text and 64,000 of JSON-LD); far below any harm. */
export const MESSAGE_MAX_BYTES = 1024 * 1024;
