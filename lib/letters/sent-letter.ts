import { z } from 'zod';
import { fromLocalInputValue } from '../format/time';
import { t } from '../i18n';
import { Attempt, LIMITS, ShortText } from '../model';
import type { Letter } from './letter-parts';
import { compareLocalDates, LocalDateText, localDateText, parseLocalDate, type LocalDate } from './local-date';
import type { LetterKind } from './letter-form';

/** "I sent it": the day it went, and a tracking number when it went by tracked post. */
export interface SentFormValues {
  sentOn: string;
  tracking: string;
}

export type SentFormResult =
  | { ok: true; sentOn: LocalDate; tracking?: string }
  | { ok: false; errors: Partial<Record<keyof SentFormValues, string>> };

const SentForm = z.object({
  sentOn: LocalDateText.or(z.literal('')).refine((v) => v !== '', t('letters.error.sentOn')),
  tracking: z
    .string()
    .trim()
    .max(LIMITS.shortText, t('letters.error.tooLong', { max: LIMITS.shortText })),
});

export function readSentForm(values: SentFormValues, today: LocalDate): SentFormResult {
  const parsed = SentForm.safeParse(values);
  const errors: Partial<Record<keyof SentFormValues, string>> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] === 'tracking' ? 'tracking' : 'sentOn';
      errors[field] ??= field === 'sentOn' && values.sentOn.trim() !== '' ? t('letters.error.date') : issue.message;
    }
    return { ok: false, errors };
  }
  const sentOn = parseLocalDate(parsed.data.sentOn);
  if (!sentOn) return { ok: false, errors: { sentOn: t('letters.error.sentOn') } };
  if (compareLocalDates(sentOn, today) > 0) return { ok: false, errors: { sentOn: t('letters.error.future') } };
  return { ok: true, sentOn, ...(parsed.data.tracking ? { tracking: parsed.data.tracking } : {}) };
}

/** Text cut to `max` characters, at a line break where one is near, saying that it was cut. */
export function fitText(text: string, max: number, note: string): string {
  if (text.length <= max) return text;
  const room = max - note.length - 2;
  const cut = text.slice(0, room);
  const atLine = cut.lastIndexOf('\n');
  return `${atLine > room * 0.8 ? cut.slice(0, atLine) : cut}\n\n${note}`;
}

const short = (text: string): string =>
  text.length <= LIMITS.shortText ? text : `${text.slice(0, LIMITS.shortText - 1)}…`;

export interface SentLetter {
  /** Made once per letter page, so a second click writes the same record again, not a new one. */
  id: string;
  caseId: string;
  companyId: string;
  kind: LetterKind;
  letter: Letter;
  sentOn: LocalDate;
  tracking?: string;
  now: number;
  today: LocalDate;
}

/**
 * The letter as a contact attempt: channel "letter", its subject, the recipient as the contact,
 * the day it was sent (now when that is today, else midday that day: the hour is not known), the
 * tracking number as the reference, and the letter itself as the copy of what was sent — cut to
 * the model's text limit, saying so, when a long history makes it longer.
 */
export function sentLetterAttempt(s: SentLetter): Attempt {
  const sameDay = compareLocalDates(s.sentOn, s.today) === 0;
  const at = sameDay ? s.now : (fromLocalInputValue(`${localDateText(s.sentOn)}T12:00`) ?? s.now);
  const candidate: Attempt = {
    id: s.id,
    caseId: s.caseId,
    companyId: s.companyId,
    channel: 'letter',
    at,
    agents: [],
    contact: short(s.letter.recipient),
    subject: short(s.letter.subject),
    summary:
      s.kind === 'complaint'
        ? t('letters.sent.summary.complaint')
        : t('letters.sent.summary.chargeback', { issuer: s.letter.recipient }),
    messageCopy: fitText(s.letter.text, LIMITS.text, t('letters.sent.cut')),
    outcome: 'pending',
    source: 'manual',
    createdAt: s.now,
    updatedAt: s.now,
    ...(s.tracking ? { reference: ShortText.parse(s.tracking) } : {}),
  };
  return Attempt.parse(candidate);
}
