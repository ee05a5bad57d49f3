import type { TimeSpec } from './dates';
import { PhraseTable } from './phrases';
import { isFree, type ParseState } from './state';
import { HALF_DAY_AFTER, TIME_BEFORE } from './time-words';

/** Recognising a clock time in the line: "3pm", "15:30", "14h30", "15 Uhr", "at 3", "a las 5 de la tarde". */

const HALF = new PhraseTable(HALF_DAY_AFTER);
/** After these a bare number is an hour ("at 3", "a las 5", "um 15"); after the others it needs a form (15h, 3pm). */
const STRONG_TIME_CUES = new Set([
  'at',
  'around',
  'at around',
  'a las',
  'a la',
  'sobre las',
  'hacia las',
  'vers',
  'um',
  'gegen',
]);
export const TIME_CUE = new PhraseTable(TIME_BEFORE.map((p) => [p, STRONG_TIME_CUES.has(p)] as const));

const AM_PM = /^(\d{1,2})(?::(\d{2}))?(am|pm|a\.m|p\.m)$/;
const COLON = /^(\d{1,2}):(\d{2})$/;
const FRENCH_HOUR = /^(\d{1,2})h(\d{2})?$/;
const PLAIN_HOUR = /^(\d{1,2})(?:\.(\d{2}))?$/;

interface Found<T> {
  end: number;
  value: T;
}

const free = (s: ParseState) => (i: number) => isFree(s, i);
const key = (s: ParseState, i: number) => s.tokens[i]?.key ?? '';

function validTime(hour: number, minute: number): boolean {
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59;
}

/**
 * A clock time at i: "3pm", "15:30", "14h30", "15 Uhr", "at 3", "a las 5 de la tarde". Without a
 * cue before it, only a form that cannot be anything else is a time (3pm, 15:30, 15 Uhr); "14h30"
 * counts after a day ("hier 14h30"), since alone "1h" is a length.
 */
export function timeAt(s: ParseState, i: number, afterDay: boolean): Found<TimeSpec> | undefined {
  const cue = TIME_CUE.match(s.tokens, i, free(s));
  const at = cue ? cue.end : i;
  const strong = cue?.value === true;
  if (!isFree(s, at)) return undefined;
  const k = key(s, at);
  let time: TimeSpec | undefined;
  let end = at + 1;
  const ampm = AM_PM.exec(k);
  const colon = COLON.exec(k);
  const french = FRENCH_HOUR.exec(k);
  const plain = PLAIN_HOUR.exec(k);
  if (ampm) {
    time = { hour: Number(ampm[1]), minute: Number(ampm[2] ?? 0), half: ampm[3]?.startsWith('a') ? 'am' : 'pm' };
    if (s.tokens[end]?.text === '.' && s.tokens[end]?.start === s.tokens[at]?.end && k.endsWith('.m')) end++;
  } else if (colon) {
    const hour = Number(colon[1]);
    const leadingZero = colon[1]?.length === 2 && colon[1].startsWith('0');
    time = { hour, minute: Number(colon[2]), half: leadingZero || hour === 0 || hour >= 12 ? '24h' : 'unknown' };
  } else if (french && (cue || afterDay)) {
    time = { hour: Number(french[1]), minute: Number(french[2] ?? 0), half: '24h' };
  } else if (plain) {
    const hour = Number(plain[1]);
    const minute = Number(plain[2] ?? 0);
    if (key(s, at + 1) === 'uhr' && isFree(s, at + 1)) {
      time = { hour, minute, half: '24h' };
      end = at + 2;
    } else {
      const half = HALF.match(s.tokens, at + 1, free(s));
      if (half) time = { hour, minute, half: half.value };
      else if (strong && (plain[2] === undefined || minute < 60))
        time = { hour, minute, half: hour === 0 || hour >= 12 ? '24h' : 'unknown' };
      if (half) end = half.end;
    }
  }
  if (!time || !validTime(time.hour, time.minute) || (time.half !== '24h' && time.half !== 'unknown' && time.hour > 12))
    return undefined;
  if (time.half === 'unknown' || (time.half === '24h' && !ampm)) {
    const half = HALF.match(s.tokens, end, free(s));
    if (half && time.hour <= 12) {
      time = { ...time, half: half.value };
      end = half.end;
    }
  }
  if (key(s, end) === 'uhr' && isFree(s, end)) end++;
  return { end, value: time };
}
