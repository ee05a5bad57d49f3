import { z } from 'zod';
import { t } from '../i18n';
import { LIMITS } from '../model';
import { REPORT_ADDRESS_MAX, REPORT_NAME_MAX } from '../settings/schema';
import type { ChargebackDetails } from './chargeback-letter';
import type { ComplaintDetails } from './complaint-letter';
import { DEADLINE_RULES, type DeadlineRuleId } from './deadlines';
import type { Sender } from './letter-parts';
import { compareLocalDates, parseLocalDate, type LocalDate } from './local-date';

export const LETTER_KINDS = ['complaint', 'chargeback'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/** The letter form as typed: strings, so nothing half-typed is lost. */
export interface LetterFormValues {
  kind: LetterKind;
  senderName: string;
  senderAddress: string;
  /** The company's address (complaint) or the card issuer's (chargeback). */
  recipientAddress: string;
  orderRef: string;
  issuer: string;
  cardLast4: string;
  merchant: string;
  amount: string;
  currency: string;
  chargeDate: string;
  statementDate: string;
  dueDate: string;
  reason: string;
  rule: DeadlineRuleId;
}

export type LetterField = Exclude<keyof LetterFormValues, 'kind' | 'rule'>;
export type LetterErrors = Partial<Record<LetterField, string>>;

export type LetterInput =
  | { kind: 'complaint'; sender: Sender; details: ComplaintDetails }
  | { kind: 'chargeback'; sender: Sender; details: ChargebackDetails };

export type LetterFormResult = { ok: true; input: LetterInput } | { ok: false; errors: LetterErrors };

const tooLong = (max: number) => t('letters.error.tooLong', { max });
const text = (max: number) => z.string().trim().max(max, tooLong(max));

/** "1240", "1,240.50", "1240,50" → 1240.5; undefined when it is not an amount of money. */
export function parseAmount(value: string): number | undefined {
  const s = value.replace(/\s/g, '');
  let normal: string;
  if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(s)) normal = s.replace(/,/g, '');
  else if (/^\d{1,3}(\.\d{3})+(,\d{1,2})?$/.test(s)) normal = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d+([.,]\d{1,2})?$/.test(s)) normal = s.replace(',', '.');
  else return undefined;
  const n = Number(normal);
  return Number.isFinite(n) ? n : undefined;
}

/** A date from <input type="date">: empty allowed here (the caller says when one is needed). */
const dateText = (message: string) =>
  z
    .string()
    .trim()
    .refine((v) => v === '' || parseLocalDate(v) !== undefined, message)
    .transform((v) => (v === '' ? undefined : parseLocalDate(v)));

const Common = z.object({
  senderName: text(REPORT_NAME_MAX),
  senderAddress: text(REPORT_ADDRESS_MAX),
  recipientAddress: text(REPORT_ADDRESS_MAX),
  orderRef: text(LIMITS.shortText),
});

const Chargeback = Common.extend({
  issuer: text(LIMITS.shortText).min(1, t('letters.error.issuer')),
  cardLast4: z
    .string()
    .trim()
    .regex(/^(\d{4})?$/, t('letters.error.last4')),
  merchant: text(LIMITS.shortText).min(1, t('letters.error.merchant')),
  amount: z
    .string()
    .trim()
    .min(1, t('letters.error.amountRequired'))
    .transform((v, ctx) => {
      const n = parseAmount(v);
      if (n === undefined || n <= 0 || n > 1e12) {
        ctx.addIssue({ code: 'custom', message: t('letters.error.amount') });
        return z.NEVER;
      }
      return n;
    }),
  currency: z
    .string()
    .trim()
    .transform((v) => v.toUpperCase())
    .pipe(z.string().regex(/^[A-Z]{3}$/, t('letters.error.currency'))),
  chargeDate: dateText(t('letters.error.date')),
  statementDate: dateText(t('letters.error.date')),
  dueDate: dateText(t('letters.error.date')),
  reason: text(LIMITS.text).min(1, t('letters.error.reason')),
  rule: z.enum(DEADLINE_RULES),
});

function firstErrors(issues: readonly z.core.$ZodIssue[]): LetterErrors {
  const errors: LetterErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0]) as LetterField;
    errors[field] ??= issue.message;
  }
  return errors;
}

/** The dates' own rules: none after today, a charge to date from, a statement for the US notice. */
function dateErrors(
  d: { chargeDate?: LocalDate; statementDate?: LocalDate; rule: DeadlineRuleId },
  today: LocalDate,
): LetterErrors {
  const errors: LetterErrors = {};
  if (!d.chargeDate) errors.chargeDate = t('letters.error.chargeDate');
  else if (compareLocalDates(d.chargeDate, today) > 0) errors.chargeDate = t('letters.error.future');
  if (d.statementDate && compareLocalDates(d.statementDate, today) > 0)
    errors.statementDate = t('letters.error.future');
  else if (d.statementDate && d.chargeDate && compareLocalDates(d.statementDate, d.chargeDate) < 0)
    errors.statementDate = t('letters.error.statementBeforeCharge');
  else if (!d.statementDate && d.rule === 'us-fcba') errors.statementDate = t('letters.error.statementRequired');
  return errors;
}

/**
 * The form checked with zod at the boundary: what the letter needs, or a specific message for
 * each field that is wrong. A complaint needs nothing more than the case; a card dispute needs
 * the issuer, the charge and its date, the reason, and the date its deadline counts from.
 */
export function readLetterForm(values: LetterFormValues, today: LocalDate): LetterFormResult {
  if (values.kind === 'complaint') {
    const parsed = Common.safeParse(values);
    if (!parsed.success) return { ok: false, errors: firstErrors(parsed.error.issues) };
    const v = parsed.data;
    return {
      ok: true,
      input: {
        kind: 'complaint',
        sender: { name: v.senderName, address: v.senderAddress },
        details: { recipientAddress: v.recipientAddress, orderRef: v.orderRef },
      },
    };
  }
  const parsed = Chargeback.safeParse(values);
  const errors = parsed.success ? {} : firstErrors(parsed.error.issues);
  // Date rules need readable dates; each field's own error (above) comes first.
  const dates = {
    chargeDate: parseLocalDate(values.chargeDate),
    statementDate: parseLocalDate(values.statementDate),
    rule: values.rule,
  };
  for (const [field, message] of Object.entries(dateErrors(dates, today)) as [LetterField, string][])
    errors[field] ??= message;
  if (!parsed.success || Object.keys(errors).length > 0 || !parsed.data.chargeDate) return { ok: false, errors };
  const v = parsed.data;
  const chargeDate = parsed.data.chargeDate;
  return {
    ok: true,
    input: {
      kind: 'chargeback',
      sender: { name: v.senderName, address: v.senderAddress },
      details: {
        issuer: v.issuer,
        issuerAddress: v.recipientAddress,
        cardLast4: v.cardLast4,
        merchant: v.merchant,
        charge: { value: v.amount, currency: v.currency },
        chargeDate,
        ...(v.statementDate ? { statementDate: v.statementDate } : {}),
        ...(v.dueDate ? { dueDate: v.dueDate } : {}),
        reason: v.reason,
        orderRef: v.orderRef,
        rule: v.rule,
      },
    },
  };
}
