import { useLiveQuery } from 'dexie-react-hooks';
import { runningCalls } from '../../lib/timeline/read';
import { formatClock } from '../../lib/format/time';
import { t } from '../../lib/i18n';
import { useNow } from '../ui/useNow';
import { href } from './router';

/** Calls whose timer is running, wherever the user is in the app: one click back to them. */
export function RunningCalls(props: { companyName: (id: string) => string }) {
  const now = useNow(1_000);
  const calls = useLiveQuery(() => runningCalls(Date.now()), []);
  if (!calls || calls.length === 0) return null;
  return (
    <section className="running-calls" aria-label={t('popup.call.runningHeading')}>
      {calls.map((call) => (
        <p key={call.id} className="card running-call">
          <span aria-hidden="true">●</span>{' '}
          {t('popup.call.runningWith', { company: props.companyName(call.companyId) })}{' '}
          <span className="timer">{formatClock((now - call.at) / 1000)}</span>{' '}
          <a href={href({ name: 'call', caseId: call.caseId })}>{t('popup.call.backToCall')}</a>
        </p>
      ))}
    </section>
  );
}
