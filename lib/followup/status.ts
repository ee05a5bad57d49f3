import type { Attempt, Case, Escalation, Response } from '../model';

/** What a person sees at a glance on a case; derived, never stored. */
export type CaseState =
  | 'needs_title'
  | 'waiting'
  | 'promised'
  | 'overdue'
  | 'escalated'
  | 'replied'
  | 'resolved'
  | 'closed';

export interface CaseRecords {
  case: Case;
  attempts: readonly Attempt[];
  escalations: readonly Escalation[];
  responses: readonly Response[];
}

export interface DerivedStatus {
  state: CaseState;
  /** Waiting/escalated/replied since (epoch ms). */
  since?: number;
  /** Promised by / overdue since the promise's due date (epoch ms). */
  dueAt?: number;
}

// First version; the follow-up feature refines it (promises from responses, fix checks…).
export function deriveCaseStatus(records: CaseRecords, now: number): DerivedStatus {
  const c = records.case;
  if (c.status === 'closed') return { state: 'closed', since: c.closedAt };
  if (c.status === 'resolved') return { state: 'resolved', since: c.resolvedAt };
  const promises = records.attempts.flatMap((a) => (a.promise ? [a.promise] : []));
  const pending = promises.sort((a, b) => a.dueAt - b.dueAt)[0];
  if (pending) return pending.dueAt < now ? { state: 'overdue', dueAt: pending.dueAt } : { state: 'promised', dueAt: pending.dueAt };
  const lastReply = records.responses.at(-1);
  if (lastReply) return { state: 'replied', since: lastReply.at };
  const posted = records.escalations.filter((e) => e.status === 'posted').at(-1);
  if (posted) return { state: 'escalated', since: posted.postedAt };
  if (c.needsTitle) return { state: 'needs_title', since: c.openedAt };
  return { state: 'waiting', since: records.attempts.at(-1)?.at ?? c.openedAt };
}
