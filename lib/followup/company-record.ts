import { caseClocks, ANSWER_KINDS, type CaseRecords } from './clocks';
import { isWeekend, wallTime } from './zoned-time';

export interface CompanyRecord {
  companyId: string;
  cases: number;
  /** Median time from the first public post to the company's first public reply (ms). */
  medianFirstPublicReplyMs?: number;
  /** Cases with a public post that got a public reply. */
  publicReplies: number;
  /** Share of cases fixed (0..1). */
  fixedShare: number;
  fixed: number;
  /** When the company answers, in the user's time zone. */
  answers: { workingHours: number; evenings: number; weekends: number; total: number };
}

/** Working hours are 09:00–17:59 on weekdays; before or after that on weekdays is "evening". */
const WORK_START = 9;
const WORK_END = 18;

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Each company's record across the user's cases (pure). */
export function companyRecords(all: readonly CaseRecords[], now: number, timeZone = 'UTC'): Map<string, CompanyRecord> {
  const grouped = new Map<string, CaseRecords[]>();
  for (const r of all) grouped.set(r.case.companyId, [...(grouped.get(r.case.companyId) ?? []), r]);

  const out = new Map<string, CompanyRecord>();
  for (const [companyId, list] of grouped) {
    const replyDelays: number[] = [];
    const answers = { workingHours: 0, evenings: 0, weekends: 0, total: 0 };
    let fixed = 0;
    for (const records of list) {
      const clocks = caseClocks(records, now, timeZone);
      if (clocks.fixedAt !== undefined) fixed += 1;
      const firstPost = records.escalations
        .flatMap((e) => (e.status === 'posted' && e.postedAt !== undefined ? [e.postedAt] : []))
        .sort((a, b) => a - b)[0];
      const firstPublicReply = records.responses
        .filter((r) => r.kind === 'public_reply' && firstPost !== undefined && r.at >= firstPost)
        .map((r) => r.at)
        .sort((a, b) => a - b)[0];
      if (firstPost !== undefined && firstPublicReply !== undefined) replyDelays.push(firstPublicReply - firstPost);
      for (const r of records.responses) {
        if (!ANSWER_KINDS.has(r.kind)) continue;
        const w = wallTime(r.at, timeZone);
        answers.total += 1;
        if (isWeekend(w.weekday)) answers.weekends += 1;
        else if (w.hour >= WORK_START && w.hour < WORK_END) answers.workingHours += 1;
        else answers.evenings += 1;
      }
    }
    out.set(companyId, {
      companyId,
      cases: list.length,
      medianFirstPublicReplyMs: median(replyDelays),
      publicReplies: replyDelays.length,
      fixedShare: list.length === 0 ? 0 : fixed / list.length,
      fixed,
      answers,
    });
  }
  return out;
}
