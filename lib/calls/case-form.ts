import { Case, LIMITS, type CaseStatus } from '../model';
import { t } from '../i18n';

/** The case details form: strings as typed. */
export interface CaseFormValues {
  title: string;
  problem: string;
  ask: string;
  amountValue: string;
  currency: string;
  privateRef: string;
}
export type CaseField = keyof CaseFormValues;
export type CaseErrors = Partial<Record<CaseField, string>>;

export function caseToForm(c: Case): CaseFormValues {
  return {
    title: c.title,
    problem: c.problem,
    ask: c.ask,
    amountValue: c.amount ? String(c.amount.value) : '',
    currency: c.amount?.currency ?? '',
    privateRef: c.privateRef ?? '',
  };
}

const FIELD_OF_PATH: Record<string, CaseField> = {
  title: 'title',
  problem: 'problem',
  ask: 'ask',
  amount: 'amountValue',
  privateRef: 'privateRef',
};

/** Validates the whole form against the Case schema; on any error nothing is saved. */
export function caseFromForm(
  values: CaseFormValues,
  base: Case,
  now: number,
): { ok: true; value: Case } | { ok: false; errors: CaseErrors } {
  const errors: CaseErrors = {};
  const title = values.title.trim();
  if (title === '') errors.title = t('popup.error.titleRequired');
  let amount: Case['amount'];
  const rawAmount = values.amountValue.trim().replace(/\s/g, '');
  const currency = values.currency.trim().toUpperCase();
  if (rawAmount !== '') {
    const value = Number(rawAmount.replace(',', '.'));
    if (!Number.isFinite(value) || value < 0) errors.amountValue = t('popup.error.amountInvalid');
    else if (!/^[A-Z]{3}$/.test(currency)) errors.currency = t('popup.error.currencyInvalid');
    else amount = { value, currency };
  } else if (currency !== '' && !/^[A-Z]{3}$/.test(currency)) {
    errors.currency = t('popup.error.currencyInvalid');
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const { amount: _oldAmount, privateRef: _oldRef, ...rest } = base;
  const candidate: Case = {
    ...rest,
    title,
    needsTitle: false,
    problem: values.problem.trim(),
    ask: values.ask.trim(),
    updatedAt: Math.max(now, base.updatedAt),
  };
  if (amount) candidate.amount = amount;
  if (values.privateRef.trim()) candidate.privateRef = values.privateRef.trim();
  const parsed = Case.safeParse(candidate);
  if (parsed.success) return { ok: true, value: parsed.data };
  for (const issue of parsed.error.issues) {
    const field = FIELD_OF_PATH[String(issue.path[0])] ?? 'title';
    errors[field] ??=
      issue.code === 'too_big'
        ? t('popup.error.tooLong', { max: String(issue.maximum ?? LIMITS.text) })
        : issue.message;
  }
  return { ok: false, errors };
}

/** Resolve, reopen or close a case (pure): the stored lifecycle and its timestamps. */
export function withStatus(c: Case, status: CaseStatus, now: number): Case {
  // Reopening forgets when it was resolved or closed: the case is live again.
  const { resolvedAt, closedAt: _closedAt, ...rest } = c;
  const next: Case = {
    ...rest,
    status,
    updatedAt: Math.max(now, c.updatedAt),
    lastActivityAt: Math.max(c.lastActivityAt, now),
  };
  if (status === 'resolved') next.resolvedAt = now;
  if (status === 'closed') {
    next.closedAt = now;
    if (resolvedAt !== undefined) next.resolvedAt = resolvedAt;
  }
  return next;
}
