import { formatSpan } from '../../lib/format/time';
import type { CompanyRecord } from '../../lib/followup/company-record';
import { t } from '../../lib/i18n';

/** How this company has treated the user across their cases. */
export function CompanyRecordView({ record, companyName }: { record: CompanyRecord; companyName: string }) {
  return (
    <section className="followup-record" aria-labelledby="record-heading">
      <h4 id="record-heading">{t('followup.record.heading', { company: companyName })}</h4>
      <ul>
        <li>{t('followup.record.cases', { count: record.cases })}</li>
        <li>
          {record.medianFirstPublicReplyMs !== undefined
            ? t('followup.record.medianReply', { time: formatSpan(record.medianFirstPublicReplyMs) })
            : t('followup.record.noReply')}
        </li>
        <li>
          {t('followup.record.fixed', {
            fixed: record.fixed,
            cases: record.cases,
            percent: Math.round(record.fixedShare * 100),
          })}
        </li>
        {record.answers.total > 0 ? (
          <li>
            {t('followup.record.when', {
              work: record.answers.workingHours,
              evening: record.answers.evenings,
              weekend: record.answers.weekends,
            })}
          </li>
        ) : null}
      </ul>
    </section>
  );
}
