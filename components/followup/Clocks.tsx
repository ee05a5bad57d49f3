import { formatSpan } from '../../lib/format/time';
import type { CaseClocks } from '../../lib/followup/clocks';
import { t } from '../../lib/i18n';
import { Time } from '../ui/Time';

/** Waiting since, time to first answer, promised by / overdue, fixed after. */
export function Clocks({ clocks, now }: { clocks: CaseClocks; now: number }) {
  return (
    <dl className="followup-clocks">
      {clocks.waitingSince !== undefined ? (
        <>
          <dt>{t('followup.clocks.waitingSince')}</dt>
          <dd>
            <Time at={clocks.waitingSince} now={now} relative />
          </dd>
        </>
      ) : null}
      <dt>{t('followup.clocks.firstResponse')}</dt>
      <dd>
        {clocks.timeToFirstResponse !== undefined
          ? formatSpan(clocks.timeToFirstResponse)
          : t('followup.clocks.noResponse')}
      </dd>
      {clocks.overdueSince !== undefined ? (
        <>
          <dt className="overdue">{t('followup.clocks.overdueSince')}</dt>
          <dd className="overdue">
            <Time at={clocks.overdueSince} />
          </dd>
        </>
      ) : null}
      {clocks.promisedBy !== undefined && clocks.promisedBy !== clocks.overdueSince ? (
        <>
          <dt>{t('followup.clocks.promisedBy')}</dt>
          <dd>
            <Time at={clocks.promisedBy} />
          </dd>
        </>
      ) : null}
      <dt>{t('followup.clocks.fixedAfter')}</dt>
      <dd>{clocks.timeToFix !== undefined ? formatSpan(clocks.timeToFix) : t('followup.clocks.notFixed')}</dd>
      {clocks.refusedAt !== undefined ? (
        <>
          <dt>{t('followup.clocks.refused')}</dt>
          <dd>
            <Time at={clocks.refusedAt} />
          </dd>
        </>
      ) : null}
    </dl>
  );
}
