import type { Attachment } from '../model';
import { type BackupData, type TableName } from './backup';
import { sameRecord } from './same-record';

interface Stamped {
  id: string;
  updatedAt: number;
}

/** How the records of one table in a file compare with what is stored. */
export interface TableCounts {
  /** Not stored yet. */
  added: number;
  /** Stored exactly like this. */
  identical: number;
  /** Stored differently; the file's copy is newer and wins a merge. */
  incomingNewer: number;
  /** Stored differently; the stored copy is as new or newer and stays in a merge. */
  storedNewer: number;
}

/** What the preview counts: the five tables and the attachments (each with its file). */
export type PreviewTable = TableName | 'attachments';
export type PreviewCounts = Record<PreviewTable, TableCounts>;

export interface TableMergePlan<T extends Stamped> {
  counts: TableCounts;
  /** Records a merge writes (added + incomingNewer). */
  writes: T[];
}

/**
 * Merge by id: a record not stored is added; the same id with different content is resolved
 * by `updatedAt` (the newer wins; on a tie the stored copy stays, so a merge never loses an
 * edit made after the file was written).
 */
export function planTable<T extends Stamped>(
  incoming: readonly T[],
  stored: ReadonlyMap<string, T>,
): TableMergePlan<T> {
  const plan: TableMergePlan<T> = { counts: { added: 0, identical: 0, incomingNewer: 0, storedNewer: 0 }, writes: [] };
  for (const record of incoming) {
    const existing = stored.get(record.id);
    if (!existing) {
      plan.counts.added++;
      plan.writes.push(record);
    } else if (sameRecord(record, existing)) {
      plan.counts.identical++;
    } else if (record.updatedAt > existing.updatedAt) {
      plan.counts.incomingNewer++;
      plan.writes.push(record);
    } else {
      plan.counts.storedNewer++;
    }
  }
  return plan;
}

export type MergePlan = { [K in TableName]: TableMergePlan<BackupData[K][number]> };

export function previewCounts(plan: MergePlan, attachments: TableCounts): PreviewCounts {
  return {
    attachments,
    companies: plan.companies.counts,
    cases: plan.cases.counts,
    attempts: plan.attempts.counts,
    escalations: plan.escalations.counts,
    responses: plan.responses.counts,
  };
}

/** Counts for a replace: everything in the file is written, nothing stored is kept. */
export function replaceCounts(data: BackupData, attachments: readonly Attachment[]): PreviewCounts {
  const all = (records: readonly unknown[]): TableCounts => ({
    added: records.length,
    identical: 0,
    incomingNewer: 0,
    storedNewer: 0,
  });
  return {
    attachments: all(attachments),
    companies: all(data.companies),
    cases: all(data.cases),
    attempts: all(data.attempts),
    escalations: all(data.escalations),
    responses: all(data.responses),
  };
}

/** Latest activity per case among the file's attempts, posts and responses. */
export function latestActivityByCase(
  data: Pick<BackupData, 'attempts' | 'escalations' | 'responses'>,
): Map<string, number> {
  const latest = new Map<string, number>();
  const note = (caseId: string, at: number) => latest.set(caseId, Math.max(latest.get(caseId) ?? 0, at));
  for (const a of data.attempts) note(a.caseId, a.at);
  for (const e of data.escalations) note(e.caseId, e.postedAt ?? e.createdAt);
  for (const r of data.responses) note(r.caseId, r.at);
  return latest;
}
