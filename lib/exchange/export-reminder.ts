import { DAY } from '../time-units';

/** A month without a full backup, once there is a history worth keeping. */
export const EXPORT_REMINDER_INTERVAL = 30 * DAY;

export interface ExportReminderInput {
  now: number;
  hasHistory: boolean;
  lastExportAt?: number;
  /** When we last reminded (so a dismissed reminder is not repeated daily). */
  lastRemindedAt?: number;
  /** When the reminder first found data without a backup; the first month is left alone. */
  firstSeenAt?: number;
}

/**
 * Gentle: at most once a month, only with data, only when the last full backup is older than a
 * month (or there is none and the data has been around for a month).
 */
export function shouldRemindExport(input: ExportReminderInput): boolean {
  const { now, hasHistory, lastExportAt, lastRemindedAt, firstSeenAt } = input;
  if (!hasHistory) return false;
  if (lastRemindedAt !== undefined && now - lastRemindedAt < EXPORT_REMINDER_INTERVAL) return false;
  const since = lastExportAt ?? firstSeenAt;
  return since !== undefined && now - since >= EXPORT_REMINDER_INTERVAL;
}
