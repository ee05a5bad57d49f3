import { DAY } from '../time-units';

/** Compact, unambiguous dates for public posts: "3 Nov", or "3 Nov 2025" outside the current year. */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface DateOptions {
  now: number;
  /** IANA zone; the user's own when absent. Tests pass 'UTC'. */
  timeZone?: string;
}

// Building a DateTimeFormat costs far more than using one: one per zone.
const formats = new Map<string, Intl.DateTimeFormat>();

function parts(at: number, timeZone?: string): { day: number; month: number; year: number } {
  const key = timeZone ?? '';
  let fmt = formats.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', { timeZone, day: 'numeric', month: 'numeric', year: 'numeric' });
    formats.set(key, fmt);
  }
  const found: Record<string, number> = {};
  for (const p of fmt.formatToParts(new Date(at))) if (p.type !== 'literal') found[p.type] = Number(p.value);
  return { day: found.day ?? 1, month: (found.month ?? 1) - 1, year: found.year ?? 1970 };
}

export function formatDay(at: number, { now, timeZone }: DateOptions): string {
  const d = parts(at, timeZone);
  const sameYear = d.year === parts(now, timeZone).year;
  return `${d.day} ${MONTHS[d.month]}${sameYear ? '' : ` ${d.year}`}`;
}

/** Whole days between two instants (never negative). */
export function daysBetween(from: number, to: number): number {
  return Math.max(0, Math.floor((to - from) / DAY));
}

/** "45 min", "2h", "2h 10m". */
export function formatDuration(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${Math.max(1, minutes)} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h}h ${m}m` : `${h}h`;
}
