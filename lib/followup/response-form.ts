import { z } from 'zod';
import { fromLocalDateValue, fromLocalInputValue, toLocalDateValue, toLocalInputValue } from '../format/time';
import { t } from '../i18n';
import { LIMITS, Response, ResponseKind, WebUrl } from '../model';

/** What the "company response" form holds: strings, as typed. */
export interface ResponseFormValues {
  kind: ResponseKind;
  at: string;
  by: string;
  url: string;
  note: string;
  promiseText: string;
  promiseDue: string;
}

export type ResponseFormErrors = Partial<Record<keyof ResponseFormValues, string>>;

export function emptyResponseForm(now: number, kind: ResponseKind = 'public_reply'): ResponseFormValues {
  return { kind, at: toLocalInputValue(now), by: '', url: '', note: '', promiseText: '', promiseDue: '' };
}

export function responseToForm(r: Response): ResponseFormValues {
  return {
    kind: r.kind,
    at: toLocalInputValue(r.at),
    by: r.by ?? '',
    url: r.url ?? '',
    note: r.note ?? '',
    promiseText: r.promise?.text ?? '',
    promiseDue: r.promise ? toLocalDateValue(r.promise.dueAt) : '',
  };
}

const localTime = (message: () => string) =>
  z.string().transform((value, ctx) => {
    const at = fromLocalInputValue(value);
    if (at === undefined) {
      ctx.addIssue({ code: 'custom', message: message() });
      return z.NEVER;
    }
    return at;
  });

const FormSchema = z.object({
  kind: ResponseKind,
  at: localTime(() => t('followup.form.error.at')),
  by: z.string().trim().max(LIMITS.shortText, t('followup.form.error.tooLong')),
  url: z.union([z.literal(''), WebUrl]),
  note: z.string().trim().max(LIMITS.text, t('followup.form.error.tooLong')),
  promiseText: z.string().trim().max(LIMITS.shortText, t('followup.form.error.tooLong')),
  promiseDue: z.string(),
});

/** A promise needs its what and its when; checked apart so these errors show with the others. */
function promiseErrors(values: ResponseFormValues): ResponseFormErrors {
  if (values.kind !== 'promise') return {};
  return {
    ...(values.promiseText.trim() ? {} : { promiseText: t('followup.form.error.promiseText') }),
    ...(fromLocalDateValue(values.promiseDue) === undefined ? { promiseDue: t('followup.form.error.promiseDue') } : {}),
  };
}

/**
 * Form values → a valid Response record (zod-checked), or the errors to show beside each field.
 * Editing keeps the record's id, source and creation time.
 */
export function readResponseForm(
  values: ResponseFormValues,
  base: { caseId: string; now: number; existing?: Response },
): { ok: true; record: Response } | { ok: false; errors: ResponseFormErrors } {
  const parsed = FormSchema.safeParse(values);
  const fromPromise = promiseErrors(values);
  if (!parsed.success || Object.keys(fromPromise).length > 0) {
    const errors: ResponseFormErrors = { ...fromPromise };
    for (const issue of parsed.error?.issues ?? []) {
      const key = issue.path[0];
      if (typeof key === 'string' && key in values) {
        const field = key as keyof ResponseFormValues;
        errors[field] ??= key === 'url' ? t('followup.form.error.url') : issue.message;
      }
    }
    return { ok: false, errors };
  }
  const v = parsed.data;
  const due = v.kind === 'promise' ? fromLocalDateValue(v.promiseDue) : undefined;
  const { existing } = base;
  const record = Response.parse({
    id: existing?.id ?? crypto.randomUUID(),
    caseId: base.caseId,
    ...(existing?.escalationId ? { escalationId: existing.escalationId } : {}),
    kind: v.kind,
    at: v.at,
    ...(v.by ? { by: v.by } : {}),
    ...(v.url ? { url: v.url } : {}),
    ...(v.note ? { note: v.note } : {}),
    ...(due !== undefined ? { promise: { text: v.promiseText, dueAt: due } } : {}),
    ...(existing?.promiseKept !== undefined && existing.kind === v.kind ? { promiseKept: existing.promiseKept } : {}),
    source: existing?.source ?? 'manual',
    createdAt: existing?.createdAt ?? base.now,
    updatedAt: base.now,
  });
  return { ok: true, record };
}
