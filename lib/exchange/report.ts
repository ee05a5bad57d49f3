import { wholeDays } from '../format/time';
import type { Attempt, Case, Channel, Company, Escalation, Response } from '../model';
import { postParagraphs, type PostParagraph } from './post-parts';
import { attemptPromiseStatus, promiseContext, responsePromiseStatus, type PromiseStatus } from './report-promise';

export type { PostParagraph } from './post-parts';
export type { PromiseStatus } from './report-promise';

export type ReportEvent =
  | { type: 'attempt'; at: number; record: Attempt; promise?: PromiseStatus }
  | { type: 'post'; at: number; record: Escalation; paragraphs: PostParagraph[] }
  | { type: 'response'; at: number; record: Response; promise?: PromiseStatus };

export interface ReportTotals {
  attempts: number;
  attemptsByChannel: Array<[Channel, number]>;
  /** Finished phone calls only (a running call has no length yet). */
  phoneSeconds: number;
  /** Time on hold recorded on calls (part of phoneSeconds). */
  holdSeconds: number;
  posts: number;
  responses: number;
  daysElapsed: number;
  promisesBroken: number;
  /**
   * From the first contact to the company's first answer by any channel: a recorded response of
   * any kind, or a reply marked on an email or form; undefined when none came.
   */
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
 * between the promise and then; an explicit "kept"/"broken" answer on a response overrides the
 * dates (and counts even when it answers a promise recorded elsewhere).
 */
export function countBrokenPromises(input: CaseReportInput, now: number): number {
  const ctx = promiseContext(input.case, input.responses, now);
  let broken = 0;
  for (const a of input.attempts) if (attemptPromiseStatus(a, ctx) === 'broken') broken++;
  for (const r of input.responses) if (responsePromiseStatus(r, ctx) === 'broken') broken++;
  return broken;
}

/** The first contact: the earliest attempt or published post; undefined when there is none. */
function firstContactOf(input: CaseReportInput): number | undefined {
  const times = [
    ...input.attempts.map((a) => a.at),
    ...input.escalations.filter((e) => e.status === 'posted').map((e) => e.postedAt ?? e.createdAt),
  ];
  return times.length ? Math.min(...times) : undefined;
}

/** The company's first answer at or after `start`, on any channel: a response, or a reply marked on an attempt. */
export function firstAnswerAt(
  input: Pick<CaseReportInput, 'attempts' | 'responses'>,
  start: number,
): number | undefined {
  const answers = [
    ...input.responses.map((r) => r.at),
    ...input.attempts.flatMap((a) => (a.repliedAt === undefined ? [] : [a.repliedAt])),
  ];
  const after = answers.filter((at) => at >= start);
  return after.length ? Math.min(...after) : undefined;
}

export function buildCaseReport(input: CaseReportInput, now: number): CaseReport {
  const ctx = promiseContext(input.case, input.responses, now);
  const withPromise = <T extends object>(event: T, status: PromiseStatus | undefined): T =>
    status ? { ...event, promise: status } : event;
  const events: ReportEvent[] = [
    ...input.attempts.map((record): ReportEvent =>
      withPromise({ type: 'attempt', at: record.at, record }, attemptPromiseStatus(record, ctx)),
    ),
    ...input.escalations
      .filter((e) => e.status === 'posted')
      .map((record): ReportEvent => ({
        type: 'post',
        at: record.postedAt ?? record.createdAt,
        record,
        paragraphs: postParagraphs(record),
      })),
    ...input.responses.map((record): ReportEvent =>
      withPromise({ type: 'response', at: record.at, record }, responsePromiseStatus(record, ctx)),
    ),
  ].sort((a, b) => a.at - b.at);

  const byChannel = new Map<Channel, number>();
  let phoneSeconds = 0;
  let holdSeconds = 0;
  for (const a of input.attempts) {
    byChannel.set(a.channel, (byChannel.get(a.channel) ?? 0) + 1);
    if (a.channel === 'phone' && a.endedAt !== undefined && !a.inProgress) {
      phoneSeconds += Math.round((a.endedAt - a.at) / 1000);
      holdSeconds += a.holdSeconds ?? 0;
    }
  }
  const start = firstContactOf(input) ?? input.case.openedAt;
  const firstAnswer = firstAnswerAt(input, start);
  const from = Math.min(input.case.openedAt, events[0]?.at ?? input.case.openedAt);
  const end = endOf(input.case, now);
  const to = Math.max(end, events.at(-1)?.at ?? end);

  const totals: ReportTotals = {
    attempts: input.attempts.length,
    attemptsByChannel: [...byChannel.entries()].sort((a, b) => b[1] - a[1]),
    phoneSeconds,
    holdSeconds,
    posts: events.filter((e) => e.type === 'post').length,
    responses: input.responses.length,
    daysElapsed: wholeDays(from, end),
    promisesBroken: countBrokenPromises(input, now),
    ...(firstAnswer === undefined ? {} : { firstResponseMs: firstAnswer - start }),
  };
  return { case: input.case, ...(input.company ? { company: input.company } : {}), events, totals, from, to };
}

/** Position of an instant along a picture `width` wide (the whole span maps onto [0, width]). */
export function timelineX(at: number, from: number, to: number, width: number): number {
  if (to <= from) return width / 2;
  return Math.min(width, Math.max(0, ((at - from) / (to - from)) * width));
}
