import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatSpan,
  formatDateTime,
  formatDuration,
  formatRelative,
  fromLocalDateValue,
  fromLocalInputValue,
  toLocalInputValue,
  wholeDays,
} from '../../../lib/format/time';

const at = Date.UTC(2026, 10, 22, 14, 5);

describe('time formatting', () => {
  it('follows the locale and the time zone', () => {
    expect(formatDateTime(at, { locale: 'en-US', timeZone: 'America/New_York' })).toMatch(/Nov 22, 2026.*9:05/);
    expect(formatDateTime(at, { locale: 'de-DE', timeZone: 'Europe/Berlin' })).toMatch(/22\.11\.2026.*15:05/);
  });

  it('says relative times in words', () => {
    expect(formatRelative(at - 3 * 86_400_000, at, { locale: 'en' })).toBe('3 days ago');
    expect(formatRelative(at + 2 * 3_600_000, at, { locale: 'en' })).toBe('in 2 hours');
    expect(formatRelative(at - 86_400_000, at, { locale: 'en' })).toBe('yesterday');
  });

  it('formats durations and a running clock', () => {
    expect(formatDuration(65 * 60, { locale: 'en' })).toBe('1 hr 5 min');
    expect(formatDuration(12 * 60 + 20, { locale: 'en' })).toBe('12 min');
    expect(formatDuration(40, { locale: 'en' })).toBe('40 sec');
    expect(formatClock(247)).toBe('4:07');
    expect(formatClock(3729)).toBe('1:02:09');
    expect(wholeDays(at, at + 9.5 * 86_400_000)).toBe(9);
  });

  it('round-trips datetime-local values and rejects impossible dates', () => {
    const local = new Date(2026, 1, 3, 8, 30).getTime();
    expect(fromLocalInputValue(toLocalInputValue(local))).toBe(local);
    expect(fromLocalInputValue('2026-02-31T10:00')).toBeUndefined();
    expect(fromLocalInputValue('yesterday')).toBeUndefined();
    expect(fromLocalDateValue('2026-02-03')).toBe(new Date(2026, 1, 3, 23, 59, 59, 999).getTime());
  });

  it("joins the units with Intl.DurationFormat where the browser has it, in the user's language", () => {
    const seen: { locale: string; style: string; parts: object }[] = [];
    class FakeDurationFormat {
      constructor(
        private locale: string,
        private options: { style: string },
      ) {}
      format(parts: object): string {
        seen.push({ locale: this.locale, style: this.options.style, parts });
        return 'joined';
      }
    }
    const had = Reflect.get(Intl, 'DurationFormat') as unknown;
    Reflect.set(Intl, 'DurationFormat', FakeDurationFormat);
    try {
      expect(formatDuration(65 * 60, { locale: 'de' })).toBe('joined');
      expect(formatDuration(3 * 86_400 + 4 * 3600, { locale: 'fr', style: 'words' })).toBe('joined');
      expect(formatDuration(60 * 60, { locale: 'es' })).toBe('joined');
    } finally {
      Reflect.set(Intl, 'DurationFormat', had);
    }
    // Only the units that say something: no "0 min" after a whole hour.
    expect(seen).toEqual([
      { locale: 'de', style: 'short', parts: { hours: 1, minutes: 5 } },
      { locale: 'fr', style: 'long', parts: { days: 3, hours: 4 } },
      { locale: 'es', style: 'short', parts: { hours: 1 } },
    ]);
  });

  it('says a span in its largest short unit, rounded', () => {
    expect(formatSpan(25 * 60_000, { locale: 'en' })).toBe('25 min');
    expect(formatSpan(7 * 3_600_000 + 20 * 60_000, { locale: 'en' })).toBe('7 hr');
    expect(formatSpan(3 * 86_400_000 + 5 * 3_600_000, { locale: 'en' })).toBe('3 days');
    expect(formatSpan(2 * 3_600_000, { locale: 'de' })).toBe('2 Std.');
  });
});
