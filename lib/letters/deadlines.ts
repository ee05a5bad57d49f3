import { plural, t, type MessageKey } from '../i18n';
import type { Money } from '../model';
import { EU_EEA } from '../followup/regulators';
import { addDays, addMonths, compareLocalDates, daysFromTo, formatLocalDate, type LocalDate } from './local-date';

/**
 * The dispute deadlines a card holder may rely on, each with its rule in plain words and the law
 * or scheme it comes from. Guidance, not legal advice: a bank applies its own reading.
 */
export const DEADLINE_RULES = [
  'us-fcba',
  'uk-chargeback',
  'uk-section75',
  'eu-chargeback',
  'eu-sepa-refund',
  'eu-sepa-unauthorised',
] as const;
export type DeadlineRuleId = (typeof DEADLINE_RULES)[number];

/** The date a rule counts from, which the person enters. */
export type DeadlineStart = 'statement' | 'transaction' | 'debit';

export interface DeadlineRule {
  id: DeadlineRuleId;
  region: 'US' | 'UK' | 'EU';
  from: DeadlineStart;
  /** Absent: no fixed short deadline (only the general limitation period). */
  period?: { days: number } | { months: number };
  /** The scheme's usual time, which the bank applies as it sees fit; not a right in law. */
  usual: boolean;
  /** Also counts from when the goods or service were due, when that is later. */
  orWhenDue: boolean;
}

export const RULES: Record<DeadlineRuleId, DeadlineRule> = {
  'us-fcba': { id: 'us-fcba', region: 'US', from: 'statement', period: { days: 60 }, usual: false, orWhenDue: false },
  'uk-chargeback': {
    id: 'uk-chargeback',
    region: 'UK',
    from: 'transaction',
    period: { days: 120 },
    usual: true,
    orWhenDue: true,
  },
  'uk-section75': { id: 'uk-section75', region: 'UK', from: 'transaction', usual: false, orWhenDue: false },
  'eu-chargeback': {
    id: 'eu-chargeback',
    region: 'EU',
    from: 'transaction',
    period: { days: 120 },
    usual: true,
    orWhenDue: true,
  },
  // 8 weeks is 56 calendar days.
  'eu-sepa-refund': {
    id: 'eu-sepa-refund',
    region: 'EU',
    from: 'debit',
    period: { days: 56 },
    usual: false,
    orWhenDue: false,
  },
  'eu-sepa-unauthorised': {
    id: 'eu-sepa-unauthorised',
    region: 'EU',
    from: 'debit',
    period: { months: 13 },
    usual: false,
    orWhenDue: false,
  },
};

/** The rule's name, its plain-words statement and its source, for the page and the letter. */
export function ruleText(id: DeadlineRuleId): { name: string; rule: string; source: string } {
  const key = RULE_KEY[id];
  return {
    name: t(`letters.rule.${key}.name`),
    rule: t(`letters.rule.${key}.rule`),
    source: t(`letters.rule.${key}.source`),
  };
}

/** A rule's id as it is spelled in message keys (which allow letters, digits and `_` only). */
export const RULE_KEY = {
  'us-fcba': 'us_fcba',
  'uk-chargeback': 'uk_chargeback',
  'uk-section75': 'uk_section75',
  'eu-chargeback': 'eu_chargeback',
  'eu-sepa-refund': 'eu_sepa_refund',
  'eu-sepa-unauthorised': 'eu_sepa_unauthorised',
} as const satisfies Record<DeadlineRuleId, string>;

/** The dates a person can give; the rule picks the one it counts from. */
export interface DeadlineDates {
  statement?: LocalDate;
  transaction?: LocalDate;
  /** When the goods or the service were due, for rules that count from the later of the two. */
  due?: LocalDate;
}

export type Deadline =
  | { kind: 'dated'; rule: DeadlineRule; start: LocalDate; date: LocalDate; daysLeft: number }
  /** The date the rule counts from was not given yet. */
  | { kind: 'needs-date'; rule: DeadlineRule }
  /** No fixed short deadline (section 75). */
  | { kind: 'none'; rule: DeadlineRule };

function startOf(rule: DeadlineRule, dates: DeadlineDates): LocalDate | undefined {
  if (rule.from === 'statement') return dates.statement;
  const base = dates.transaction;
  if (rule.orWhenDue && base && dates.due && compareLocalDates(dates.due, base) > 0) return dates.due;
  return base;
}

/** The last day to act under a rule, counted in calendar days from the date it starts on. */
export function deadlineDate(rule: DeadlineRule, start: LocalDate): LocalDate | undefined {
  if (!rule.period) return undefined;
  return 'days' in rule.period ? addDays(start, rule.period.days) : addMonths(start, rule.period.months);
}

/** The deadline under a rule from the dates given, and how many days are left from `today`. */
export function computeDeadline(id: DeadlineRuleId, dates: DeadlineDates, today: LocalDate): Deadline {
  const rule = RULES[id];
  if (!rule.period) return { kind: 'none', rule };
  const start = startOf(rule, dates);
  const date = start && deadlineDate(rule, start);
  if (!start || !date) return { kind: 'needs-date', rule };
  return { kind: 'dated', rule, start, date, daysLeft: daysFromTo(today, date) };
}

/** "12 days left (by 3 March 2027)", "last day today (3 March 2027)", "passed 4 days ago (on 27 February 2027)". */
export function daysLeftText(daysLeft: number, date: LocalDate, locale?: string): string {
  const shown = formatLocalDate(date, locale);
  if (daysLeft > 0) return plural(daysLeft, 'letters.deadline.left', { date: shown });
  if (daysLeft === 0) return t('letters.deadline.today', { date: shown });
  return plural(-daysLeft, 'letters.deadline.passed', { date: shown });
}

/** The date a rule counts from, in words ("the statement date"), for a form's hint. */
export function startLabel(start: DeadlineStart): string {
  const keys: Record<DeadlineStart, MessageKey> = {
    statement: 'letters.deadline.from.statement',
    transaction: 'letters.deadline.from.transaction',
    debit: 'letters.deadline.from.debit',
  };
  return t(keys[start]);
}

/** Section 75 covers a single item or service priced over £100 and up to £30,000. */
export const SECTION_75_RANGE = { above: 100, upTo: 30_000 } as const;

/** Whether a price in pounds is inside section 75's range; undefined when it is not in pounds. */
export function section75Covers(price: Money | undefined): boolean | undefined {
  if (!price || price.currency !== 'GBP') return undefined;
  return price.value > SECTION_75_RANGE.above && price.value <= SECTION_75_RANGE.upTo;
}

/** The rule a dispute most likely falls under: by the charge's currency, else by the company's country. */
export function defaultRule(currency: string | undefined, country: string | undefined): DeadlineRuleId {
  if (currency === 'USD') return 'us-fcba';
  if (currency === 'GBP') return 'uk-chargeback';
  if (currency === 'EUR') return 'eu-chargeback';
  const code = (country ?? '').toUpperCase();
  if (code === 'GB' || code === 'UK') return 'uk-chargeback';
  if (EU_EEA.has(code)) return 'eu-chargeback';
  return 'us-fcba';
}
