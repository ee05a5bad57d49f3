import { caseClocks, type CaseClocks, type CaseRecords } from './clocks';
import { localTimeZone } from './zoned-time';

export type { CaseRecords } from './clocks';

/** What a person sees at a glance on a case; derived, never stored. */
export type CaseState =
  'needs_title' | 'empty' | 'waiting' | 'promised' | 'overdue' | 'escalated' | 'replied' | 'resolved' | 'closed';

export interface DerivedStatus {
  state: CaseState;
  /** Waiting/escalated/replied since (epoch ms). */
  since?: number;
  /** Promised by / overdue since the promise's due date (epoch ms). */
  dueAt?: number;
  /** "Did they fix it?" is due: an answer came seven days ago and nothing was fixed. */
  fixCheckDue?: boolean;
}

/**
 * The headline state of a case. Order matters: a stored resolution wins; then a fix; then a
 * broken or passed promise (the user must act); then a pending promise; then the latest of
 * answer / public post / own attempt; a case with nothing logged says so.
 */
export function deriveCaseStatus(records: CaseRecords, now: number, timeZone: string = localTimeZone()): DerivedStatus {
  const c = records.case;
  if (c.status === 'closed') return { state: 'closed', since: c.closedAt };
  const clocks: CaseClocks = caseClocks(records, now, timeZone);
  if (c.status === 'resolved' || clocks.fixedAt !== undefined)
    return { state: 'resolved', since: clocks.fixedAt ?? c.resolvedAt };
  if (clocks.overdueSince !== undefined) return { state: 'overdue', dueAt: clocks.overdueSince };
  if (clocks.promisedBy !== undefined) return { state: 'promised', dueAt: clocks.promisedBy };
  const fixCheckDue = clocks.fixCheck?.due === true ? true : undefined;
  const lastAnswer = records.responses
    .filter((r) => r.kind !== 'fix')
    .reduce<number | undefined>((latest, r) => (latest === undefined || r.at > latest ? r.at : latest), undefined);
  const lastPost = records.escalations.reduce<number | undefined>(
    (latest, e) =>
      e.status === 'posted' && e.postedAt !== undefined && (latest === undefined || e.postedAt > latest)
        ? e.postedAt
        : latest,
    undefined,
  );
  if (lastAnswer !== undefined && (lastPost === undefined || lastAnswer >= lastPost)) {
    return { state: 'replied', since: lastAnswer, fixCheckDue };
  }
  if (lastPost !== undefined) return { state: 'escalated', since: lastPost };
  if (c.needsTitle) return { state: 'needs_title', since: c.openedAt };
  // Nobody is waiting on a company that was never contacted: the case says nothing is logged yet.
  if (clocks.firstContactAt === undefined) return { state: 'empty' };
  return { state: 'waiting', since: clocks.waitingSince ?? clocks.firstContactAt };
}
