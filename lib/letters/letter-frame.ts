import { gatherFacts, type CaseFacts } from '../compose/facts';
import type { CaseReport } from '../exchange/report';
import type { FormatOptions } from '../format/time';
import { t } from '../i18n';
import type { Case } from '../model';
import { letterHead, reportOf, signOff, todayOf, type LetterContext } from './letter-parts';
import type { LocalDate } from './local-date';

/** What every letter is written from: the case, the facts the drafts cite, the report, and today. */
export interface LetterBasis {
  fmt: FormatOptions;
  locale: string | undefined;
  caseRecord: Case;
  facts: CaseFacts;
  report: CaseReport;
  today: LocalDate;
}

export function letterBasis(ctx: LetterContext): LetterBasis {
  const fmt = ctx.fmt ?? {};
  return {
    fmt,
    locale: fmt.locale,
    caseRecord: ctx.records.caseRecord,
    facts: gatherFacts(ctx.records, ctx.now),
    report: reportOf(ctx),
    today: todayOf(ctx),
  };
}

/** Who a letter goes to, what it is about, and what it says between the greeting and the close. */
export interface LetterContent {
  recipient: string;
  recipientAddress: string;
  subject: string;
  /** The paragraphs; empty ones are left out. */
  paragraphs: readonly string[];
}

/** The whole letter as plain text: the head, the subject line, the greeting, the paragraphs, the sign-off. */
export function letterText(ctx: LetterContext, content: LetterContent): string {
  return [
    letterHead(ctx.sender, todayOf(ctx), content.recipient, content.recipientAddress, ctx.fmt?.locale),
    t('letters.subjectLine', { subject: content.subject }),
    t('letters.greeting'),
    ...content.paragraphs,
    signOff(ctx.sender),
  ]
    .filter(Boolean)
    .join('\n\n');
}
