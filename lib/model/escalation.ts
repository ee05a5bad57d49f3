import { z } from 'zod';
import { CompanyId, Id, LIMITS, Platform, ShortText, Stamps, Timestamp, WebUrl } from './common';

export const Tone = z.enum(['friendly', 'firm', 'final']);
export type Tone = z.infer<typeof Tone>;

export const EscalationKind = z.enum(['initial', 'follow_up', 'thanks']);
export type EscalationKind = z.infer<typeof EscalationKind>;

/** One part of a thread as it went out: when, and its link once known. */
export const PostedPart = z.strictObject({
  /** Position in `parts`, from 0. */
  index: z.number().int().min(0).max(24),
  at: Timestamp,
  url: WebUrl.optional(),
});
export type PostedPart = z.infer<typeof PostedPart>;

export const Escalation = z.strictObject({
  id: Id,
  caseId: Id,
  companyId: CompanyId,
  platform: Platform,
  /** Without the leading "@". */
  handle: ShortText,
  kind: EscalationKind,
  tone: Tone,
  parts: z.array(z.string().max(LIMITS.text)).min(1).max(25),
  status: z.enum(['draft', 'posted']),
  postedAt: Timestamp.optional(),
  /** The link of the first part (the post replies are counted against). */
  postUrl: WebUrl.optional(),
  /**
   * The parts of a thread posted so far, each once, by index. Absent on a posted escalation
   * recorded before parts were tracked: then every part counts as posted.
   */
  postedParts: z.array(PostedPart).max(25).optional(),
  ...Stamps,
});
export type Escalation = z.infer<typeof Escalation>;
