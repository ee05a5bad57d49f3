import type { Attempt, Escalation, Response } from '../model';
import { DAY } from '../format/time';

export type TimelineEntry =
  | { kind: 'attempt'; at: number; record: Attempt }
  | { kind: 'escalation'; at: number; record: Escalation }
  | { kind: 'response'; at: number; record: Response }
  /** A silence worth pointing out: `days` without anything happening. */
  | { kind: 'gap'; at: number; until: number; days: number; ongoing: boolean };

export interface TimelineOptions {
  now: number;
  /** Silences shorter than this many days are not shown. */
  minGapDays?: number;
  /** Whether to show the silence from the last entry until now (open cases only). */
  trailingGap?: boolean;
}

/** When a post happened: its posting time, or when the draft was made. */
export function escalationTime(e: Escalation): number {
  return e.postedAt ?? e.createdAt;
}

// Same instant: the user's attempt before their post before the company's answer.
const ORDER: Record<'attempt' | 'escalation' | 'response', number> = { attempt: 0, escalation: 1, response: 2 };

/**
 * Merges a case's attempts, posts and responses into one chronological list and marks the gaps
 * between them. Pure: the caller queries the records (each by its [caseId+…] index).
 */
export function buildTimeline(
  attempts: readonly Attempt[],
  escalations: readonly Escalation[],
  responses: readonly Response[],
  options: TimelineOptions,
): TimelineEntry[] {
  const minGap = (options.minGapDays ?? 3) * DAY;
  const events: Exclude<TimelineEntry, { kind: 'gap' }>[] = [
    ...attempts.map((record) => ({ kind: 'attempt' as const, at: record.at, record })),
    ...escalations.map((record) => ({ kind: 'escalation' as const, at: escalationTime(record), record })),
    ...responses.map((record) => ({ kind: 'response' as const, at: record.at, record })),
  ];
  events.sort((a, b) => a.at - b.at || ORDER[a.kind] - ORDER[b.kind] || a.record.id.localeCompare(b.record.id));

  const out: TimelineEntry[] = [];
  let previousEnd: number | undefined;
  for (const event of events) {
    if (previousEnd !== undefined && event.at - previousEnd >= minGap) {
      out.push({
        kind: 'gap',
        at: previousEnd,
        until: event.at,
        days: Math.floor((event.at - previousEnd) / DAY),
        ongoing: false,
      });
    }
    out.push(event);
    const end = event.kind === 'attempt' ? (event.record.endedAt ?? event.at) : event.at;
    previousEnd = Math.max(previousEnd ?? end, end);
  }
  if (options.trailingGap && previousEnd !== undefined && options.now - previousEnd >= minGap) {
    out.push({
      kind: 'gap',
      at: previousEnd,
      until: options.now,
      days: Math.floor((options.now - previousEnd) / DAY),
      ongoing: true,
    });
  }
  return out;
}
