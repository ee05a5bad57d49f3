import { describe, expect, it } from 'vitest';
import { computeDeadline, daysLeftText, defaultRule, section75Covers } from '../../../lib/letters/deadlines';
import {
  addDays,
  addMonths,
  daysFromTo,
  localDateOf,
  parseLocalDate,
  type LocalDate,
} from '../../../lib/letters/local-date';

const d = (text: string): LocalDate => {
  const parsed = parseLocalDate(text);
  if (!parsed) throw new Error(`not a date: ${text}`);
  return parsed;
};

describe('calendar-day arithmetic', () => {
  it('counts 60 days across month ends, year ends and leap days', () => {
    expect(addDays(d('2027-01-31'), 60)).toEqual(d('2027-04-01'));
    expect(addDays(d('2027-12-30'), 60)).toEqual(d('2028-02-28'));
    expect(addDays(d('2028-01-01'), 60)).toEqual(d('2028-03-01'));
    expect(addDays(d('2027-01-01'), 60)).toEqual(d('2027-03-02'));
    expect(addDays(d('2028-02-29'), 60)).toEqual(d('2028-04-29'));
    expect(daysFromTo(d('2028-02-28'), d('2028-03-01'))).toBe(2);
    expect(daysFromTo(d('2027-02-28'), d('2027-03-01'))).toBe(1);
    expect(daysFromTo(d('2027-03-05'), d('2027-03-01'))).toBe(-4);
  });

  it('adds months by the calendar, ending on the last day of a shorter month', () => {
    expect(addMonths(d('2027-01-31'), 13)).toEqual(d('2028-02-29'));
    expect(addMonths(d('2026-01-31'), 13)).toEqual(d('2027-02-28'));
    expect(addMonths(d('2027-11-15'), 13)).toEqual(d('2028-12-15'));
  });

  it('refuses days that do not exist', () => {
    expect(parseLocalDate('2027-02-29')).toBeUndefined();
    expect(parseLocalDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(parseLocalDate('2027-13-01')).toBeUndefined();
    expect(parseLocalDate('31/01/2027')).toBeUndefined();
  });

  it('reads "today" in the person\'s time zone, on the right side of a daylight-saving change', () => {
    // 00:30 on 29 March 2027 in London, the first night of summer time, is still 28 March in UTC.
    const justAfterMidnight = Date.parse('2027-03-28T23:30:00Z');
    expect(localDateOf(justAfterMidnight, 'Europe/London')).toEqual(d('2027-03-29'));
    expect(localDateOf(justAfterMidnight, 'UTC')).toEqual(d('2027-03-28'));
    // New York, the night clocks go forward (14 March 2027): 23:30 local is 03:30 UTC the next day.
    expect(localDateOf(Date.parse('2027-03-15T03:30:00Z'), 'America/New_York')).toEqual(d('2027-03-14'));
  });
});

describe('dispute deadlines', () => {
  it('US Fair Credit Billing Act: 60 days after the statement, from the statement date', () => {
    const deadline = computeDeadline(
      'us-fcba',
      { statement: d('2027-01-31'), transaction: d('2027-01-10') },
      d('2027-03-20'),
    );
    expect(deadline).toMatchObject({ kind: 'dated', start: d('2027-01-31'), date: d('2027-04-01'), daysLeft: 12 });
    expect(computeDeadline('us-fcba', { statement: d('2027-12-30') }, d('2028-01-01'))).toMatchObject({
      date: d('2028-02-28'),
    });
    expect(computeDeadline('us-fcba', { statement: d('2028-01-01') }, d('2028-01-01'))).toMatchObject({
      date: d('2028-03-01'),
      daysLeft: 60,
    });
    expect(computeDeadline('us-fcba', { statement: d('2028-02-29') }, d('2028-03-01'))).toMatchObject({
      date: d('2028-04-29'),
      daysLeft: 59,
    });
    // Without its statement date the notice's deadline cannot be known.
    expect(computeDeadline('us-fcba', { transaction: d('2027-01-10') }, d('2027-01-20'))).toMatchObject({
      kind: 'needs-date',
    });
  });

  it('counts the same number of days across a daylight-saving change as on any other week', () => {
    const deadline = computeDeadline(
      'us-fcba',
      { statement: d('2027-01-13') },
      localDateOf(Date.parse('2027-03-14T12:00:00Z'), 'America/New_York'),
    );
    expect(deadline).toMatchObject({ date: d('2027-03-14'), daysLeft: 0 });
  });

  it('card chargebacks: usually 120 days, from the charge or from when the goods were due if later', () => {
    expect(computeDeadline('uk-chargeback', { transaction: d('2027-01-31') }, d('2027-02-01'))).toMatchObject({
      date: d('2027-05-31'),
    });
    expect(
      computeDeadline('eu-chargeback', { transaction: d('2027-01-31'), due: d('2027-03-01') }, d('2027-02-01')),
    ).toMatchObject({
      start: d('2027-03-01'),
      date: d('2027-06-29'),
    });
    // A due date before the charge does not move the start back.
    expect(
      computeDeadline('uk-chargeback', { transaction: d('2027-01-31'), due: d('2027-01-01') }, d('2027-02-01')),
    ).toMatchObject({ start: d('2027-01-31') });
  });

  it('SEPA direct debit: 8 weeks for any refund, 13 months for an unauthorised debit', () => {
    expect(computeDeadline('eu-sepa-refund', { transaction: d('2027-12-30') }, d('2028-01-05'))).toMatchObject({
      date: d('2028-02-24'),
    });
    expect(computeDeadline('eu-sepa-unauthorised', { transaction: d('2027-01-31') }, d('2027-02-01'))).toMatchObject({
      date: d('2028-02-29'),
    });
  });

  it('section 75 has no fixed short deadline, and covers a single price over £100 up to £30,000', () => {
    expect(computeDeadline('uk-section75', { transaction: d('2027-01-31') }, d('2027-02-01'))).toMatchObject({
      kind: 'none',
    });
    expect(section75Covers({ value: 100, currency: 'GBP' })).toBe(false);
    expect(section75Covers({ value: 100.01, currency: 'GBP' })).toBe(true);
    expect(section75Covers({ value: 30_000, currency: 'GBP' })).toBe(true);
    expect(section75Covers({ value: 30_000.01, currency: 'GBP' })).toBe(false);
    expect(section75Covers({ value: 500, currency: 'EUR' })).toBeUndefined();
  });

  it('says how long is left, or how long ago it passed, with the date', () => {
    expect(daysLeftText(12, d('2027-03-03'), 'en-GB')).toBe('12 days left (by 3 March 2027)');
    expect(daysLeftText(1, d('2027-03-03'), 'en-GB')).toBe('1 day left (by 3 March 2027)');
    expect(daysLeftText(0, d('2027-03-03'), 'en-GB')).toBe('last day today (3 March 2027)');
    expect(daysLeftText(-1, d('2027-03-03'), 'en-GB')).toBe('passed 1 day ago (on 3 March 2027)');
    expect(daysLeftText(-4, d('2027-03-03'), 'en-GB')).toBe('passed 4 days ago (on 3 March 2027)');
  });

  it("picks the likely rule by currency, then by the company's country", () => {
    expect(defaultRule('USD', 'GB')).toBe('us-fcba');
    expect(defaultRule('GBP', 'US')).toBe('uk-chargeback');
    expect(defaultRule(undefined, 'DE')).toBe('eu-chargeback');
    expect(defaultRule(undefined, 'UK')).toBe('uk-chargeback');
    expect(defaultRule(undefined, 'global')).toBe('us-fcba');
  });
});
