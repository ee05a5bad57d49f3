import type { AmbiguityReason } from './types';
import { PART_HOUR, type DayPart, type Unit, type WeekdayShift } from './time-words';
import { HOUR, MINUTE } from '../time-units';

/**
 * Calendar arithmetic for quick add, in the person's local time (Date's local fields): "Friday"
 * means their Friday. Days are moved with setDate, never by adding 24 hours, so a daylight-saving
 * change in between does not shift the clock time.
 */

/** What a line said about the day. */
export type DaySpec =
  | { kind: 'relative'; days: number; part?: DayPart }
  | { kind: 'weekday'; weekday: number; shift?: WeekdayShift; part?: DayPart }
  /** A date with its month known; month 0-11. */
  | { kind: 'date'; day: number; month: number; year?: number }
  /** "12/11": which number is the month is not known from the text. */
  | { kind: 'numeric'; first: number; second: number; year?: number }
  /** "the 15th". */
  | { kind: 'dayOfMonth'; day: number }
  | { kind: 'offset'; amount: number; unit: Unit; sign: 1 | -1 }
  | { kind: 'endOf'; unit: 'week' | 'month' };

/** A clock time; `half` says whether "3" is known to be 03:00 or 15:00. */
export interface TimeSpec {
  hour: number;
  minute: number;
  half: 'am' | 'pm' | '24h' | 'unknown';
}

/** Whose date it is: the contact's (in the past) or a promise's (usually ahead). */
export type Role = 'at' | 'promise';

export interface Resolution {
  /** One instant: understood. Several: a question, for `reason`. None: not a real date. */
  instants: number[];
  reason?: AmbiguityReason;
}

/** A promise due on a day runs to its end (as lib/format/time's fromLocalDateValue reads a date). */
const END_OF_DAY: [number, number, number, number] = [23, 59, 59, 999];
/** A past day with no time said: noon, the middle of the day, rather than midnight. */
const NOON = 12;
/** A promise with no year is this year's unless that is more than this far behind. */
const PROMISE_LOOKBACK_DAYS = 90;

function startOfDay(at: number): Date {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

function addDays(day: Date, n: number): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + n);
}

function addBusinessDays(day: Date, n: number): Date {
  let d = day;
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (d.getDay() !== 0 && d.getDay() !== 6) left--;
  }
  return d;
}

/** A real calendar day, or undefined for 31 April or 29 February of a common year. */
function calendarDay(year: number, month: number, day: number): Date | undefined {
  const d = new Date(year, month, day);
  return d.getMonth() === month && d.getDate() === day ? d : undefined;
}

/** Monday-based week number offset, to tell "this week" from "next week". */
function mondayOf(day: Date): number {
  return addDays(day, -((day.getDay() + 6) % 7)).getTime();
}

/**
 * Which number comes first in the locale's short dates: day ("dm") or month ("md"). A bare "en"
 * says nothing (British and American English differ), and neither does no locale at all.
 */
export function dayMonthOrder(locale: string | undefined): 'dm' | 'md' | undefined {
  if (!locale) return undefined;
  try {
    const info = new Intl.Locale(locale);
    if (info.language === 'en' && !info.region) return undefined;
    const parts = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'numeric' }).formatToParts(
      new Date(2025, 10, 22),
    );
    const day = parts.findIndex((p) => p.type === 'day');
    const month = parts.findIndex((p) => p.type === 'month');
    if (day < 0 || month < 0) return undefined;
    return day < month ? 'dm' : 'md';
  } catch {
    return undefined;
  }
}

function yearFor(month: number, day: number, role: Role, today: Date, year?: number): Date | undefined {
  if (year !== undefined) return calendarDay(year < 100 ? 2000 + year : year, month, day);
  const y = today.getFullYear();
  const thisYear = calendarDay(y, month, day);
  if (role === 'at') return thisYear && thisYear <= today ? thisYear : calendarDay(y - 1, month, day);
  return thisYear && thisYear >= addDays(today, -PROMISE_LOOKBACK_DAYS) ? thisYear : calendarDay(y + 1, month, day);
}

interface Days {
  days: Date[];
  reason?: AmbiguityReason;
  /** An instant already (an offset in minutes or hours), no day to set a time on. */
  exact?: number;
}

function weekdayDays(spec: Extract<DaySpec, { kind: 'weekday' }>, role: Role, today: Date): Days {
  const ahead = (spec.weekday - today.getDay() + 7) % 7; // 0 when today is that day
  const isToday = ahead === 0;
  const next = addDays(today, isToday ? 7 : ahead);
  const last = addDays(today, isToday ? -7 : ahead - 7);
  const sameWeek = (d: Date) => mondayOf(d) === mondayOf(today);
  if (spec.shift === 'this') return { days: [role === 'at' && !isToday ? last : isToday ? today : next] };
  if (spec.shift === 'next') {
    // "next Friday" on a Wednesday: this week's (in two days) or the week after's? Asked.
    if (!isToday && sameWeek(next)) return { days: [next, addDays(next, 7)], reason: 'weekday_which_week' };
    return { days: [next] };
  }
  if (spec.shift === 'last') {
    if (!isToday && sameWeek(last)) return { days: [last, addDays(last, -7)], reason: 'weekday_which_week' };
    return { days: [last] };
  }
  // A bare "Friday" said on a Friday: today, or a week away (back for a contact, ahead for a promise)?
  if (isToday) return { days: [today, role === 'at' ? last : next], reason: 'weekday_today' };
  return { days: [role === 'at' ? last : next] };
}

