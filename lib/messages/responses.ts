import * as z from 'zod/mini';
import type { Channel } from '../model';

/**
 * What the background answers to each message: one schema per message type, the types inferred
 * from them (lib/messages/protocol.ts pairs each with its request schema). Written with zod/mini,
 * not zod: the content scripts' clients (lib/messages/client.ts) parse every reply with these, and
 * zod/mini's pieces tree-shake — a content script carries a few kilobytes of it, where zod would
 * bring its whole classic API. Nothing else may be imported here for the same reason (types only).
 * Objects strip unknown keys rather than refuse them: a reply may carry more than a client reads.
 */

/** What a page is, as the background judged it (lib/detect/judge.ts). */
export const PAGE_KINDS = ['contact', 'support-article', 'confirmation', 'none'] as const;
const PageKind = z.enum(PAGE_KINDS);

/** lib/model's channels, spelled out here so that zod's classic API stays out (checked below). */
const CHANNELS = ['phone', 'email', 'web_form', 'chat', 'social_dm', 'letter', 'in_person', 'app'] as const;
type SameSet<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
// A compile-time check: a channel added to lib/model and not here fails the type check.
const channelsMatch: SameSet<(typeof CHANNELS)[number], Channel> = true;
void channelsMatch;

const id = z.string();
const optionalText = z.optional(z.string());

const PageClassifiedShape = {
  kind: PageKind,
  companyName: z.string(),
  companyId: optionalText,
  /** The company is in the directory or was added by the user (not merely named by the page). */
  known: z.boolean(),
  /** Confirmation pages: the reference joined an existing attempt (false: none, or a new attempt). */
  attached: z.boolean(),
  /** Confirmation pages: the attempt that holds the reference. */
  attemptId: optionalText,
  caseId: optionalText,
};

/** The judgement the page part acts on: which clicks and forms count, the company it reports. */
const PageJudgement = z.object({
  kind: PageKind,
  chatVendors: z.array(z.string()),
  company: z.object({ host: z.string(), name: optionalText }),
});

export const RESPONSES = {
  /** Whether the gate may load the page part (logging allowed on this site). */
  'cs/contact-signal': z.object({ load: z.boolean() }),
  /** Whether this page follows a contact its tab reported (then it is read). */
  'cs/follow-check': z.object({ follows: z.boolean() }),
  /** What the in-page notice shows ("Logged: web form to Acme · Undo · Change case"). */
  'cs/attempt-detected': z.object({
    attemptId: id,
    caseId: id,
    caseTitle: z.string(),
    companyId: id,
    /** The stored company's name, never empty (the notice names it as it is). */
    companyName: z.string().check(z.minLength(1)),
    channel: z.enum(CHANNELS),
    /** This report repeated one logged moments ago (nothing new was written). */
    deduped: z.boolean(),
    /** The settings the page part acts on: whether to show its notice, and to read what is sent. */
    showToast: z.boolean(),
    keepMessageCopy: z.boolean(),
  }),
  'cs/page-classified': z.object(PageClassifiedShape),
  /** A classified page's answer, with the verdict the page part acts on. */
  'cs/page-read': z.object({
    ...PageClassifiedShape,
    verdict: PageJudgement,
    /** The page part reads a sent message's text only when the person chose to keep a copy. */
    keepMessageCopy: z.boolean(),
  }),
  'cs/attempt-undo': z.object({
    undone: z.boolean(),
    /** The attempt had opened its case and the case is now empty, so it went too. */
    caseRemoved: z.boolean(),
  }),
  'cs/open-attempt': z.object({ opened: z.boolean() }),
  'cs/social-posted': z.object({
    recorded: z.boolean(),
    escalationId: optionalText,
    caseId: optionalText,
    /**
     * 'draft' = a saved draft (or a thread's next part) became posted; 'new' = a posted escalation
     * was created; 'repeat' = already recorded.
     */
    how: z.optional(z.enum(['draft', 'new', 'repeat'])),
    /** The thread part it was recorded as, from 0. */
    part: z.optional(z.number()),
  }),
  'cs/social-reply-seen': z.object({
    recorded: z.boolean(),
    responseId: optionalText,
    caseId: optionalText,
    /** True when this reply was already on record (nothing was written). */
    repeat: z.optional(z.boolean()),
  }),
  /** Only what the page's composer needs: the text to insert, nothing else about the case. */
  'cs/draft-request': z.object({ text: z.string() }),
  /** What the social script may offer: the company, the handle as it will be saved, the network's name. */
  'cs/social-profile': z.object({
    company: z.optional(z.object({ id, name: z.string() })),
    handle: optionalText,
    network: optionalText,
    saved: z.optional(z.boolean()),
  }),
  /** What the mail script's notice shows ("Logged: email to Acme · Undo · Change case"). */
  'cs/mail-sent': z.object({
    logged: z.boolean(),
    attemptId: optionalText,
    caseId: optionalText,
    companyName: optionalText,
    /** The other companies the same message went to, each logged in its own case. */
    others: z.optional(z.array(z.object({ attemptId: id, companyName: z.string() }))),
    /** This send was already on record (a retry, or the same message reported twice). */
    deduped: z.optional(z.boolean()),
    showToast: z.optional(z.boolean()),
  }),
  'cs/mail-seen': z.object({
    /** Responses recorded now (a message already on record is not counted again). */
    recorded: z.number(),
    repeats: z.number(),
  }),
  /** The toolbar badge's new text. */
  'ui/call-changed': z.object({ badge: z.string() }),
  /** How many reminders are armed now. */
  'ui/reminders-rebuild': z.object({ scheduled: z.number() }),
};

export type MessageType = keyof typeof RESPONSES;
export type Response<T extends MessageType> = z.infer<(typeof RESPONSES)[T]>;
