import { emptyAttemptForm, type AttemptFormValues } from '../calls/attempt-form';
import { toLocalDateValue, toLocalInputValue } from '../format/time';
import type { ResolvedQuickAdd } from './resolve';
import { MINUTE } from '../time-units';

export interface AttemptDraft {
  /** The known company, when the line named one. */
  companyId?: string;
  /** A company the line named that is not in the list: the parent creates it, or asks. */
  companyName?: string;
  /** The hand-logging form's values: `attemptFromForm` validates and builds the Attempt from them. */
  values: AttemptFormValues;
}

/**
 * A confirmed quick-add as the values of the hand-logging form (lib/calls/attempt-form.ts), so a
 * quick add is checked by exactly the rules a typed-in attempt is (dates, hold time, promise).
 *
 * Times: a contact with a length and no time said ended now, as a call logged by hand does; a time
 * said is its start. With only a hold time, the call lasted at least that long. A contact said to
 * start so recently that its length would end it in the future (a line typed right after the
 * call, "today, 45 min") is taken to have ended now. A promise keeps its day only (the form holds a
 * date, read as the end of that day): "callback tomorrow at 3pm" is due by the end of tomorrow.
 * A hold longer than the call is left for attemptFromForm to refuse, as it would a typed one.
 */
export function toAttemptDraft(resolved: ResolvedQuickAdd, now: number): AttemptDraft {
  const base = emptyAttemptForm(resolved.channel, now);
  const minutes = resolved.durationMinutes ?? resolved.holdMinutes;
  let start = resolved.at ?? (minutes === undefined ? now : now - minutes * MINUTE);
  let end = minutes === undefined ? undefined : start + minutes * MINUTE;
  if (end !== undefined && end > now && start <= now) {
    end = now;
    start = now - (minutes ?? 0) * MINUTE;
  }
  const outcome = resolved.outcome ?? (resolved.promise ? 'promised' : base.outcome);
  const values: AttemptFormValues = {
    ...base,
    start: toLocalInputValue(start),
    end: end === undefined || resolved.channel === 'email' ? '' : toLocalInputValue(end),
    contact: resolved.contact ?? '',
    agents: [...resolved.agents],
    reference: resolved.reference ?? '',
    holdMinutes: resolved.holdMinutes === undefined ? '' : String(resolved.holdMinutes),
    outcome,
    promiseText: resolved.promise?.text ?? '',
    promiseDue: resolved.promise ? toLocalDateValue(resolved.promise.dueAt) : '',
    summary: resolved.summary ?? '',
    awaitingReply: resolved.channel === 'email' && outcome === 'pending',
  };
  const draft: AttemptDraft = { values };
  if (resolved.company) draft.companyId = resolved.company.id;
  else if (resolved.companyText) draft.companyName = resolved.companyText;
  return draft;
}
