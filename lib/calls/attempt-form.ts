import { Attempt, LIMITS, type Channel, type Outcome } from '../model';
import { fromLocalDateValue, fromLocalInputValue, toLocalDateValue, toLocalInputValue } from '../format/time';
import { t } from '../i18n';
import { shownNumber, typedNumber } from '../phones/shown';

/** What the attempt form holds: strings as typed, so a half-typed value is never lost. */
export interface AttemptFormValues {
  channel: Channel;
  start: string;
  end: string;
  contact: string;
  subject: string;
  agents: string[];
  reference: string;
  holdMinutes: string;
  outcome: Outcome;
  promiseText: string;
  promiseDue: string;
  summary: string;
  awaitingReply: boolean;
  repliedAt: string;
}

export type AttemptField = Exclude<keyof AttemptFormValues, 'channel' | 'outcome' | 'awaitingReply'>;
export type FieldErrors = Partial<Record<AttemptField, string>>;

export type FormResult = { ok: true; attempt: Attempt } | { ok: false; errors: FieldErrors };

export function emptyAttemptForm(channel: Channel, now: number): AttemptFormValues {
  return {
    channel,
    start: toLocalInputValue(now),
    end: '',
    contact: '',
    subject: '',
    agents: [],
    reference: '',
    holdMinutes: '',
    outcome: channel === 'email' ? 'pending' : 'unresolved',
    promiseText: '',
    promiseDue: '',
    summary: '',
    awaitingReply: channel === 'email',
    repliedAt: '',
  };
}

export function attemptToForm(a: Attempt): AttemptFormValues {
  return {
    channel: a.channel,
    start: toLocalInputValue(a.at),
    end: a.endedAt === undefined ? '' : toLocalInputValue(a.endedAt),
    contact: a.contact !== undefined && a.channel === 'phone' ? shownNumber(a.contact) : (a.contact ?? ''),
    subject: a.subject ?? '',
    agents: [...a.agents],
    reference: a.reference ?? '',
    holdMinutes: a.holdSeconds === undefined ? '' : String(Math.round(a.holdSeconds / 60)),
    outcome: a.outcome,
    promiseText: a.promise?.text ?? '',
    promiseDue: a.promise ? toLocalDateValue(a.promise.dueAt) : '',
    summary: a.summary ?? '',
    awaitingReply: a.awaitingReply ?? false,
    repliedAt: a.repliedAt === undefined ? '' : toLocalInputValue(a.repliedAt),
  };
}

/** Whether the promise in the form is due before `now`: saved, and shown as a broken promise. */
export function promiseIsPast(values: Pick<AttemptFormValues, 'promiseText' | 'promiseDue'>, now: number): boolean {
  const due = values.promiseText.trim() === '' ? undefined : fromLocalDateValue(values.promiseDue);
  return due !== undefined && due < now;
}

const FIELD_OF_PATH: Record<string, AttemptField> = {
  at: 'start',
  endedAt: 'end',
  contact: 'contact',
  subject: 'subject',
  agents: 'agents',
  reference: 'reference',
  holdSeconds: 'holdMinutes',
  promise: 'promiseText',
  summary: 'summary',
  repliedAt: 'repliedAt',
};

const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

export interface FormContext {
  now: number;
  /** A call whose timer is running: no end yet, start comes from the stored record. */
  running?: boolean;
}

/**
 * Turns the form into an Attempt, or says what is wrong with each field. The final check is the
 * Attempt schema itself, so the form can never save what the database would refuse.
 */
