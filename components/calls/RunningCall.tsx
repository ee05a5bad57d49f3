import { useEffect, useRef, useState } from 'react';
import { attemptFromForm, attemptToForm, type FieldErrors } from '../../lib/calls/attempt-form';
import { endedCall, saveAttempt } from '../../lib/calls/calls';
import { formatClock } from '../../lib/format/time';
import { t } from '../../lib/i18n';
import type { Attempt } from '../../lib/model';
import { href, navigate } from '../popup/router';
import { ErrorSummary } from '../ui/ErrorSummary';
import { useNow } from '../ui/useNow';
import { AttemptFields } from './AttemptFields';
import { notifyCallChanged } from './notify';
import { SidePanelButton } from './SidePanelButton';

/** A call in progress: the timer (from the stored start time), the fields, and "End call". */
export function RunningCall(props: { call: Attempt; companyName: string; suggestions: readonly string[] }) {
  const { call } = props;
  const now = useNow(1_000);
  const [values, setValues] = useState(() => attemptToForm(call));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [tries, setTries] = useState(0);
  const saving = useRef(false);
  // Once "End call" is under way no draft may be saved: it would make the call run again.
  const ended = useRef(false);

  // Keep what was typed so far even if the popup closes mid-call: save quietly when it is valid.
  const saveDraft = async () => {
    if (ended.current) return;
    const result = attemptFromForm(values, call, { now: Date.now(), running: true });
    if (result.ok && !ended.current) await saveAttempt(result.attempt);
  };
  // Also a moment after typing stops (closing the popup fires no blur). The stored call is read
  // through a ref: saving changes it, and that must not schedule yet another save.
  const latestCall = useRef(call);
  useEffect(() => {
    latestCall.current = call;
  }, [call]);
  useEffect(() => {
    const timer = setTimeout(() => {
      if (ended.current) return;
      const result = attemptFromForm(values, latestCall.current, { now: Date.now(), running: true });
      if (result.ok) void saveAttempt(result.attempt);
    }, 800);
    return () => clearTimeout(timer);
  }, [values]);

  const end = async () => {
    if (saving.current) return;
    const endAt = Date.now();
    const result = attemptFromForm(values, call, { now: endAt, running: true });
    if (!result.ok) {
      setErrors(result.errors);
      setTries((n) => n + 1);
      return;
    }
    saving.current = true;
    ended.current = true;
    try {
      await saveAttempt(endedCall(result.attempt, endAt));
      await notifyCallChanged();
      navigate({ name: 'case', caseId: call.caseId, attemptId: call.id });
    } finally {
      saving.current = false;
    }
  };

  const seconds = (now - call.at) / 1000;
  return (
    <section className="running" aria-labelledby="running-heading">
      <h2 id="running-heading">{t('popup.call.inProgressWith', { company: props.companyName })}</h2>
      <p className="timer-line">
        <span className="visually-hidden">{t('popup.call.elapsed')}</span>
        <span className="timer big" data-testid="call-timer" role="timer" aria-live="off">
          {formatClock(seconds)}
        </span>
      </p>
      {/* Enter in a field only keeps what was typed: a call ends by its button alone — an agent's
          name typed and Enter pressed mid-call must not end a 45-minute call at one second. */}
      <form
        noValidate
        onBlur={() => void saveDraft()}
        onSubmit={(e) => {
          e.preventDefault();
          void saveDraft();
        }}
      >
        <ErrorSummary errors={errors} idPrefix="call" attempt={tries} />
        <AttemptFields idPrefix="call" values={values} errors={errors} onChange={setValues} running suggestions={props.suggestions} />
        <p className="actions">
          <button type="button" className="primary" onClick={() => void end()}>
            {t('popup.call.end')}
          </button>
          <SidePanelButton hash={href({ name: 'call', caseId: call.caseId })} />
        </p>
      </form>
    </section>
  );
}
