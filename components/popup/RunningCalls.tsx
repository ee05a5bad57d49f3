import { useLiveQuery } from 'dexie-react-hooks';
import { endedCall, saveAttempt } from '../../lib/calls/calls';
import { runningCalls } from '../../lib/timeline/read';
import { formatClock } from '../../lib/format/time';
import { t } from '../../lib/i18n';
import type { Attempt } from '../../lib/model';
import { notifyCallChanged } from '../calls/notify';
import { useNow } from '../ui/useNow';
import { href } from './router';

/** Ends a running call as it is stored (what was typed during it was saved as it was typed). */
async function endCall(call: Attempt): Promise<void> {
  await saveAttempt(endedCall(call, Date.now()));
  await notifyCallChanged();
}

/**
 * Calls whose timer is running, wherever the user is in the app, each named by its company: one
 * click back to it, or to end it. With `lead`, a sentence says why they are shown (starting a
 * call while another runs). `except`: the call already on screen.
 */
export function RunningCalls(props: { companyName: (id: string) => string; lead?: string; except?: string }) {
  const now = useNow(1_000);
  const all = useLiveQuery(() => runningCalls(Date.now()), []);
  const calls = all?.filter((call) => call.id !== props.except);
  if (!calls || calls.length === 0) return null;
  return (
    <section className="running-calls" aria-label={t('popup.call.runningHeading')}>
      {props.lead ? <p>{props.lead}</p> : null}
      {calls.map((call) => {
        const company = props.companyName(call.companyId);
        return (
          <p key={call.id} className="card running-call">
            <span aria-hidden="true">●</span> {t('popup.call.runningWith', { company })}{' '}
            <span className="timer">{formatClock((now - call.at) / 1000)}</span>{' '}
            <a href={href({ name: 'call', caseId: call.caseId })}>{t('popup.call.backToCall')}</a>{' '}
            <button
              type="button"
              className="link-button"
              aria-label={t('popup.call.endWith', { company })}
              onClick={() => void endCall(call)}
            >
              {t('popup.call.end')}
            </button>
          </p>
        );
      })}
    </section>
  );
}
