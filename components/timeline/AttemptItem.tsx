import { callSeconds } from '../../lib/timeline/totals';
import { formatDate, formatDuration } from '../../lib/format/time';
import { t } from '../../lib/i18n';
import type { Attempt } from '../../lib/model';
import { shownNumber } from '../../lib/phones/shown';
import { outcomeLabel } from '../calls/AttemptFields';
import { Time } from '../ui/Time';
import { channelLabel } from './labels';

/** One contact attempt on the timeline, with what the user needs to cite it later. */
export function AttemptItem(props: { attempt: Attempt; now: number }) {
  const a = props.attempt;
  const details: { label: string; value: string; testId?: string }[] = [];
  if (a.channel === 'phone' && (a.endedAt !== undefined || a.inProgress)) {
    details.push({
      label: t('popup.timeline.duration'),
      value: a.inProgress
        ? t('popup.timeline.inProgress', { time: formatDuration(callSeconds(a, props.now)) })
        : formatDuration(callSeconds(a, props.now)),
      testId: 'duration',
    });
  }
  if (a.holdSeconds !== undefined)
    details.push({ label: t('popup.timeline.hold'), value: formatDuration(a.holdSeconds) });
  if (a.contact)
    details.push({
      label: a.channel === 'email' ? t('popup.field.emailTo') : t('popup.timeline.contact'),
      value: a.channel === 'phone' ? shownNumber(a.contact) : a.contact,
    });
  if (a.subject) details.push({ label: t('popup.field.subject'), value: a.subject });
  if (a.agents.length) details.push({ label: t('popup.field.agents'), value: a.agents.join(', '), testId: 'agents' });
  if (a.reference) details.push({ label: t('popup.field.reference'), value: a.reference, testId: 'reference' });
  details.push({ label: t('popup.field.outcome'), value: outcomeLabel(a.outcome) });
  if (a.promise) {
    const overdue = a.promise.dueAt < props.now;
    details.push({
      label: overdue ? t('popup.timeline.promiseOverdue') : t('popup.timeline.promise'),
      value: t('popup.timeline.promiseBy', { text: a.promise.text, due: formatDate(a.promise.dueAt) }),
    });
  }
  if (a.channel === 'email') {
    if (a.repliedAt !== undefined) details.push({ label: t('popup.timeline.replied'), value: formatDate(a.repliedAt) });
    else if (a.awaitingReply)
      details.push({ label: t('popup.timeline.reply'), value: t('popup.timeline.awaitingReply') });
  }
  return (
    <div className="attempt">
      <p className="entry-head">
        <strong>{channelLabel(a.channel)}</strong> · <Time at={a.at} />
        {a.source === 'auto' ? <span className="muted"> · {t('popup.timeline.autoLogged')}</span> : null}
      </p>
      <dl className="details">
        {details.map((d) => (
          <div key={d.label} data-testid={d.testId}>
            <dt>{d.label}</dt>
            <dd>{d.value}</dd>
          </div>
        ))}
      </dl>
      {a.summary ? <p className="summary">{a.summary}</p> : null}
    </div>
  );
}
