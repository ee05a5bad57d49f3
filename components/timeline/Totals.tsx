import { formatDuration } from '../../lib/format/time';
import { t } from '../../lib/i18n';
import { CHANNELS } from '../../lib/model';
import type { CaseTotals } from '../../lib/timeline/totals';
import { channelLabel } from './labels';

/** The case in numbers: what a post, a complaint letter or a regulator will ask for. */
export function Totals(props: { totals: CaseTotals }) {
  const x = props.totals;
  const channels = CHANNELS.filter((c) => (x.byChannel[c] ?? 0) > 0)
    .map((c) => `${channelLabel(c)} ${x.byChannel[c] ?? 0}`)
    .join(', ');
  return (
    <dl className="totals" data-testid="totals">
      <div>
        <dt>{t('popup.totals.attempts')}</dt>
        <dd>
          {x.attempts}
          {channels ? ` (${channels})` : ''}
        </dd>
      </div>
      <div>
        <dt>{t('popup.totals.phone')}</dt>
        <dd>
          {formatDuration(x.phoneSeconds)}
          {x.holdSeconds ? ` · ${t('popup.totals.onHold', { time: formatDuration(x.holdSeconds) })}` : ''}
        </dd>
      </div>
      <div>
        <dt>{t('popup.totals.agents')}</dt>
        <dd>{x.agents}</dd>
      </div>
      <div>
        <dt>{t('popup.totals.days')}</dt>
        <dd>{x.daysSinceFirst ?? '—'}</dd>
      </div>
      {x.promises ? (
        <div>
          <dt>{t('popup.totals.promises')}</dt>
          <dd>{t('popup.totals.promisesBroken', { count: x.promises, broken: x.brokenPromises })}</dd>
        </div>
      ) : null}
    </dl>
  );
}
