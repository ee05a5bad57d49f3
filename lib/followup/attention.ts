import type { DerivedStatus } from './status';

/**
 * Which cases need the person now, and why: a promise that passed (act on it), a company reply
 * (answer it, or check the fix). Pure: from each case's derived status.
 */
export type AttentionReason = 'overdue' | 'replied';

export interface Attention {
  caseId: string;
  reason: AttentionReason;
  /** Since when: the promise's due date, or the reply. */
  since: number;
}

export function attentionOf(caseId: string, status: DerivedStatus): Attention | undefined {
  if (status.state === 'overdue' && status.dueAt !== undefined)
    return { caseId, reason: 'overdue', since: status.dueAt };
  if (status.state === 'replied' && status.since !== undefined)
    return { caseId, reason: 'replied', since: status.since };
  return undefined;
}

const RANK: Record<AttentionReason, number> = { overdue: 0, replied: 1 };

/** Broken promises first, the longest broken first; then replies, the oldest first. */
export function byAttention(items: readonly Attention[]): Attention[] {
  return [...items].sort(
    (a, b) => RANK[a.reason] - RANK[b.reason] || a.since - b.since || a.caseId.localeCompare(b.caseId),
  );
}
