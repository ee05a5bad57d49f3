import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../../lib/format/time';

const MIN = 60;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const words = (seconds: number) => formatDuration(seconds, { locale: 'en', style: 'words' });

describe('durations in words (reports)', () => {
  it.each([
    [0, '0 seconds'],
    [1, '1 second'],
    [40, '40 seconds'],
    [60, '1 minute'],
    [45 * MIN, '45 minutes'],
    [HOUR, '1 hour'],
    [HOUR + 2 * MIN, '1 hour 2 minutes'],
    [3 * HOUR + 5 * MIN, '3 hours 5 minutes'],
    [DAY, '1 day'],
    [10 * DAY, '10 days'],
    [3 * DAY + 4 * HOUR, '3 days 4 hours'],
    // 173 hr 45 min, as the report used to say.
    [173 * HOUR + 45 * MIN, '7 days 6 hours'],
  ])('%d seconds → %s', (seconds, expected) => {
    expect(words(seconds)).toBe(expected);
  });

  it('rounds the smaller unit, carrying into the larger one', () => {
    expect(words(59 * MIN + 40)).toBe('1 hour');
    expect(words(23 * HOUR + 59 * MIN + 40)).toBe('1 day');
    expect(words(2 * DAY + 23 * HOUR + 31 * MIN)).toBe('3 days');
    expect(words(89)).toBe('1 minute');
    expect(words(90)).toBe('2 minutes');
  });

  it('never goes negative, and the short style is unchanged', () => {
    expect(words(-5)).toBe('0 seconds');
    expect(formatDuration(65 * MIN, { locale: 'en' })).toBe('1 hr 5 min');
    expect(formatDuration(26 * HOUR, { locale: 'en' })).toBe('26 hr');
  });

  it('follows the locale', () => {
    expect(formatDuration(3 * DAY + 4 * HOUR, { locale: 'de', style: 'words' })).toBe('3 Tage 4 Stunden');
  });
});
