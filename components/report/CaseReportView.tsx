import { formatDateTime, formatDuration } from '../../lib/format/time';
import type { CaseReport } from '../../lib/exchange/report';
import { t } from '../../lib/i18n';
import type { Escalation } from '../../lib/model';
import { evidenceNumber } from '../../lib/phones/shown';
import { channelLabel } from '../timeline/labels';
import { EventDetails } from './EventDetails';
import { AttachmentsOnPaper, useReportAttachments } from './ReportAttachments';
import { eventOutcome, eventTitle } from './event-labels';
import { TimelinePicture } from './TimelinePicture';

/** The person's name and postal address from the settings; empty strings when not given. */
export interface PreparedBy {
  name: string;
  address: string;
}

const words = (seconds: number) => formatDuration(seconds, { style: 'words' });

const STATUS = {
  open: 'report.status.open',
  resolved: 'report.status.resolved',
  closed: 'report.status.closed',
} as const;

/** One case, laid out for a regulator, a bank or a court. */
export function CaseReportView(props: { report: CaseReport; preparedBy?: PreparedBy }) {
  const { report, preparedBy } = props;
  const c = report.case;
  const company = report.company;
  const totals = report.totals;
  const attachments = useReportAttachments(c.id);
  const postsById = new Map<string, Escalation>(
    report.events.flatMap((e) => (e.type === 'post' ? [[e.record.id, e.record] as const] : [])),
  );
  const phoneTime =
    totals.holdSeconds > 0
      ? t('report.totals.phoneWithHold', { time: words(totals.phoneSeconds), hold: words(totals.holdSeconds) })
      : words(totals.phoneSeconds);
  return (
    <article className="case-report" aria-labelledby={`report-${c.id}`}>
      <h2 id={`report-${c.id}`}>{c.title || company?.name || c.companyId}</h2>
      <section aria-label={t('report.parties')} className="parties">
        <div>
          <h3>{t('report.customer')}</h3>
          {preparedBy?.name ? (
            <p>
              <strong>{t('report.preparedBy', { name: preparedBy.name })}</strong>
            </p>
          ) : (
            <p className="muted">{t('report.customerText')}</p>
          )}
          {preparedBy?.address && <p className="postal-address">{preparedBy.address}</p>}
          {c.privateRef && (
            <p>
              <strong>{t('report.privateRef')}:</strong> {c.privateRef}
            </p>
          )}
        </div>
        <div>
          <h3>{t('report.company')}</h3>
          <p>
            <strong>{company?.name ?? c.companyId}</strong>
          </p>
          {company && (
            <ul className="contact-list">
              {company.phones.map((p) => (
                <li key={p.number}>
                  {p.label ? `${p.label}: ` : ''}
                  {evidenceNumber(p.number)}
                </li>
              ))}
              {company.emails.map((e) => (
                <li key={e}>{e}</li>
              ))}
              {company.contactUrls.map((u) => (
                <li key={u}>{u}</li>
              ))}
            </ul>
          )}
        </div>
      </section>
      <dl className="facts">
        <dt>{t('report.problem')}</dt>
        <dd>{c.problem || '—'}</dd>
        <dt>{t('report.ask')}</dt>
        <dd>{c.ask || '—'}</dd>
        {c.amount && (
          <>
            <dt>{t('report.amount')}</dt>
            <dd>
              {new Intl.NumberFormat(undefined, { style: 'currency', currency: c.amount.currency }).format(
                c.amount.value,
              )}
            </dd>
          </>
        )}
        <dt>{t('report.status.label')}</dt>
        <dd>{t(STATUS[c.status])}</dd>
      </dl>
      <h3>{t('report.totals.label')}</h3>
      <dl className="totals">
        <dt>{t('report.totals.attempts')}</dt>
        <dd>
          {totals.attempts}
          {totals.attemptsByChannel.length > 0 &&
            ` (${totals.attemptsByChannel.map(([ch, n]) => `${channelLabel(ch)}: ${n}`).join(', ')})`}
        </dd>
        <dt>{t('report.totals.phoneTime')}</dt>
        <dd>{phoneTime}</dd>
        <dt>{t('report.totals.posts')}</dt>
        <dd>{totals.posts}</dd>
        <dt>{t('report.totals.days')}</dt>
        <dd>{totals.daysElapsed}</dd>
        <dt>{t('report.totals.promisesBroken')}</dt>
        <dd>{totals.promisesBroken}</dd>
        <dt>{t('report.totals.firstResponse')}</dt>
        <dd>
          {totals.firstResponseMs === undefined ? t('report.totals.noResponse') : words(totals.firstResponseMs / 1000)}
        </dd>
      </dl>
      <TimelinePicture report={report} />
      <h3>{t('report.timeline')}</h3>
      <table className="report-timeline">
        <thead>
          <tr>
            <th scope="col">{t('report.col.when')}</th>
            <th scope="col">{t('report.col.what')}</th>
            <th scope="col">{t('report.col.details')}</th>
            <th scope="col">{t('report.col.outcome')}</th>
          </tr>
        </thead>
        <tbody>
          {report.events.map((event) => (
            <tr key={`${event.type}-${event.record.id}`}>
              <td>{formatDateTime(event.at)}</td>
              <td>{eventTitle(event)}</td>
              <td>
                <EventDetails event={event} postsById={postsById} />
                <AttachmentsOnPaper list={attachments.get(event.record.id)} label={t('attachments.report.heading')} />
              </td>
              <td>{eventOutcome(event)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {attachments.has(c.id) ? (
        <>
          <h3>{t('attachments.report.caseHeading')}</h3>
          <AttachmentsOnPaper list={attachments.get(c.id)} label={t('attachments.report.caseHeading')} />
        </>
      ) : null}
    </article>
  );
}
