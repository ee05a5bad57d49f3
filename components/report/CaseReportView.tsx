import { formatDate, formatDateTime, formatDuration } from '../../lib/format/time';
import type { CaseReport, ReportEvent } from '../../lib/exchange/report';
import { t } from '../../lib/i18n';
import { channelLabel, platformLabel, responseLabel } from '../timeline/labels';
import { TimelinePicture } from './TimelinePicture';

function what(event: ReportEvent): string {
  if (event.type === 'attempt') return t('report.event.attempt', { channel: channelLabel(event.record.channel) });
  if (event.type === 'post') return t('report.event.post', { platform: platformLabel(event.record.platform), handle: event.record.handle });
  return t('report.event.response', { kind: responseLabel(event.record.kind) });
}

function details(event: ReportEvent): string[] {
  const lines: string[] = [];
  if (event.type === 'attempt') {
    const a = event.record;
    if (a.agents.length) lines.push(t('report.detail.agents', { names: a.agents.join(', ') }));
    if (a.reference) lines.push(t('report.detail.reference', { reference: a.reference }));
    if (a.endedAt !== undefined) lines.push(t('report.detail.duration', { duration: formatDuration((a.endedAt - a.at) / 1000) }));
    if (a.summary) lines.push(a.summary);
    if (a.promise) lines.push(t('report.detail.promise', { text: a.promise.text, due: formatDate(a.promise.dueAt) }));
  } else if (event.type === 'post') {
    lines.push(event.record.parts.join(' '));
    if (event.record.postUrl) lines.push(event.record.postUrl);
  } else {
    const r = event.record;
    if (r.by) lines.push(t('report.detail.by', { by: r.by }));
    if (r.note) lines.push(r.note);
    if (r.promise) lines.push(t('report.detail.promise', { text: r.promise.text, due: formatDate(r.promise.dueAt) }));
    if (r.url) lines.push(r.url);
  }
  return lines;
}

function outcome(event: ReportEvent): string {
  if (event.type === 'attempt') return event.record.outcome.replace(/_/g, ' ');
  if (event.type === 'response' && event.record.promiseKept !== undefined) return t(event.record.promiseKept ? 'report.promiseKept' : 'report.promiseBroken');
  return '';
}

const STATUS = { open: 'report.status.open', resolved: 'report.status.resolved', closed: 'report.status.closed' } as const;

/** One case, laid out for a regulator, a bank or a court. */
export function CaseReportView(props: { report: CaseReport }) {
  const { report } = props;
  const c = report.case;
  const company = report.company;
  const totals = report.totals;
  return (
    <article className="case-report" aria-labelledby={`report-${c.id}`}>
      <h2 id={`report-${c.id}`}>{c.title || company?.name || c.companyId}</h2>
      <section aria-label={t('report.parties')} className="parties">
        <div>
          <h3>{t('report.customer')}</h3>
          <p className="muted">{t('report.customerText')}</p>
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
              {company.phones.map((p) => <li key={p.number}>{p.label ? `${p.label}: ` : ''}{p.number}</li>)}
              {company.emails.map((e) => <li key={e}>{e}</li>)}
              {company.contactUrls.map((u) => <li key={u}>{u}</li>)}
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
            <dd>{new Intl.NumberFormat(undefined, { style: 'currency', currency: c.amount.currency }).format(c.amount.value)}</dd>
          </>
        )}
        <dt>{t('report.status')}</dt>
        <dd>{t(STATUS[c.status])}</dd>
      </dl>
      <h3>{t('report.totals')}</h3>
      <dl className="totals">
        <dt>{t('report.totals.attempts')}</dt>
        <dd>
          {totals.attempts}
          {totals.attemptsByChannel.length > 0 && ` (${totals.attemptsByChannel.map(([ch, n]) => `${channelLabel(ch)}: ${n}`).join(', ')})`}
        </dd>
        <dt>{t('report.totals.phoneTime')}</dt>
        <dd>{formatDuration(totals.phoneSeconds)}</dd>
        <dt>{t('report.totals.posts')}</dt>
        <dd>{totals.posts}</dd>
        <dt>{t('report.totals.days')}</dt>
        <dd>{totals.daysElapsed}</dd>
        <dt>{t('report.totals.promisesBroken')}</dt>
        <dd>{totals.promisesBroken}</dd>
        <dt>{t('report.totals.firstResponse')}</dt>
        <dd>{totals.firstResponseMs === undefined ? t('report.totals.noResponse') : formatDuration(totals.firstResponseMs / 1000)}</dd>
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
              <td>{what(event)}</td>
              <td>
                {details(event).map((line, i) => (
                  <p key={i}>{line}</p>
                ))}
              </td>
              <td>{outcome(event)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
