import { PhraseTable, phraseSet } from './phrases';
import { isFree, take, type ParseState } from './state';
import { DURATION_PHRASES, HOLD_WORDS, NUMBER_WORDS, UNITS } from './time-words';

/** A length of time said in the line: the call's, or the time on hold when a hold word is next to it. */
export interface Length {
  start: number;
  end: number;
  minutes: number;
  hold: boolean;
}

/** A call is at most a day long; longer is not a call length (the attempt schema agrees). */
const MAX_MINUTES = 1_440;
const PHRASES = new PhraseTable(DURATION_PHRASES);
const NUMBER_WORD = new PhraseTable(NUMBER_WORDS);
const UNIT = new PhraseTable(UNITS.filter(([, unit]) => unit === 'minute' || unit === 'hour'));
const HOLD = phraseSet(HOLD_WORDS);
const AND_A_HALF = phraseSet(['and a half', 'y media', 'et demie', 'und eine halbe']);
/** Between a length and its hold word: "30 min of hold", "on hold for 30 min", "30 min de espera". */
const BRIDGE = new Set(['for', 'of', 'de', 'en', 'in', 'im', 'en la', 'von']);

/** "45min", "2hrs", "1.5h", "1,5h". */
const COMPACT = /^(\d{1,3}(?:[.,]\d{1,2})?)(min|mins|minutes?|mn|m|h|hr|hrs|hours?|std)$/;
/** "1h20", "1h20min", "2h05m". */
const HOURS_MINUTES = /^(\d{1,2})h(\d{1,2})(?:min|mn|m)?$/;
const INTEGER = /^\d{1,3}$/;
const DECIMAL = /^\d{1,3}(?:[.,]\d{1,2})?$/;

interface Found {
  end: number;
  minutes: number;
}

const free = (s: ParseState) => (i: number) => isFree(s, i);

function perUnit(unit: string): number {
  return unit.startsWith('h') || unit === 'std' ? 60 : 1;
}

/** A number at i, "1,5" written with a comma included: its value and the index after it. */
function amountAt(s: ParseState, i: number): Found | undefined {
  const token = s.tokens[i];
  if (!token || !isFree(s, i)) return undefined;
  if (token.kind === 'number' && DECIMAL.test(token.key)) {
    // "1,5 Stunden": the tokenizer splits at the comma; glued on both sides it is a decimal comma.
    const comma = s.tokens[i + 1];
    const fraction = s.tokens[i + 2];
    if (
      comma?.text === ',' &&
      fraction &&
      comma.start === token.end &&
      fraction.start === comma.end &&
      /^\d{1,2}$/.test(fraction.key)
    ) {
      return { end: i + 3, minutes: Number(`${token.key}.${fraction.key}`) };
    }
    return { end: i + 1, minutes: Number(token.key.replace(',', '.')) };
  }
  const word = NUMBER_WORD.match(s.tokens, i, free(s));
  return word ? { end: word.end, minutes: word.value } : undefined;
}

/** Minutes after hours: "1h 20", "1 hour 20 minutes", "una hora y 20 minutos". */
function minutesAfter(s: ParseState, at: number): Found | undefined {
  let i = at;
  const joiner = s.tokens[i]?.key;
  const joined = joiner !== undefined && ['and', 'y', 'et', 'und'].includes(joiner) && isFree(s, i);
  if (joined) i++;
  const token = s.tokens[i];
  if (!token || !isFree(s, i) || !INTEGER.test(token.key)) return undefined;
  const minutes = Number(token.key);
  if (minutes < 1 || minutes > 59) return undefined;
  const unit = UNIT.match(s.tokens, i + 1, free(s));
  if (unit && perUnit(unit.value === 'hour' ? 'h' : 'min') === 1) return { end: unit.end, minutes };
  // A bare number after hours is minutes ("1h 20"), but not after "and" (that needs its unit).
  return joined ? undefined : { end: i + 1, minutes };
}

function lengthAt(s: ParseState, i: number): Found | undefined {
  if (!isFree(s, i)) return undefined;
  const phrase = PHRASES.match(s.tokens, i, free(s));
  if (phrase) return { end: phrase.end, minutes: phrase.value };
  const k = s.tokens[i]?.key ?? '';
  const hm = HOURS_MINUTES.exec(k);
  if (hm) return { end: i + 1, minutes: Number(hm[1]) * 60 + Number(hm[2]) };
  const compact = COMPACT.exec(k);
  if (compact) {
    const unit = compact[2] ?? 'min';
    const minutes = Number((compact[1] ?? '0').replace(',', '.')) * perUnit(unit);
    if (perUnit(unit) === 60) {
      const extra = minutesAfter(s, i + 1);
      if (extra) return { end: extra.end, minutes: minutes + extra.minutes };
    }
    return { end: i + 1, minutes };
  }
  const amount = amountAt(s, i);
  if (!amount) return undefined;
  const unit = UNIT.match(s.tokens, amount.end, free(s));
  if (!unit) return undefined;
  const minutes = amount.minutes * (unit.value === 'hour' ? 60 : 1);
  if (unit.value === 'hour') {
    // "an hour and a half", "hora y media", "une heure et demie".
    const half = AND_A_HALF.match(s.tokens, unit.end, free(s));
    if (half) return { end: half.end, minutes: minutes + 30 };
    const extra = minutesAfter(s, unit.end);
    if (extra) return { end: extra.end, minutes: minutes + extra.minutes };
  }
  return { end: unit.end, minutes };
}

/** The hold words right before `start` (skipping one bridge word), as a token range. */
function holdBefore(s: ParseState, start: number): [number, number] | undefined {
  for (let end = start; end >= start - 1 && end > 0; end--) {
    if (end < start && !BRIDGE.has(s.tokens[end]?.key ?? '')) break;
    for (let from = Math.max(0, end - 4); from < end; from++) {
      const hit = HOLD.match(s.tokens, from, free(s));
      if (hit && hit.end === end) return [from, start];
    }
  }
  return undefined;
}

function holdAfter(s: ParseState, end: number): number | undefined {
  const direct = HOLD.match(s.tokens, end, free(s));
  if (direct) return direct.end;
  if (BRIDGE.has(s.tokens[end]?.key ?? '') && isFree(s, end)) return HOLD.match(s.tokens, end + 1, free(s))?.end;
  return undefined;
}

/** Finds every call length and hold time, and takes their tokens (hold words included). */
export function findLengths(s: ParseState): Length[] {
  const found: Length[] = [];
  let i = 0;
  while (i < s.tokens.length) {
    const length = lengthAt(s, i);
    if (!length || length.minutes <= 0 || length.minutes > MAX_MINUTES) {
      i++;
      continue;
    }
    const minutes = Math.round(length.minutes);
    const after = holdAfter(s, length.end);
    const before = after === undefined ? holdBefore(s, i) : undefined;
    const start = before ? before[0] : i;
    const end = after ?? length.end;
    take(s, start, end, after !== undefined || before ? 'hold' : 'duration');
    found.push({ start, end, minutes, hold: after !== undefined || before !== undefined });
    i = end;
  }
  return found;
}
