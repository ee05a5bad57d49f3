import { z } from 'zod';
import { DAY } from '../time-units';

/**
 * A calendar day as the person reads it on their own calendar, with no time and no zone. Dispute
 * deadlines count calendar days, so they are counted on these, never on instants: an instant
 * plus 60 × 24 hours lands on the wrong day across a daylight-saving change.
 */
export interface LocalDate {
  year: number;
  /** 1–12. */
  month: number;
  /** 1–31. */
  day: number;
}

// The arithmetic runs on UTC midnights, where every day is exactly 24 hours long.
const utcOf = (d: LocalDate): number => Date.UTC(d.year, d.month - 1, d.day);

function fromUtc(ms: number): LocalDate {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function isRealDate(year: number, month: number, day: number): boolean {
  const back = fromUtc(Date.UTC(year, month - 1, day));
  return year >= 1000 && back.year === year && back.month === month && back.day === day;
}

/** "2027-01-31" as <input type="date"> gives it; a day that does not exist (2027-02-29) is refused. */
export const LocalDateText = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2027-01-31')
  .refine((value) => {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return isRealDate(y, m, d);
  }, 'a date that exists on the calendar');

/** Reads "YYYY-MM-DD"; undefined when malformed or not a real day. */
export function parseLocalDate(value: string): LocalDate | undefined {
  const parsed = LocalDateText.safeParse(value);
  if (!parsed.success) return undefined;
  const [year, month, day] = parsed.data.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}

/** "2027-01-31", the value an <input type="date"> takes. */
export function localDateText(d: LocalDate): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function addDays(d: LocalDate, days: number): LocalDate {
  return fromUtc(utcOf(d) + days * DAY);
}

/** Calendar months later; a day the month lacks becomes its last day (31 Jan + 1 month = 28 or 29 Feb). */
export function addMonths(d: LocalDate, months: number): LocalDate {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = fromUtc(Date.UTC(year, month, 0)).day;
  return { year, month, day: Math.min(d.day, last) };
}

/** Whole calendar days from `from` to `to`: negative when `to` is earlier. */
export function daysFromTo(from: LocalDate, to: LocalDate): number {
  return Math.round((utcOf(to) - utcOf(from)) / DAY);
}

export function compareLocalDates(a: LocalDate, b: LocalDate): number {
  return utcOf(a) - utcOf(b);
}

// Building a DateTimeFormat costs far more than using one: one per zone.
const partFormats = new Map<string, Intl.DateTimeFormat>();

/** The day an instant falls on in a time zone (the person's own when absent). */
export function localDateOf(at: number, timeZone?: string): LocalDate {
  const key = timeZone ?? '';
  let fmt = partFormats.get(key);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' });
    partFormats.set(key, fmt);
  }
  const found: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const p of fmt.formatToParts(at)) if (p.type !== 'literal') found[p.type] = Number(p.value);
  return { year: found.year ?? 1970, month: found.month ?? 1, day: found.day ?? 1 };
}

/** "3 March 2027" (in the given locale's order), as a letter writes a date. */
export function formatLocalDate(d: LocalDate, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(
    utcOf(d),
  );
}
