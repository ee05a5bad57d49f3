import type { EscalationKind } from '../model';
import { answerWindow } from './answer-window';
import type { CaseRecords } from './clocks';

/**
 * The post type the composer starts with (pure; the person's own choice always wins). A fixed
 * case gets a thank-you — never a "still not resolved" follow-up, even once thanked (e.g. on
 * another network). A follow-up waits until the company has had its answer window or answered;
 * until then a first post (e.g. on another network) is the sensible default.
 */
export function suggestedKind(records: CaseRecords, now: number, windowHours: number): EscalationKind {
  if (records.case.status === 'resolved' || records.responses.some((r) => r.kind === 'fix')) return 'thanks';
  const window = answerWindow(records, now, windowHours);
  if (!window || window.pending) return 'initial';
  return 'follow_up';
}
