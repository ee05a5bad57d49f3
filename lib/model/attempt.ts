import { z } from 'zod';
import { CompanyId, Id, LIMITS, Promise_, SafeUrl, ShortText, Source, Stamps, Text, Timestamp } from './common';

export const Channel = z.enum(['phone', 'email', 'web_form', 'chat', 'social_dm', 'letter', 'in_person', 'app']);
export type Channel = z.infer<typeof Channel>;
export const CHANNELS = Channel.options;

export const Outcome = z.enum(['no_answer', 'unresolved', 'transferred', 'promised', 'refused', 'resolved', 'pending']);
export type Outcome = z.infer<typeof Outcome>;

export const Attempt = z
  .strictObject({
    id: Id,
    caseId: Id,
    companyId: CompanyId,
    channel: Channel,
    at: Timestamp,
    endedAt: Timestamp.optional(),
    /** A call whose timer is still running. */
    inProgress: z.boolean().optional(),
    holdSeconds: z.number().int().nonnegative().max(86_400).optional(),
    /** A running call on hold since then (the hold stopwatch); added to holdSeconds when it ends. */
    holdSince: Timestamp.optional(),
    /** Several agents when a call was transferred. */
    agents: z.array(ShortText.min(1)).max(LIMITS.listItems),
    reference: ShortText.optional(),
    /** Number dialled, address written to, or chat/form name. */
    contact: ShortText.optional(),
    /** Email subject or the form's subject/category. */
    subject: ShortText.optional(),
    summary: Text.optional(),
    /** Copy of what was sent: kept only when the user switched it on. */
    messageCopy: Text.optional(),
    outcome: Outcome,
    promise: Promise_.optional(),
    /** Email: still waiting for a reply; repliedAt once it came. */
    awaitingReply: z.boolean().optional(),
    repliedAt: Timestamp.optional(),
    pageUrl: SafeUrl.optional(),
    source: Source,
    ...Stamps,
  })
  .refine((a) => a.endedAt === undefined || a.endedAt >= a.at, {
    message: 'the end must not be before the start',
    path: ['endedAt'],
  });
export type Attempt = z.infer<typeof Attempt>;
