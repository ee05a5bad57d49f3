import type { DaySpec, TimeSpec } from './dates';
import { TIME_CUE, timeAt } from './clock';
import { PhraseTable, phraseSet } from './phrases';
import { isFree, take, type ParseState } from './state';
import {
  AGO,
  BACK_BEFORE,
  DAY_BEFORE,
  DUE_BEFORE,
  END_OF,
  FORWARD_BEFORE,
  MONTHS,
  NUMBER_WORDS,
  PARTS_OF_DAY,
  RELATIVE_DAYS,
  UNITS,
  WEEKDAY_AFTER,
  WEEKDAY_BEFORE,
  WEEKDAYS,
  type DayPart,
  type Unit,
} from './time-words';

/**
 * A stretch of the line that says when: "yesterday at 4pm", "by Fri", "within 5 days", "am 20.06.".
 * `lead` is what stood before it: "by"/"bis" (due: a promise's), "in 5 days" (forward), "2 days
 * ago" (back), or nothing that decides (neutral).
 */
export interface WhenExpr {
  start: number;
  end: number;
  day?: DaySpec;
  time?: TimeSpec;
  lead: 'due' | 'forward' | 'back' | 'neutral';
}

const RELATIVE = new PhraseTable(RELATIVE_DAYS.map(([p, days, part]) => [p, { days, part }] as const));
const PARTS = new PhraseTable(PARTS_OF_DAY);
const WEEKDAY = new PhraseTable(WEEKDAYS.map(([p, weekday, weak]) => [p, { weekday, weak: weak === true }] as const));
const SHIFT_BEFORE = new PhraseTable(WEEKDAY_BEFORE);
const SHIFT_AFTER = new PhraseTable(WEEKDAY_AFTER);
const MONTH = new PhraseTable(MONTHS);
const NUMBER_WORD = new PhraseTable(NUMBER_WORDS);
const UNIT = new PhraseTable(UNITS);
const BACK = phraseSet(BACK_BEFORE);
const AGO_AFTER = phraseSet(AGO);
const FORWARD = phraseSet(FORWARD_BEFORE);
const DUE = phraseSet(DUE_BEFORE);
const DAY_CUE = phraseSet(DAY_BEFORE);
const END = new PhraseTable(END_OF);

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/;
const DOT_DATE = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{2}|\d{4}))?$/;
const DAY_NUMBER = /^(\d{1,2})(st|nd|rd|th|er|e|eme|o|º)?$/;
const YEAR = /^(?:19|20)\d\d$/;
const COMPACT_AMOUNT = /^(\d{1,3})(h|hrs?|min|mins|mn)$/;

type Cue = 'none' | 'day' | 'due';

interface Found<T> {
  end: number;
  value: T;
}

const free = (s: ParseState) => (i: number) => isFree(s, i);
const key = (s: ParseState, i: number) => s.tokens[i]?.key ?? '';

/** A touching full stop after token i ("20.06.", "3. März"), if free: its index + 1, else i + 1. */
function afterDot(s: ParseState, i: number): number {
  const dot = s.tokens[i + 1];
  const token = s.tokens[i];
  return dot && token && dot.text === '.' && dot.start === token.end && s.used[i + 1] === undefined ? i + 2 : i + 1;
}

/** "5 days", "an hour", "48h", "dos semanas". */
function amountAndUnit(s: ParseState, i: number): Found<{ amount: number; unit: Unit }> | undefined {
  if (!isFree(s, i)) return undefined;
  const compact = COMPACT_AMOUNT.exec(key(s, i));
  if (compact)
    return { end: i + 1, value: { amount: Number(compact[1]), unit: compact[2]?.startsWith('h') ? 'hour' : 'minute' } };
  let amount: number | undefined;
  let at = i;
  const token = s.tokens[i];
  if (token?.kind === 'number' && /^\d{1,3}$/.test(token.key)) {
    amount = Number(token.key);
    at = i + 1;
  } else {
    const word = NUMBER_WORD.match(s.tokens, i, free(s));
    if (word) {
      amount = word.value;
      at = word.end;
    }
  }
  if (amount === undefined) return undefined;
  const unit = UNIT.match(s.tokens, at, free(s));
  return unit ? { end: unit.end, value: { amount, unit: unit.value } } : undefined;
}

