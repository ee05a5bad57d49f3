import type { FormatOptions } from '../format/time';
import { userLocale } from '../i18n';

/** "Sat 5 Dec, 14:05": a moment in the coming days, weekday first (when a step opens). */
export function formatWeekdayTime(at: number, fmt: FormatOptions = {}): string {
  return new Intl.DateTimeFormat(fmt.locale ?? userLocale(), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: fmt.timeZone,
  }).format(at);
}
