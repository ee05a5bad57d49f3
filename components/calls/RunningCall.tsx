import { useEffect, useRef, useState } from 'react';
import { attemptFromForm, attemptToForm, type FieldErrors } from '../../lib/calls/attempt-form';
import { saveRunningCall, setOnHold } from '../../lib/calls/calls';
import { holdSecondsAt, withCallNote } from '../../lib/calls/hold';
import { formatClock } from '../../lib/format/time';
import { t } from '../../lib/i18n';
import type { Attempt } from '../../lib/model';
import { href, navigate } from '../popup/router';
import { ErrorSummary } from '../ui/ErrorSummary';
import { useSaveErrors } from '../ui/useSaveErrors';
import { useNow } from '../ui/useNow';
import { AttemptFields } from './AttemptFields';
import { notifyCallChanged } from './notify';
import { SidePanelButton } from './SidePanelButton';

/**
 * A call in progress: the timer (from the stored start time), the hold stopwatch, notes stamped
 * with the time into the call, the fields, and "End call". Everything typed is saved as it is
 * typed (the popup may close at any moment); the call ends by its button alone.
 */
export function RunningCall(props: { call: Attempt; companyName: string; suggestions: readonly string[] }) {
  const { call } = props;
  const now = useNow(1_000);
  const [values, setValues] = useState(() => attemptToForm(call));
  const [note, setNote] = useState('');
  const { errors, tries, refuse } = useSaveErrors<FieldErrors>();
  const saving = useRef(false);
  const noteField = useRef<HTMLInputElement>(null);

  // The stored call is read through a ref: saving changes it, and that must not schedule yet
  // another save. Each save lays the typed fields over the stored record in one transaction
  // (saveRunningCall), so a hold begun meanwhile is kept and an ended call never runs again.
  const latestCall = useRef(call);
  useEffect(() => {
    latestCall.current = call;
  }, [call]);
  const saveDraft = async (from = values) => {
    const result = attemptFromForm(from, latestCall.current, { now: Date.now(), running: true });
    if (result.ok) await saveRunningCall(result.attempt);
  };
  // Also a moment after typing stops (closing the popup fires no blur).
  useEffect(() => {
    const timer = setTimeout(() => {
      const result = attemptFromForm(values, latestCall.current, { now: Date.now(), running: true });
      if (result.ok) void saveRunningCall(result.attempt);
    }, 800);
    return () => clearTimeout(timer);
  }, [values]);

  const end = async () => {
    if (saving.current) return;
    const endAt = Date.now();
    const result = attemptFromForm(values, latestCall.current, { now: endAt, running: true });
    if (!result.ok) return refuse(result.errors);
    saving.current = true;
    try {
      await saveRunningCall(result.attempt, endAt);
      await notifyCallChanged();
      navigate({ name: 'case', caseId: call.caseId, attemptId: call.id });
    } finally {
      saving.current = false;
    }
  };

  const addNote = () => {
    const next = { ...values, summary: withCallNote(values.summary, note, (Date.now() - call.at) / 1000) };
    setValues(next);
    setNote('');
    void saveDraft(next);
    noteField.current?.focus();
  };

  const seconds = (now - call.at) / 1000;
  const onHold = call.holdSince !== undefined;
  const held = holdSecondsAt(call, now);
  return (
    <section className="running" aria-labelledby="running-heading">
      <div className="call-bar">
        <h2 id="running-heading">{t('popup.call.inProgressWith', { company: props.companyName })}</h2>
        <p className="timer-line">
          <span className="visually-hidden">{t('popup.call.elapsed')}</span>
          <span className="timer big" data-testid="call-timer" role="timer" aria-live="off">
            {formatClock(seconds)}
          </span>
          <button type="button" className="primary" onClick={() => void end()}>
            {t('popup.call.end')}
          </button>
        </p>
        <p className="hold-line">
          {onHold ? (
            <>
              <span className="on-hold">{t('popup.call.onHoldFor')}</span>{' '}
              <span className="timer" data-testid="hold-timer" role="timer" aria-live="off">
                {formatClock((now - (call.holdSince ?? now)) / 1000)}
              </span>{' '}
              <button type="button" onClick={() => void setOnHold(call.id, false, Date.now())}>
                {t('popup.call.pickedUp')}
              </button>
            </>
          ) : (
            <button type="button" onClick={() => void setOnHold(call.id, true, Date.now())}>
              {t('popup.call.putOnHold')}
            </button>
          )}{' '}
          {held > 0 ? (
            <span className="muted" data-testid="hold-total">
              {t('popup.call.holdTotal', { time: formatClock(held) })}
            </span>
          ) : null}
        </p>
      </div>
      <form
        className="call-note"
        onSubmit={(e) => {
          e.preventDefault();
          addNote();
        }}
      >
        <label htmlFor="call-note">{t('popup.call.note')}</label>
        <span className="note-row">
          <input
            id="call-note"
            ref={noteField}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            autoComplete="off"
            maxLength={500}
          />
          <button type="submit">{t('popup.call.addNote')}</button>
        </span>
      </form>
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
        <AttemptFields
          idPrefix="call"
          values={values}
          errors={errors}
          onChange={setValues}
          running
          suggestions={props.suggestions}
        />
        <p className="actions">
          <SidePanelButton hash={href({ name: 'call', caseId: call.caseId })} />
        </p>
      </form>
    </section>
  );
}