function dayCandidates(spec: DaySpec, role: Role, now: number, locale?: string): Days {
  const today = startOfDay(now);
  switch (spec.kind) {
    case 'relative':
      return { days: [addDays(today, spec.days)] };
    case 'weekday':
      return weekdayDays(spec, role, today);
    case 'date': {
      const d = yearFor(spec.month, spec.day, role, today, spec.year);
      return { days: d ? [d] : [] };
    }
    case 'numeric': {
      const dm = yearFor(spec.second - 1, spec.first, role, today, spec.year);
      const md = yearFor(spec.first - 1, spec.second, role, today, spec.year);
      if (spec.first === spec.second || !dm || !md)
        return { days: [dm ?? md].filter((d): d is Date => d !== undefined) };
      const order = dayMonthOrder(locale);
      if (order === 'dm') return { days: [dm] };
      if (order === 'md') return { days: [md] };
      return { days: [dm, md], reason: 'date_order' };
    }
    case 'dayOfMonth': {
      // This month's, unless it is on the wrong side of today: then the month before (a contact)
      // or after (a promise).
      const thisMonth = calendarDay(today.getFullYear(), today.getMonth(), spec.day);
      const fits = thisMonth !== undefined && (role === 'at' ? thisMonth <= today : thisMonth >= today);
      const first = new Date(today.getFullYear(), today.getMonth() + (role === 'at' ? -1 : 1), 1);
      const d = fits ? thisMonth : calendarDay(first.getFullYear(), first.getMonth(), spec.day);
      return { days: d ? [d] : [] };
    }
    case 'offset': {
      const { amount, unit, sign } = spec;
      if (unit === 'minute') return { days: [], exact: now + sign * amount * MINUTE };
      if (unit === 'hour') return { days: [], exact: now + sign * amount * HOUR };
      if (unit === 'day') return { days: [addDays(today, sign * amount)] };
      if (unit === 'week') return { days: [addDays(today, sign * amount * 7)] };
      if (unit === 'businessDay')
        return { days: [sign > 0 ? addBusinessDays(today, amount) : addDays(today, -amount)] };
      const d = new Date(today.getFullYear(), today.getMonth() + sign * amount, today.getDate());
      return { days: [d] };
    }
    case 'endOf': {
      if (spec.unit === 'month') return { days: [new Date(today.getFullYear(), today.getMonth() + 1, 0)] };
      // The working week ends on Friday; said at the weekend, it is the coming one.
      return { days: [addDays(today, (5 - today.getDay() + 7) % 7)] };
    }
  }
}

function hoursOf(time: TimeSpec): { hours: number[]; reason?: AmbiguityReason } {
  const h = time.hour % 12;
  if (time.half === 'am') return { hours: [h] };
  if (time.half === 'pm') return { hours: [h + 12] };
  if (time.half === '24h' || time.hour === 0 || time.hour >= 12) return { hours: [time.hour] };
  return { hours: [time.hour, time.hour + 12], reason: 'time_half_day' };
}

function at(day: Date, hour: number, minute: number): number {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hour, minute).getTime();
}

/**
 * The instants a day and/or time can mean, for a contact or a promise. A day alone is noon for a
 * contact (today: now) and the end of the day for a promise; a time alone is the latest such time
 * not after now for a contact, and the next one for a promise.
 */
export function resolveWhen(
  day: DaySpec | undefined,
  time: TimeSpec | undefined,
  role: Role,
  now: number,
  locale?: string,
): Resolution {
  const instants: number[] = [];
  const push = (t: number) => {
    if (!instants.includes(t)) instants.push(t);
  };
  if (!day) {
    if (!time) return { instants };
    const { hours, reason } = hoursOf(time);
    const today = startOfDay(now);
    for (const h of hours) {
      const same = at(today, h, time.minute);
      if (role === 'at') push(same <= now ? same : at(addDays(today, -1), h, time.minute));
      else push(same >= now ? same : at(addDays(today, 1), h, time.minute));
    }
    return { instants, reason: instants.length > 1 ? reason : undefined };
  }
  const found = dayCandidates(day, role, now, locale);
  if (found.exact !== undefined) return { instants: [found.exact] };
  const part = day.kind === 'relative' || day.kind === 'weekday' ? day.part : undefined;
  const timeHours = time ? hoursOf(time) : undefined;
  for (const d of found.days) {
    if (timeHours && time) {
      for (const h of timeHours.hours) push(at(d, h, time.minute));
    } else if (part) {
      push(role === 'at' ? Math.min(now, at(d, PART_HOUR[part], 0)) : at(d, PART_HOUR[part], 0));
    } else if (role === 'promise') {
      push(new Date(d.getFullYear(), d.getMonth(), d.getDate(), ...END_OF_DAY).getTime());
    } else {
      push(d.getTime() === startOfDay(now).getTime() ? now : at(d, NOON, 0));
    }
  }
  const reason = instants.length > 1 ? (found.days.length > 1 ? found.reason : timeHours?.reason) : undefined;
  return { instants, reason };
}
