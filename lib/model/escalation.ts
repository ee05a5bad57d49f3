import { z } from 'zod';
import { CompanyId, Id, LIMITS, Platform, ShortText, Stamps, Timestamp, WebUrl } from './common';

export const Tone = z.enum(['friendly', 'firm', 'final']);
export type Tone = z.infer<typeof Tone>;

export const EscalationKind = z.enum(['initial', 'follow_up', 'thanks']);
export type EscalationKind = z.infer<typeof EscalationKind>;

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
  postUrl: WebUrl.optional(),
  ...Stamps,
});
export type Escalation = z.infer<typeof Escalation>;
