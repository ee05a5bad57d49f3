import { userLocale } from '../i18n';
import { DAY, HOUR, MINUTE } from '../time-units';

export { DAY };

/** Options shared by the formatters; tests pin locale and time zone. */
export interface FormatOptions {
  locale?: string;
  timeZone?: string;
}

function dateTimeFormat(options: Intl.DateTimeFormatOptions, fmt: FormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(fmt.locale ?? userLocale(), { ...options, timeZone: fmt.timeZone });
}

/** "22 Nov 2026, 14:05" in the user's locale and time zone. */
export function formatDateTime(at: number, fmt: FormatOptions = {}): string {
  return dateTimeFormat({ dateStyle: 'medium', timeStyle: 'short' }, fmt).format(at);
}

/** "22 Nov 2026" in the user's locale and time zone. */
export function formatDate(at: number, fmt: FormatOptions = {}): string {
  return dateTimeFormat({ dateStyle: 'medium' }, fmt).format(at);
}

/** "3 days ago", "in 2 hours", "yesterday" — the largest unit that fits. */
export function formatRelative(at: number, now: number, fmt: FormatOptions = {}): string {
  const rtf = new Intl.RelativeTimeFormat(fmt.locale ?? userLocale(), { numeric: 'auto' });
  const diff = at - now;
  const abs = Math.abs(diff);
  if (abs < MINUTE) return rtf.format(0, 'second');
  if (abs < HOUR) return rtf.format(Math.trunc(diff / MINUTE), 'minute');
  if (abs < DAY) return rtf.format(Math.trunc(diff / HOUR), 'hour');
  if (abs < 30 * DAY) return rtf.format(Math.trunc(diff / DAY), 'day');
  if (abs < 365 * DAY) return rtf.format(Math.trunc(diff / (30 * DAY)), 'month');
  return rtf.format(Math.trunc(diff / (365 * DAY)), 'year');
}

export interface DurationOptions extends FormatOptions {
  /**
   * "short" (the default): "1 hr 5 min", for the popup. "words": whole unit names and days as well
   * ("3 days 4 hours", "45 minutes"), for documents a stranger reads, such as the printed report.
   */
  style?: 'short' | 'words';
}

type DurationUnit = 'days' | 'hours' | 'minutes' | 'seconds';
type DurationParts = Partial<Record<DurationUnit, number>>;

/** Intl.DurationFormat (Chrome 129+, Firefox 136+), typed here: not every TypeScript lib has it yet. */
type DurationFormatCtor = new (
  locale: string,
  options: { style: 'short' | 'long' },
) => { format(parts: DurationParts): string };

const SINGULAR = { days: 'day', hours: 'hour', minutes: 'minute', seconds: 'second' } as const;

/**
 * Up to two units in the user's language. Intl.DurationFormat joins them where the browser has it
 * ("1 hr, 5 min"; "1 Std., 5 Min."); elsewhere each unit is formatted by Intl.NumberFormat.
 */
function joinUnits(parts: DurationParts, fmt: DurationOptions): string {
  const locale = fmt.locale ?? userLocale();
  const shown = (Object.keys(SINGULAR) as DurationUnit[]).filter(
    (u) => parts[u] !== undefined && (parts[u] !== 0 || u === 'seconds'),
  );
  const used: DurationParts = Object.fromEntries(shown.map((u) => [u, parts[u]]));
  const DurationFormat = Reflect.get(Intl, 'DurationFormat') as DurationFormatCtor | undefined;
  if (DurationFormat)
    return new DurationFormat(locale, { style: fmt.style === 'words' ? 'long' : 'short' }).format(used);
  const unitDisplay = fmt.style === 'words' ? 'long' : 'short';
  return shown
    .map((u) => new Intl.NumberFormat(locale, { style: 'unit', unit: SINGULAR[u], unitDisplay }).format(used[u] ?? 0))
    .join(' ');
}

/** Two units at most, the smaller one rounded: "10 days", "3 days 4 hours", "2 hours 5 minutes". */
function inWords(total: number): DurationParts {
  if (total < 60) return { seconds: total };
  const minutes = Math.round(total / 60);
  if (minutes < 60) return { minutes };
  if (minutes < 24 * 60) return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
  const hours = Math.round(total / 3600);
  return { days: Math.floor(hours / 24), hours: hours % 24 };
}

/** Hours and minutes, or seconds alone under a minute: "1 hr 5 min", "12 min", "40 sec". */
function inClockUnits(total: number): DurationParts {
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  if (h > 0) return { hours: h, minutes: m };
  return m > 0 ? { minutes: m } : { seconds: total % 60 };
}

/** A length of time for reading: "1 hr 5 min", "12 min", "40 sec" (or in words, see DurationOptions). */
export function formatDuration(seconds: number, fmt: DurationOptions = {}): string {
  const total = Math.max(0, Math.round(seconds));
  return joinUnits(fmt.style === 'words' ? inWords(total) : inClockUnits(total), fmt);
}

/** A span in its largest unit that keeps it short: "25 min", "7 hr", "3 days" (rounded). */
export function formatSpan(ms: number, fmt: FormatOptions = {}): string {
  const span = Math.max(0, ms);
  if (span < HOUR) return joinUnits({ minutes: Math.round(span / MINUTE) }, fmt);
  if (span < 2 * DAY) return joinUnits({ hours: Math.round(span / HOUR) }, fmt);
  return joinUnits({ days: Math.round(span / DAY) }, { ...fmt, style: 'words' });
}

/** A running timer: "4:07", "1:02:09". */
export function formatClock(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** Whole days between two instants (never negative). */
export function wholeDays(from: number, to: number): number {
  return Math.max(0, Math.floor((to - from) / DAY));
}

/** Value for <input type="datetime-local"> in the browser's local time zone. */
export function toLocalInputValue(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Reads <input type="datetime-local"> (local time); undefined when empty or malformed. */
export function fromLocalInputValue(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return undefined;
  const [y, mo, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(y, mo - 1, d, h, mi, s);
  // Reject rolled-over dates such as 2026-02-31.
  if (date.getMonth() !== mo - 1 || date.getDate() !== d) return undefined;
  return date.getTime();
}

/** Value for <input type="date"> in the local time zone. */
export function toLocalDateValue(at: number): string {
  return toLocalInputValue(at).slice(0, 10);
}

/** Reads <input type="date"> as the end of that local day (a promise "by Friday" means all Friday). */
export function fromLocalDateValue(value: string): number | undefined {
  const start = fromLocalInputValue(`${value.trim()}T00:00`);
  if (start === undefined) return undefined;
  const d = new Date(start);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), 23, 59, 59, 999).getTime();
}