export function attemptFromForm(values: AttemptFormValues, base: Attempt, ctx: FormContext): FormResult {
  const errors: FieldErrors = {};
  const start = ctx.running ? base.at : fromLocalInputValue(values.start);
  if (start === undefined) errors.start = t('popup.error.dateRequired');
  let end: number | undefined;
  if (!ctx.running && values.end.trim() !== '') {
    end = fromLocalInputValue(values.end);
    if (end === undefined) errors.end = t('popup.error.dateInvalid');
    else if (start !== undefined && end < start) errors.end = t('popup.error.endBeforeStart');
  }
  if (start !== undefined && start > ctx.now + 60_000 && !ctx.running) errors.start = t('popup.error.startInFuture');

  // A running call's hold time is its stopwatch's (lib/calls/hold.ts), not a typed figure.
  let holdSeconds: number | undefined = ctx.running ? base.holdSeconds : undefined;
  if (!ctx.running && values.holdMinutes.trim() !== '') {
    const minutes = Number(values.holdMinutes.trim().replace(',', '.'));
    if (!Number.isFinite(minutes) || minutes < 0) errors.holdMinutes = t('popup.error.holdInvalid');
    else if (minutes > 1_440) errors.holdMinutes = t('popup.error.holdTooLong');
    else holdSeconds = Math.round(minutes * 60);
    const length =
      end !== undefined && start !== undefined
        ? (end - start) / 1000
        : ctx.running
          ? (ctx.now - base.at) / 1000
          : undefined;
    if (holdSeconds !== undefined && length !== undefined && holdSeconds > length + 60)
      errors.holdMinutes = t('popup.error.holdLongerThanCall');
  }

  const promiseText = optional(values.promiseText);
  // The same day as the stored promise keeps its exact instant (the form shows only the date).
  const unchanged = base.promise !== undefined && values.promiseDue.trim() === toLocalDateValue(base.promise.dueAt);
  const promiseDue =
    values.promiseDue.trim() === ''
      ? undefined
      : unchanged && base.promise
        ? base.promise.dueAt
        : fromLocalDateValue(values.promiseDue);
  if (values.promiseDue.trim() !== '' && promiseDue === undefined) errors.promiseDue = t('popup.error.dateInvalid');
  if (promiseText && values.promiseDue.trim() === '') errors.promiseDue = t('popup.error.promiseNeedsDate');
  if (!promiseText && promiseDue !== undefined) errors.promiseText = t('popup.error.promiseNeedsText');
  // A promise made on a call logged afterwards may be past due already: that is a broken promise,
  // the strongest fact a person has, and it is saved (the form warns, see promiseIsPast). Only a
  // due date before the day of the contact itself cannot be.
  if (promiseDue !== undefined && start !== undefined && promiseDue < start && !unchanged)
    errors.promiseDue = t('popup.error.dueBeforeContact');

  let repliedAt: number | undefined;
  if (values.channel === 'email' && values.repliedAt.trim() !== '') {
    repliedAt = fromLocalInputValue(values.repliedAt);
    if (repliedAt === undefined) errors.repliedAt = t('popup.error.dateInvalid');
    else if (start !== undefined && repliedAt < start) errors.repliedAt = t('popup.error.replyBeforeSent');
  }

  const agents = values.agents.map((a) => a.trim()).filter((a) => a !== '');
  if (agents.length > LIMITS.listItems) errors.agents = t('popup.error.tooMany', { max: LIMITS.listItems });

  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const candidate: Attempt = {
    id: base.id,
    caseId: base.caseId,
    companyId: base.companyId,
    channel: values.channel,
    at: start ?? base.at,
    agents,
    outcome: promiseText && values.outcome === 'unresolved' ? 'promised' : values.outcome,
    source: base.source,
    createdAt: base.createdAt,
    updatedAt: Math.max(ctx.now, base.updatedAt),
  };
  if (ctx.running) candidate.inProgress = true;
  else if (end !== undefined) candidate.endedAt = end;
  const set = <K extends keyof Attempt>(key: K, value: Attempt[K] | undefined) => {
    if (value !== undefined) candidate[key] = value;
  };
  const contact = optional(values.contact);
  set('contact', contact !== undefined && values.channel === 'phone' ? typedNumber(contact) : contact);
  set('subject', optional(values.subject));
  set('reference', optional(values.reference));
  set('summary', optional(values.summary));
  set('holdSeconds', holdSeconds);
  if (ctx.running) set('holdSince', base.holdSince);
  set('messageCopy', base.messageCopy);
  set('pageUrl', base.pageUrl);
  if (promiseText && promiseDue !== undefined) candidate.promise = { text: promiseText, dueAt: promiseDue };
  if (values.channel === 'email') {
    candidate.awaitingReply = repliedAt === undefined && values.awaitingReply;
    set('repliedAt', repliedAt);
  }

  const parsed = Attempt.safeParse(candidate);
  if (parsed.success) return { ok: true, attempt: parsed.data };
  for (const issue of parsed.error.issues) {
    const field = FIELD_OF_PATH[String(issue.path[0])] ?? 'summary';
    errors[field] ??=
      issue.code === 'too_big' ? t('popup.error.tooLong', { max: String(issue.maximum) }) : issue.message;
  }
  return { ok: false, errors };
}
