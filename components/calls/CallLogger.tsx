import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { runningCalls, startCall } from '../../lib/calls/calls';
import { t } from '../../lib/i18n';
import { shownNumber } from '../../lib/phones/shown';
import { companyName } from '../popup/useCompanies';
import { navigate } from '../popup/router';
import { TextField } from '../ui/Field';
import { useFocusIfUnfocused } from '../ui/useFocusIfUnfocused';
import { notifyCallChanged } from './notify';
import { ChangeCompany } from './ChangeCompany';
import { PastAttemptForm } from './PastAttemptForm';
import { RunningCall } from './RunningCall';
import { RunningCalls } from '../popup/RunningCalls';
import { LogTargetPicker, useLogTarget, type LoggerProps } from './useLogTarget';

/** Log a call as it happens (a timer that survives the popup closing) or one that already happened. */
export function CallLogger(props: LoggerProps) {
  const target = useLogTarget({ caseId: props.caseId, companyId: props.companyId });
  const running = useLiveQuery(() => runningCalls(Date.now()), []);
  const [number, setNumber] = useState('');
  const [busy, setBusy] = useState(false);
  // Reopening the popup brings back the running call of this case or this company. A call with
  // another company is never opened in its place: it is offered (back to it, end it) above the
  // company picker, and a new call may start beside it.
  const call =
    running === undefined
      ? undefined
      : props.caseId
        ? running.find((c) => c.caseId === props.caseId)
        : target.companyId
          ? running.find((c) => c.companyId === target.companyId)
          : undefined;
  // Opened by the shortcut on a known company: the number field has focus, so Enter starts the call.
  useFocusIfUnfocused(
    'start-number',
    running !== undefined && !target.loading && call === undefined && target.companyId !== undefined,
  );

  if (running === undefined || target.loading) return <p className="muted">{t('popup.loading')}</p>;

  const company = target.companyId ? props.companies?.get(target.companyId) : undefined;
  const phones = (company?.phones ?? []).map((p) => shownNumber(p.number));

  if (call) {
    return (
      <>
        <RunningCall
          key={call.id}
          call={call}
          companyName={companyName(props.companies, call.companyId)}
          suggestions={phones}
        />
        <RunningCalls companyName={(id) => companyName(props.companies, id)} except={call.id} />
      </>
    );
  }

  if (!target.companyId) {
    return (
      <>
        <RunningCalls companyName={(id) => companyName(props.companies, id)} lead={t('popup.call.otherRunning')} />
        <LogTargetPicker target={target} companies={props.companies} tabCompany={props.tabCompany} />
      </>
    );
  }

  const name = companyName(props.companies, target.companyId);
  const start = async () => {
    setBusy(true);
    try {
      const { caseId, companyId } = await target.resolveCase();
      await startCall(caseId, companyId, Date.now(), number.trim() || undefined);
      await notifyCallChanged();
      navigate({ name: 'call', caseId });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="call-heading">
      <h2 id="call-heading">{t('popup.call.heading', { company: name })}</h2>
      <RunningCalls companyName={(id) => companyName(props.companies, id)} lead={t('popup.call.otherRunningStart')} />
      {target.caseRecord ? (
        <p className="muted">
          {t('popup.call.forCase', { title: target.caseRecord.title || t('popup.case.untitled', { company: name }) })}
        </p>
      ) : null}
      <ChangeCompany caseId={props.caseId} onClear={target.clear} />
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <TextField
          id="start-number"
          label={t('popup.call.numberToCall')}
          inputMode="tel"
          value={number}
          onChange={setNumber}
          list={phones.length ? 'start-number-list' : undefined}
          maxLength={200}
          autoComplete="off"
        />
        {phones.length ? (
          <datalist id="start-number-list">
            {phones.map((p) => (
              <option key={p} value={p} />
            ))}
          </datalist>
        ) : null}
        <p className="actions">
          <button type="submit" className="primary big" disabled={busy}>
            {t('popup.call.start')}
          </button>
        </p>
      </form>
      <details className="past">
        <summary>{t('popup.call.logPast')}</summary>
        <PastAttemptForm
          channel="phone"
          idPrefix="past"
          suggestions={phones}
          resolveCase={target.resolveCase}
          submitLabel={t('popup.call.savePast')}
        />
      </details>
    </section>
  );
}
