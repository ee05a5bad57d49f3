import { z } from 'zod';
import { CompanyId, Id, ShortText, Stamps, Text, Timestamp } from './common';

/**
 * The stored lifecycle of a case. What a person sees ("waiting since…", "overdue", "replied")
 * is derived from the records by lib/followup, never stored.
 */
export const CaseStatus = z.enum(['open', 'resolved', 'closed']);
export type CaseStatus = z.infer<typeof CaseStatus>;

export const Money = z.strictObject({
  value: z.number().finite().nonnegative().max(1e12),
  currency: z.string().regex(/^[A-Z]{3}$/, 'a three-letter currency code such as USD'),
});
export type Money = z.infer<typeof Money>;

export const Case = z.strictObject({
  id: Id,
  companyId: CompanyId,
  title: ShortText,
  /** Opened automatically by the content script: the UI asks for a title. */
  needsTitle: z.boolean(),
  problem: Text,
  ask: Text,
  amount: Money.optional(),
  /** Account or customer number: never enters a public draft. */
  privateRef: ShortText.optional(),
  status: CaseStatus,
  openedAt: Timestamp,
  resolvedAt: Timestamp.optional(),
  closedAt: Timestamp.optional(),
  /** Latest attempt, post or response; the home list is ordered by it (indexed). */
  lastActivityAt: Timestamp,
  ...Stamps,
});
export type Case = z.infer<typeof Case>;
