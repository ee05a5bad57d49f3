import { t } from '../i18n';
import { DAY, HOUR } from '../time-units';

/** A span for reading: "25 min", "7 h", "3 days" (the largest unit that keeps it short). */
export function durationText(ms: number): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  if (ms < HOUR) return t('followup.duration.minutes', { count: minutes });
  if (ms < 2 * DAY) return t('followup.duration.hours', { count: Math.round(ms / HOUR) });
  return t('followup.duration.days', { count: Math.round(ms / DAY) });
}
