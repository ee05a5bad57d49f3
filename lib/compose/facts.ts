import type { Attempt, Case, Channel, Company, Escalation, Response } from '../model';
import { redactPrivate, ruleFindings } from './check';
import { daysBetween } from './dates';
import { sentencesOf } from './split';

/** Everything a case's records say, reduced to what a public post may cite. */
export interface CaseRecords {
  caseRecord: Case;
  attempts: readonly Attempt[];
  escalations: readonly Escalation[];
  responses: readonly Response[];
  company?: Company;
}

export interface PromiseFact {
  text: string;
  madeAt: number;
  dueAt: number;
  broken: boolean;
}

export interface CaseFacts {
  companyName: string;
  title: string;
  /** The first sentence of the problem, private data removed. */
  problem: string;
  /** The whole problem text, private data removed. */
  problemFull: string;
  ask: string;
  attempts: Attempt[];
  count: number;
  /** Channels by how often they were used, most first. */
  byChannel: [Channel, number][];
  firstAt: number;
  days: number;
  phoneSeconds: number;
  agents: number;
  /** Reference numbers, safe to cite publicly. */
  references: string[];
  promises: PromiseFact[];
  brokenPromises: PromiseFact[];
  lastPostAt?: number;
  lastReplyAt?: number;
  /** The company's latest answer of any kind (a fix aside) after the latest post, email replies included. */
  replySincePostAt?: number;
  /** The person's own attempts (calls, emails…) after the latest post. */
  attemptsSincePost: number;
  resolvedAt?: number;
}

/** A cited snippet must not carry private data or trip the courtesy check's rules (see draft.ts). */
function citable(text: string, secrets: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return !secrets.some((s) => s && lower.includes(s.toLowerCase())) && ruleFindings(`ref ${text}`).length === 0;
}

function promiseBroken(dueAt: number, kept: boolean | undefined, fixes: readonly Response[], now: number): boolean {
  if (kept === true || dueAt >= now) return false;
  return kept === false || !fixes.some((f) => f.at <= dueAt);
}

function ensureStop(sentence: string): string {
  const s = sentence.trim();
  return !s || /[.!?]["'’”)]*$/u.test(s) ? s : `${s}.`;
}

export function gatherFacts(records: CaseRecords, now: number): CaseFacts {
  const { caseRecord: c, company } = records;
  const secrets = c.privateRef ? [c.privateRef] : [];
  const attempts = records.attempts
    .filter((a) => a.caseId === c.id && !a.inProgress)
    .slice()
    .sort((a, b) => a.at - b.at);
  const byChannelMap = new Map<Channel, number>();
  for (const a of attempts) byChannelMap.set(a.channel, (byChannelMap.get(a.channel) ?? 0) + 1);
  const byChannel = [...byChannelMap.entries()].sort((a, b) => b[1] - a[1]);

  const phoneSeconds = attempts
    .filter((a) => a.channel === 'phone' && a.endedAt !== undefined)
    .reduce((sum, a) => sum + Math.round(((a.endedAt ?? a.at) - a.at) / 1000), 0);
  const agentNames = new Set(attempts.flatMap((a) => a.agents.map((n) => n.trim().toLowerCase())).filter(Boolean));

  const references = [
    ...new Set(attempts.map((a) => a.reference?.trim() ?? '').filter((r) => r && citable(r, secrets))),
  ];

  const fixes = records.responses.filter((r) => r.kind === 'fix');
  const promises: PromiseFact[] = [
    ...attempts
      .filter((a) => a.promise)
      .map((a) => ({ text: a.promise!.text, madeAt: a.at, dueAt: a.promise!.dueAt, kept: undefined })),
    ...records.responses
      .filter((r) => r.promise)
      .map((r) => ({ text: r.promise!.text, madeAt: r.at, dueAt: r.promise!.dueAt, kept: r.promiseKept })),
  ]
    .map((p) => ({
      text: redactPrivate(p.text, secrets),
      madeAt: p.madeAt,
      dueAt: p.dueAt,
      broken: promiseBroken(p.dueAt, p.kept, fixes, now) && c.status === 'open',
    }))
    .sort((a, b) => a.dueAt - b.dueAt);

  const posted = records.escalations.filter((e) => e.status === 'posted' && e.postedAt !== undefined);
  const replies = records.responses.filter((r) => r.kind !== 'promise' && r.kind !== 'fix');
  const firstAt = attempts[0]?.at ?? c.openedAt;
  const problemFull = redactPrivate(c.problem, secrets);
  let problem = ensureStop(sentencesOf(problemFull)[0] ?? '');
  if (!problem || problem.length > 200) problem = ensureStop(redactPrivate(c.title, secrets));
  const ask = redactPrivate(c.ask, secrets).replace(/[.!?\s]+$/u, '');
  const lastPostAt = Math.max(...posted.map((e) => e.postedAt ?? 0), 0) || undefined;
  const answerTimes = [
    ...records.responses.filter((r) => r.kind !== 'fix').map((r) => r.at),
    ...attempts.flatMap((a) => (a.repliedAt === undefined ? [] : [a.repliedAt])),
  ];
  const answersSincePost = lastPostAt === undefined ? [] : answerTimes.filter((at) => at >= lastPostAt);

  return {
    companyName: company?.name ?? c.companyId,
    title: redactPrivate(c.title, secrets),
    problem,
    problemFull: problemFull || problem,
    ask,
    attempts,
    count: attempts.length,
    byChannel,
    firstAt,
    days: daysBetween(firstAt, now),
    phoneSeconds,
    agents: agentNames.size,
    references,
    promises,
    brokenPromises: promises.filter((p) => p.broken),
    lastPostAt,
    lastReplyAt: Math.max(...replies.map((r) => r.at), 0) || undefined,
    resolvedAt: c.resolvedAt ?? fixes.at(-1)?.at,
    replySincePostAt: answersSincePost.length ? Math.max(...answersSincePost) : undefined,
    attemptsSincePost: lastPostAt === undefined ? 0 : attempts.filter((a) => a.at > lastPostAt).length,
  };
}
