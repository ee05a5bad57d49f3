import type { Attempt, Case, Escalation, Response } from '../model';
import { addLocalDays } from './zoned-time';

export interface CaseRecords {
  case: Case;
  attempts: readonly Attempt[];
  escalations: readonly Escalation[];
  responses: readonly Response[];
}

/** Kinds of response in which the company actually said something to the user. */
export const ANSWER_KINDS: ReadonlySet<Response['kind']> = new Set(['public_reply', 'dm', 'call', 'email', 'promise']);

export const FIX_CHECK_DAYS = 7;

export interface TrackedPromise {
  /** The attempt or response that carries the promise. */
  recordId: string;
  from: 'attempt' | 'response';
  text: string;
  madeAt: number;
  dueAt: number;
  /** kept: a fix (or the user) confirmed it; broken: the user said it was not kept; open: neither. */
  state: 'open' | 'kept' | 'broken';
  overdue: boolean;
}

export interface CaseClocks {
  /** First contact of any kind the user made (attempt or public post). */
  firstContactAt?: number;
  /** The user's latest contact not yet answered; undefined once the company has answered it. */
  waitingSince?: number;
  firstResponseAt?: number;
  /** First company answer minus first contact. */
  timeToFirstResponse?: number;
  firstPublicReplyAt?: number;
  promises: TrackedPromise[];
  /** Earliest due date among open promises. */
  promisedBy?: number;
  /** Earliest due date among open promises already passed. */
  overdueSince?: number;
  fixedAt?: number;
  timeToFix?: number;
  refusedAt?: number;
  /**
   * The answer awaiting "Did they fix it?" (seven days after it with no fix), if any; none while
   * an open promise is overdue or falls due before it (the promise is asked about instead).
   */
  fixCheck?: { responseId: string; dueAt: number; due: boolean };
}

function byTime<T extends { at: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.at - b.at);
}

function postedTimes(escalations: readonly Escalation[]): number[] {
  return escalations.flatMap((e) => (e.status === 'posted' && e.postedAt !== undefined ? [e.postedAt] : []));
}

/** Every clock of one case, derived from its records at `now` (pure). */
export function caseClocks(records: CaseRecords, now: number, timeZone = 'UTC'): CaseClocks {
  const { case: c } = records;
  const attempts = byTime(records.attempts.filter((a) => !a.inProgress || a.at <= now));
  const responses = byTime(records.responses);
  const contacts = [...attempts.map((a) => a.at), ...postedTimes(records.escalations)].sort((a, b) => a - b);
  const answers = responses.filter((r) => ANSWER_KINDS.has(r.kind));
  const fixes = responses.filter((r) => r.kind === 'fix');
  // An email attempt marked replied counts as an answer too.
  const emailReplies = attempts.flatMap((a) => (a.repliedAt !== undefined ? [a.repliedAt] : []));
  const answerTimes = [...answers.map((r) => r.at), ...emailReplies].sort((a, b) => a - b);

  const firstContactAt = contacts[0];
  const lastContactAt = contacts.at(-1);
  const firstResponseAt =
    answerTimes.find((t) => firstContactAt === undefined || t >= firstContactAt) ?? answerTimes[0];
  const lastAnswerAt = answerTimes.at(-1);
  const fixedAt = fixes[0]?.at ?? (c.status === 'resolved' ? c.resolvedAt : undefined);

  const promises: TrackedPromise[] = [
    ...attempts.flatMap((a) =>
      a.promise
        ? [
            {
              recordId: a.id,
              from: 'attempt' as const,
              text: a.promise.text,
              madeAt: a.at,
              dueAt: a.promise.dueAt,
              kept: undefined,
            },
          ]
        : [],
    ),
    ...responses.flatMap((r) =>
      r.promise
        ? [
            {
              recordId: r.id,
              from: 'response' as const,
              text: r.promise.text,
              madeAt: r.at,
              dueAt: r.promise.dueAt,
              kept: r.promiseKept,
            },
          ]
        : [],
    ),
  ]
    .map(({ kept, ...p }) => {
      // A later fix supersedes every promise made before it.
      const fixedLater = fixes.some((f) => f.at >= p.madeAt) || (fixedAt !== undefined && fixedAt >= p.madeAt);
      const state: TrackedPromise['state'] = kept === true || fixedLater ? 'kept' : kept === false ? 'broken' : 'open';
      return { ...p, state, overdue: state !== 'kept' && p.dueAt < now };
    })
    .sort((a, b) => a.dueAt - b.dueAt);

  const open = promises.filter((p) => p.state === 'open');
  const overdue = promises.filter((p) => p.overdue);

  let fixCheck: CaseClocks['fixCheck'];
  if (fixedAt === undefined && c.status === 'open') {
    // The newest answer the user has not judged yet ("a reply is not a resolution").
    const candidate = answers.at(-1);
    if (candidate && candidate.promiseKept === undefined) {
      const dueAt = addLocalDays(candidate.at, FIX_CHECK_DAYS, timeZone);
      // An open promise that is overdue, or falls due first, asks the sharper question
      // ("did they keep it?"): "did they fix it?" would ask it twice.
      const promiseFirst = open.some((p) => p.overdue || p.dueAt <= dueAt);
      if (!promiseFirst) fixCheck = { responseId: candidate.id, dueAt, due: dueAt <= now };
    }
  }

  return {
    firstContactAt,
    waitingSince:
      lastContactAt !== undefined && (lastAnswerAt === undefined || lastAnswerAt < lastContactAt)
        ? lastContactAt
        : undefined,
    firstResponseAt,
    timeToFirstResponse:
      firstResponseAt !== undefined && firstContactAt !== undefined && firstResponseAt >= firstContactAt
        ? firstResponseAt - firstContactAt
        : undefined,
    firstPublicReplyAt: answers.find((r) => r.kind === 'public_reply')?.at,
    promises,
    promisedBy: open[0]?.dueAt,
    overdueSince: overdue[0]?.dueAt,
    fixedAt,
    timeToFix:
      fixedAt !== undefined && firstContactAt !== undefined && fixedAt >= firstContactAt
        ? fixedAt - firstContactAt
        : undefined,
    refusedAt: responses.filter((r) => r.kind === 'refusal').at(-1)?.at,
    fixCheck,
  };
}
