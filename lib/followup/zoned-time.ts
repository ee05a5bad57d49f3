/**
 * Wall-clock arithmetic in an explicit IANA time zone, with Intl only (no date library): working
 * days and "evening/weekend" are facts about the user's (or company's) local calendar, not UTC.
 */

import { DAY } from '../time-units';

export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The user's time zone as the browser reports it. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function wallTime(at: number, timeZone: string): WallTime {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(at))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const { year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return { year, month, day, hour: hour % 24, minute, second, weekday };
}

/** Offset of the zone from UTC at an instant, in ms (positive east of Greenwich). */
function offsetAt(at: number, timeZone: string): number {
  const w = wallTime(at, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(at / 1000) * 1000;
}

/**
 * The instant a wall-clock time happens in a zone. A time skipped by a spring-forward gap moves
 * forward by the gap (as clocks do); an ambiguous autumn time takes its first occurrence.
 */
export function fromWallTime(
  w: Pick<WallTime, 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second'>,
  timeZone: string,
): number {
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  // Two offsets around the guess cover both sides of a transition.
  const before = asUtc - offsetAt(asUtc - DAY, timeZone);
  const after = asUtc - offsetAt(asUtc + DAY, timeZone);
  const candidates = [before, after].filter((c) => {
    const back = wallTime(c, timeZone);
    return back.hour === w.hour && back.minute === w.minute && back.day === w.day;
  });
  if (candidates.length > 0) return Math.min(...candidates);
  // In a gap: the later offset applied to the earlier wall time lands just after the gap.
  return Math.max(before, after);
}

/** The instant in the zone on a calendar day (a Date at UTC midnight) at a wall time's time of day. */
function atTimeOfDay(date: Date, time: Pick<WallTime, 'hour' | 'minute' | 'second'>, timeZone: string): number {
  return fromWallTime(
    {
      year: date.getUTCFullYear(),
      month: date.getUTCMonth() + 1,
      day: date.getUTCDate(),
      hour: time.hour,
      minute: time.minute,
      second: time.second,
    },
    timeZone,
  );
}

export function isWeekend(weekday: number): boolean {
  return weekday === 0 || weekday === 6;
}

/**
 * `count` working days (Mon–Fri) after `from`, at the same local wall-clock time. Starting on a
 * weekend counts from the next Monday's same time, as an email sent on Saturday is read then.
 */
export function addWorkingDays(from: number, count: number, timeZone: string): number {
  const start = wallTime(from, timeZone);
  const date = new Date(Date.UTC(start.year, start.month - 1, start.day));
  let left = count;
  while (left > 0) {
    date.setUTCDate(date.getUTCDate() + 1);
    if (!isWeekend(date.getUTCDay())) left -= 1;
  }
  return atTimeOfDay(date, start, timeZone);
}

/** `days` calendar days later at the same local time (so "7 days" stays 7 days across DST). */
export function addLocalDays(from: number, days: number, timeZone: string): number {
  const w = wallTime(from, timeZone);
  const date = new Date(Date.UTC(w.year, w.month - 1, w.day + days));
  return atTimeOfDay(date, w, timeZone);
}
