import { t } from '../../lib/i18n';
import type { Escalation, Response } from '../../lib/model';
import { Time } from '../ui/Time';
import { platformLabel, responseLabel } from './labels';

export function EscalationItem(props: { escalation: Escalation }) {
  const e = props.escalation;
  return (
    <div className="escalation">
      <p className="entry-head">
        <strong>
          {e.status === 'posted'
            ? t('popup.timeline.posted', { platform: platformLabel(e.platform) })
            : t('popup.timeline.draft', { platform: platformLabel(e.platform) })}
        </strong>
        {' · '}
        <Time at={e.postedAt ?? e.createdAt} /> · @{e.handle}
      </p>
      <p className="summary">{e.parts[0]}</p>
      {e.postUrl ? (
        <a href={e.postUrl} target="_blank" rel="noreferrer noopener">
          {t('popup.timeline.openPost')}
        </a>
      ) : null}
    </div>
  );
}

export function ResponseItem(props: { response: Response }) {
  const r = props.response;
  return (
    <div className="response">
      <p className="entry-head">
        <strong>{t('popup.timeline.companyAnswered', { kind: responseLabel(r.kind) })}</strong> · <Time at={r.at} />
        {r.by ? <> · {r.by}</> : null}
      </p>
      {r.note ? <p className="summary">{r.note}</p> : null}
      {r.url ? (
        <a href={r.url} target="_blank" rel="noreferrer noopener">
          {t('popup.timeline.openReply')}
        </a>
      ) : null}
    </div>
  );
}
