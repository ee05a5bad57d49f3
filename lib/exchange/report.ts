import { wholeDays } from '../format/time';
import type { Attempt, Case, Channel, Company, Escalation, Response } from '../model';

export type ReportEvent =
  | { type: 'attempt'; at: number; record: Attempt }
  | { type: 'post'; at: number; record: Escalation }
  | { type: 'response'; at: number; record: Response };

export interface ReportTotals {
  attempts: number;
  attemptsByChannel: Array<[Channel, number]>;
  /** Finished phone calls only (a running call has no length yet). */
  phoneSeconds: number;
  posts: number;
  responses: number;
  daysElapsed: number;
  promisesBroken: number;
  /** From the first contact to the first company response; undefined when none came. */
  firstResponseMs?: number;
}

export interface CaseReport {
  case: Case;
  company?: Company;
  events: ReportEvent[];
  totals: ReportTotals;
  /** The period the timeline picture spans. */
  from: number;
  to: number;
}

export interface CaseReportInput {
  case: Case;
  company?: Company;
  attempts: readonly Attempt[];
  escalations: readonly Escalation[];
  responses: readonly Response[];
}

/** When the case stopped running: resolved, else closed, else now. */
function endOf(c: Case, now: number): number {
  return c.resolvedAt ?? c.closedAt ?? now;
}

/**
 * A promise is broken when its due date passed while the case was still open, and no fix came
 * by then; an explicit "kept"/"broken" answer on a response overrides the dates.
 */
export function countBrokenPromises(input: CaseReportInput, now: number): number {
  const end = endOf(input.case, now);
  const fixes = input.responses.filter((r) => r.kind === 'fix').map((r) => r.at);
  const firstFix = fixes.length ? Math.min(...fixes) : undefined;
  const brokenByDate = (dueAt: number) => dueAt < end && !(firstFix !== undefined && firstFix <= dueAt);
  let broken = 0;
  for (const a of input.attempts) if (a.promise && brokenByDate(a.promise.dueAt)) broken++;
  for (const r of input.responses) {
    if (r.promiseKept === false) broken++;
    else if (r.promiseKept === undefined && r.promise && brokenByDate(r.promise.dueAt)) broken++;
  }
  return broken;
}

export function buildCaseReport(input: CaseReportInput, now: number): CaseReport {
  const events: ReportEvent[] = [
    ...input.attempts.map((record): ReportEvent => ({ type: 'attempt', at: record.at, record })),
    ...input.escalations.filter((e) => e.status === 'posted').map((record): ReportEvent => ({ type: 'post', at: record.postedAt ?? record.createdAt, record })),
    ...input.responses.map((record): ReportEvent => ({ type: 'response', at: record.at, record })),
  ].sort((a, b) => a.at - b.at);

  const byChannel = new Map<Channel, number>();
  let phoneSeconds = 0;
  for (const a of input.attempts) {
    byChannel.set(a.channel, (byChannel.get(a.channel) ?? 0) + 1);
    if (a.channel === 'phone' && a.endedAt !== undefined && !a.inProgress) phoneSeconds += Math.round((a.endedAt - a.at) / 1000);
  }
  const firstContact = Math.min(...input.attempts.map((a) => a.at), ...input.escalations.filter((e) => e.status === 'posted').map((e) => e.postedAt ?? e.createdAt));
  const start = Number.isFinite(firstContact) ? firstContact : input.case.openedAt;
  const firstResponse = input.responses.map((r) => r.at).filter((at) => at >= start).sort((a, b) => a - b)[0];
  const from = Math.min(input.case.openedAt, events[0]?.at ?? input.case.openedAt);
  const end = endOf(input.case, now);
  const to = Math.max(end, events.at(-1)?.at ?? end);

  const totals: ReportTotals = {
    attempts: input.attempts.length,
    attemptsByChannel: [...byChannel.entries()].sort((a, b) => b[1] - a[1]),
    phoneSeconds,
    posts: events.filter((e) => e.type === 'post').length,
    responses: input.responses.length,
    daysElapsed: wholeDays(from, end),
    promisesBroken: countBrokenPromises(input, now),
    ...(firstResponse === undefined ? {} : { firstResponseMs: firstResponse - start }),
  };
  return { case: input.case, ...(input.company ? { company: input.company } : {}), events, totals, from, to };
}

/** Position of an instant along a picture `width` wide (the whole span maps onto [0, width]). */
export function timelineX(at: number, from: number, to: number, width: number): number {
  if (to <= from) return width / 2;
  return Math.min(width, Math.max(0, ((at - from) / (to - from)) * width));
}
