import type { CaseFacts, CaseRecords } from '../compose/facts';
import { buildCaseReport, type CaseReport } from '../exchange/report';
export { listText } from '../compose/list-words';
import type { FormatOptions } from '../format/time';
import { t } from '../i18n';
import type { Money } from '../model';
import { formatLocalDate, localDateOf, type LocalDate } from './local-date';

/** The person's name and postal address (Options → Your name and address on reports); both optional. */
export interface Sender {
  name: string;
  address: string;
}

/** What every letter is written from: the case's records, the moment, and how to write dates. */
export interface LetterContext {
  records: CaseRecords;
  sender: Sender;
  now: number;
  /** Locale and time zone of dates; the person's own when absent (tests pin both). */
  fmt?: FormatOptions;
}

export interface Letter {
  /** Who it goes to: the company, or the card issuer. */
  recipient: string;
  subject: string;
  /** The whole letter as plain text, ready to print, copy or keep as sent. */
  text: string;
}

export function reportOf(ctx: LetterContext): CaseReport {
  const { caseRecord, company, attempts, escalations, responses } = ctx.records;
  return buildCaseReport(
    { case: caseRecord, ...(company ? { company } : {}), attempts, escalations, responses },
    ctx.now,
  );
}

export function todayOf(ctx: LetterContext): LocalDate {
  return localDateOf(ctx.now, ctx.fmt?.timeZone);
}

export function formatMoney(money: Money, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }).format(money.value);
}

const lines = (text: string): string[] =>
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** The top of a letter: the sender's block (when given), the date, then the recipient's block. */
export function letterHead(
  sender: Sender,
  date: LocalDate,
  recipient: string,
  recipientAddress: string,
  locale?: string,
): string {
  const from = [sender.name.trim(), ...lines(sender.address)].filter(Boolean);
  const to = [recipient.trim(), ...lines(recipientAddress)].filter(Boolean);
  return [from.join('\n'), formatLocalDate(date, locale), to.join('\n')].filter(Boolean).join('\n\n');
}

/** The close: a formal sign-off and the sender's name (or room to sign). */
export function signOff(sender: Sender): string {
  return [t('letters.signOff'), '', sender.name.trim() || t('letters.signHere')].join('\n');
}

/**
 * Every reference number the company gave, in the order they were given. Unlike a public draft,
 * a letter goes to the company (or the bank) alone, so none is held back from it. A letter's
 * own reference is its post's tracking number, not the company's: it stays in the history only.
 */
export function referencesOf(facts: Pick<CaseFacts, 'attempts'>): string[] {
  return [
    ...new Set(
      facts.attempts
        .filter((a) => a.channel !== 'letter')
        .map((a) => a.reference?.trim() ?? '')
        .filter(Boolean),
    ),
  ];
}

/** A sentence as the person typed it, with a full stop added when it lacks one. */
export function asSentence(text: string): string {
  const s = text.trim();
  return !s || /[.!?]["'’”)]*$/u.test(s) ? s : `${s}.`;
}

/** The ask without its closing punctuation, to sit inside a sentence. */
export function inSentence(text: string): string {
  return text.trim().replace(/[.!?\s]+$/u, '');
}
