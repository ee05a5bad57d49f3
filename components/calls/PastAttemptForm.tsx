import { useState } from 'react';
import { attemptFromForm, emptyAttemptForm, type FieldErrors } from '../../lib/calls/attempt-form';
import { newAttempt, saveAttempt } from '../../lib/calls/calls';
import { toLocalInputValue } from '../../lib/format/time';
import type { Channel } from '../../lib/model';
import { navigate } from '../popup/router';
import { ErrorSummary } from '../ui/ErrorSummary';
import { useSaveErrors } from '../ui/useSaveErrors';
import { AttemptFields } from './AttemptFields';

/**
 * Logs an attempt that already happened (a past call with its start and end, or a sent email).
 * The case is resolved only on save, so looking at the form never creates a case; once saved,
 * the case opens at the new attempt.
 */
export function PastAttemptForm(props: {
  channel: Channel;
  idPrefix: string;
  suggestions: readonly string[];
  resolveCase: () => Promise<{ caseId: string; companyId: string }>;
  submitLabel: string;
}) {
  const [values, setValues] = useState(() => {
    const now = Date.now();
    const empty = emptyAttemptForm(props.channel, now);
    // A past call: by default it just ended, a quarter of an hour long.
    return props.channel === 'phone'
      ? { ...empty, start: toLocalInputValue(now - 15 * 60_000), end: toLocalInputValue(now) }
      : empty;
  });
  const { errors, tries, refuse } = useSaveErrors<FieldErrors>();
  const [busy, setBusy] = useState(false);

  const save = async () => {
    const now = Date.now();
    // Validate against a stand-in first: nothing (not even a case) is created for a bad form.
    const draft = newAttempt('00000000-0000-4000-8000-000000000000', 'draft', props.channel, now);
    const check = attemptFromForm(values, draft, { now });
    if (!check.ok) return refuse(check.errors);
    setBusy(true);
    try {
      const target = await props.resolveCase();
      const saved = await saveAttempt({ ...check.attempt, caseId: target.caseId, companyId: target.companyId });
      navigate({ name: 'case', caseId: saved.caseId, attemptId: saved.id });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <ErrorSummary errors={errors} idPrefix={props.idPrefix} attempt={tries} />
      <AttemptFields
        idPrefix={props.idPrefix}
        values={values}
        errors={errors}
        onChange={setValues}
        suggestions={props.suggestions}
      />
      <p className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {props.submitLabel}
        </button>
      </p>
    </form>
  );
}