/** 3 March, March 3rd, 3. März, 3 de marzo, 12/11, 20.06., 2025-06-20. */
function calendarDate(s: ParseState, i: number): Found<DaySpec> | undefined {
  if (!isFree(s, i)) return undefined;
  const k = key(s, i);
  const iso = ISO_DATE.exec(k);
  if (iso)
    return {
      end: i + 1,
      value: { kind: 'date', year: Number(iso[1]), month: Number(iso[2]) - 1, day: Number(iso[3]) },
    };
  const slash = SLASH_DATE.exec(k);
  if (slash) {
    const first = Number(slash[1]);
    const second = Number(slash[2]);
    const year = slash[3] === undefined ? undefined : Number(slash[3]);
    if (first < 1 || second < 1 || first > 31 || second > 31 || (first > 12 && second > 12)) return undefined;
    if (first > 12) return { end: i + 1, value: { kind: 'date', day: first, month: second - 1, year } };
    if (second > 12) return { end: i + 1, value: { kind: 'date', day: second, month: first - 1, year } };
    return { end: i + 1, value: { kind: 'numeric', first, second, year } };
  }
  const dot = DOT_DATE.exec(k);
  if (dot) {
    // Day first, as everywhere dots are written; "1.5 hours" is a length, "15.30 Uhr" a time.
    const next = afterDot(s, i);
    const marked = next === i + 2 || dot[3] !== undefined || dot[2]?.length === 2;
    const day = Number(dot[1]);
    const month = Number(dot[2]);
    if (!marked || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    if (UNIT.match(s.tokens, i + 1) || key(s, i + 1) === 'uhr') return undefined;
    return {
      end: next,
      value: { kind: 'date', day, month: month - 1, year: dot[3] === undefined ? undefined : Number(dot[3]) },
    };
  }
  // Day then month: "3 March", "3rd of March", "3. März", "3 de marzo", "1er mars".
  const dayNumber = DAY_NUMBER.exec(k);
  if (dayNumber) {
    let at = afterDot(s, i);
    if (['of', 'de'].includes(key(s, at)) && isFree(s, at)) at++;
    const month = MONTH.match(s.tokens, at, free(s));
    const day = Number(dayNumber[1]);
    if (month && day >= 1 && day <= 31) return withYear(s, month.end, { kind: 'date', day, month: month.value });
  }
  // Month then day: "March 3", "June 20th".
  const month = MONTH.match(s.tokens, i, free(s));
  if (month) {
    const d = DAY_NUMBER.exec(key(s, month.end));
    const day = Number(d?.[1] ?? 0);
    if (d && isFree(s, month.end) && day >= 1 && day <= 31 && !UNIT.match(s.tokens, month.end + 1)) {
      return withYear(s, month.end + 1, { kind: 'date', day, month: month.value });
    }
  }
  return undefined;
}

function withYear(s: ParseState, at: number, spec: Extract<DaySpec, { kind: 'date' }>): Found<DaySpec> {
  let i = at;
  if (s.tokens[i]?.text === ',' && YEAR.test(key(s, i + 1))) i++;
  if (key(s, i) === 'de' && YEAR.test(key(s, i + 1))) i++;
  if (YEAR.test(key(s, i)) && isFree(s, i)) return { end: i + 1, value: { ...spec, year: Number(key(s, i)) } };
  return { end: at, value: spec };
}

function partAfter(s: ParseState, at: number): Found<DayPart | undefined> {
  const part = PARTS.match(s.tokens, at, free(s));
  return part ? { end: part.end, value: part.value } : { end: at, value: undefined };
}

/** A day at i, with a time after it when one is said ("Tuesday 3pm", "hier 14h30"). */
function dayAt(s: ParseState, i: number, cue: Cue): Found<{ day: DaySpec; time?: TimeSpec }> | undefined {
  const day = dayOnly(s, i, cue);
  if (!day) return undefined;
  const time = timeAt(s, day.end, true);
  return time
    ? { end: time.end, value: { day: day.value, time: time.value } }
    : { end: day.end, value: { day: day.value } };
}

function dayOnly(s: ParseState, i: number, cue: Cue): Found<DaySpec> | undefined {
  if (!isFree(s, i)) return undefined;
  const relative = RELATIVE.match(s.tokens, i, free(s));
  if (relative) {
    const part = relative.value.part ? { end: relative.end, value: relative.value.part } : partAfter(s, relative.end);
    return { end: part.end, value: { kind: 'relative', days: relative.value.days, part: part.value } };
  }
  const date = calendarDate(s, i);
  if (date) return date;
  const end = END.match(s.tokens, i, free(s));
  if (end) return { end: end.end, value: { kind: 'endOf', unit: end.value } };
  const shift = SHIFT_BEFORE.match(s.tokens, i, free(s));
  const at = shift ? shift.end : i;
  const weekday = WEEKDAY.match(s.tokens, at, free(s));
  if (weekday) {
    const after = shift ? undefined : SHIFT_AFTER.match(s.tokens, weekday.end, free(s));
    const cued =
      cue !== 'none' || shift !== undefined || after !== undefined || timeAt(s, weekday.end, true) !== undefined;
    if (!weekday.value.weak || cued) {
      // "Tuesday 3 June": the date says it all; the weekday only agrees with it.
      const dated = calendarDate(s, weekday.end);
      if (dated) return dated;
      const part = partAfter(s, after ? after.end : weekday.end);
      return {
        end: part.end,
        value: {
          kind: 'weekday',
          weekday: weekday.value.weekday,
          shift: shift?.value ?? after?.value,
          part: part.value,
        },
      };
    }
  }
  // "the 15th", "le 15", "am 15.": a day of the month, only where an article or ordinal says so.
  const ordinal = DAY_NUMBER.exec(key(s, i));
  if (ordinal) {
    const day = Number(ordinal[1]);
    const next = afterDot(s, i);
    const english = ordinal[2] !== undefined && ['st', 'nd', 'rd', 'th'].includes(ordinal[2]);
    const said = english || (cue !== 'none' && (ordinal[2] !== undefined || next === i + 2 || cue === 'day'));
    if (said && day >= 1 && day <= 31 && !UNIT.match(s.tokens, next) && !TIME_CUE.match(s.tokens, next)) {
      return { end: next, value: { kind: 'dayOfMonth', day } };
    }
  }
  return undefined;
}

/** An offset in days or more may be followed by its time: "vor 2 Tagen um 15 Uhr", "2 days ago at 3pm". */
function offset(
  s: ParseState,
  start: number,
  end: number,
  value: { amount: number; unit: Unit },
  sign: 1 | -1,
): WhenExpr {
  const day: DaySpec = { kind: 'offset', ...value, sign };
  const time = value.unit === 'minute' || value.unit === 'hour' ? undefined : timeAt(s, end, true);
  return { start, end: time ? time.end : end, day, time: time?.value, lead: sign > 0 ? 'forward' : 'back' };
}

function whenAt(s: ParseState, i: number): WhenExpr | undefined {
  const back = BACK.match(s.tokens, i, free(s));
  const backAmount = back ? amountAndUnit(s, back.end) : undefined;
  if (backAmount) return offset(s, i, backAmount.end, backAmount.value, -1);
  const forward = FORWARD.match(s.tokens, i, free(s));
  const forwardAmount = forward ? amountAndUnit(s, forward.end) : undefined;
  if (forwardAmount) return offset(s, i, forwardAmount.end, forwardAmount.value, 1);
  const amount = amountAndUnit(s, i);
  const ago = amount ? AGO_AFTER.match(s.tokens, amount.end, free(s)) : undefined;
  if (amount && ago) return offset(s, i, ago.end, amount.value, -1);
  const due = DUE.match(s.tokens, i, free(s));
  if (due) {
    const article = DAY_CUE.match(s.tokens, due.end, free(s));
    const day = dayAt(s, article ? article.end : due.end, article ? 'day' : 'due');
    if (day) return { start: i, end: day.end, ...day.value, lead: 'due' };
    const time = timeAt(s, due.end, true);
    if (time) return { start: i, end: time.end, time: time.value, lead: 'due' };
  }
  const article = DAY_CUE.match(s.tokens, i, free(s));
  if (article) {
    const day = dayAt(s, article.end, 'day');
    if (day) return { start: i, end: day.end, ...day.value, lead: 'neutral' };
  }
  const day = dayAt(s, i, 'none');
  if (day) return { start: i, end: day.end, ...day.value, lead: 'neutral' };
  const time = timeAt(s, i, false);
  if (time) {
    // "3pm yesterday", "à 15h hier": the day after the time.
    const after = dayOnly(s, time.end, 'none');
    if (after) return { start: i, end: after.end, day: after.value, time: time.value, lead: 'neutral' };
    return { start: i, end: time.end, time: time.value, lead: 'neutral' };
  }
  return undefined;
}

/** Finds every date and time in the line, left to right, and takes their tokens. */
export function findWhens(s: ParseState): WhenExpr[] {
  const found: WhenExpr[] = [];
  let i = 0;
  while (i < s.tokens.length) {
    const when = whenAt(s, i);
    if (when) {
      take(s, when.start, when.end, 'date');
      found.push(when);
      i = when.end;
    } else {
      i++;
    }
  }
  return found;
}
