import type { Channel, Outcome } from '../model';

/** Longest line the parser reads: a quick-add line is one sentence, not a transcript. */
export const QUICKADD_MAX_LENGTH = 500;

/** A company the person may mean: from their own list or the directory. */
export interface QuickAddCompany {
  id: string;
  name: string;
  /** Web domains ("tmobile.com"): a line may name the company by its site or an email address. */
  domains?: readonly string[];
}

export interface QuickAddContext {
  /** The instant the line is read: relative dates ("yesterday", "Fri") count from it, in local time. */
  now: number;
  companies: readonly QuickAddCompany[];
  /**
   * BCP 47 locale ("en-US", "fr-FR"). Only decides the order of a numeric date such as "12/11";
   * without one that order is asked, never assumed.
   */
  locale?: string;
}

export interface CompanyRef {
  id: string;
  name: string;
}

export interface QuickAddPromise {
  text: string;
  dueAt: number;
  /** Due before the line was read: kept (a broken promise is a fact) and shown as past. */
  isPast: boolean;
}

/** The fields a line can fill; each is present only when the line said it clearly. */
export interface QuickAddFields {
  channel?: Channel;
  /** A known company. */
  company?: CompanyRef;
  /** A company named in the line that is not in the list (set only when `company` is not). */
  companyText?: string;
  agents: string[];
  /** Ticket, case, claim or order code, exactly as typed. */
  reference?: string;
  /** The number dialled or the address written to. */
  contact?: string;
  durationMinutes?: number;
  holdMinutes?: number;
  /** When the contact happened; absent means "just now". */
  at?: number;
  promise?: QuickAddPromise;
  outcome?: Outcome;
  /** The words nothing else took, tidied. */
  summary?: string;
}

export type QuickAddField =
  'channel' | 'company' | 'agents' | 'reference' | 'durationMinutes' | 'holdMinutes' | 'at' | 'promise' | 'outcome';

/** Why the parser asks instead of deciding. Each has a question in locales/en.yml (quickadd.ask). */
export type AmbiguityReason =
  /** "12/11": day/month order unknown. */
  | 'date_order'
  /** "Fri" said on a Friday: today, or a week away? */
  | 'weekday_today'
  /** "next Friday" on a Wednesday: in two days, or in nine? (and "last …" backwards). */
  | 'weekday_which_week'
  /** "at 3": in the morning or the afternoon? */
  | 'time_half_day'
  /** Two dates for the same thing. */
  | 'two_dates'
  /** A name alone: the person answering, or the company? */
  | 'agent_or_company'
  /** Two reference-like codes. */
  | 'two_references'
  /** "45" with no unit. */
  | 'number_without_unit'
  /** Two call lengths. */
  | 'two_durations'
  /** A company name matched only in part ("T-Mob", "Vodafon"). */
  | 'company_partial'
  /** A name that fits several known companies. */
  | 'company_several'
  /** Two different known companies in one line. */
  | 'two_companies'
  /** A contact method said vaguely ("wrote") or two of them. */
  | 'channel_unclear'
  /** Nothing said how the contact was made. */
  | 'channel_missing'
  /** Two different outcomes. */
  | 'two_outcomes';

/** What choosing an option does to the fields. */
export type QuickAddEffect =
  | { kind: 'at'; at: number }
  | { kind: 'promise'; promise: QuickAddPromise }
  | { kind: 'company'; company: CompanyRef }
  | { kind: 'companyText'; text: string }
  | { kind: 'agent'; name: string }
  | { kind: 'reference'; reference: string }
  | { kind: 'duration'; minutes: number }
  | { kind: 'hold'; minutes: number }
  | { kind: 'channel'; channel: Channel }
  | { kind: 'outcome'; outcome: Outcome }
  /** Keep the words in the notes. */
  | { kind: 'summary'; text: string };

export interface AmbiguityOption {
  /** Unique within its ambiguity: what an answer names. */
  value: string;
  /** Applied in order when chosen (e.g. one code as the reference, the other kept in the notes). */
  effects: QuickAddEffect[];
}

export interface Ambiguity {
  /** Unique within one result ("q0", "q1"…): answers are keyed by it. */
  id: string;
  field: QuickAddField;
  reason: AmbiguityReason;
  /** The words as typed that raised the question. */
  text: string;
  options: AmbiguityOption[];
}

export interface QuickAddUnderstood extends QuickAddFields {
  ok: true;
  /** Questions that must be answered before anything is saved. */
  ambiguities: Ambiguity[];
  /** Words (as typed) that nothing understood: they are in `summary`. */
  unknownWords: string[];
}

export interface QuickAddRefused {
  ok: false;
  error: 'empty' | 'too_long';
  max: number;
}

export type QuickAddResult = QuickAddUnderstood | QuickAddRefused;

/** Ambiguity id → the value of the chosen option. */
export type QuickAddAnswers = Readonly<Record<string, string>>;
