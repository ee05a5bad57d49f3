import { t } from '../../lib/i18n';
import type { Company } from '../../lib/model';
import { companyName } from '../popup/useCompanies';
import { navigate } from '../popup/router';
import { ChangeCompany } from './ChangeCompany';
import { PastAttemptForm } from './PastAttemptForm';
import { LogTargetPicker, useLogTarget } from './useLogTarget';

/** Log an email that was sent: to, subject, when, and whether a reply is awaited. */
export function EmailLogger(props: {
  caseId?: string;
  companyId?: string;
  companies: Map<string, Company> | undefined;
  tabCompany: Company | undefined;
}) {
  const target = useLogTarget({ caseId: props.caseId, companyId: props.companyId });
  if (target.loading) return <p className="muted">{t('popup.loading')}</p>;
  if (!target.companyId) {
    return <LogTargetPicker target={target} companies={props.companies} tabCompany={props.tabCompany} />;
  }
  const name = companyName(props.companies, target.companyId);
  const emails = props.companies?.get(target.companyId)?.emails ?? [];
  return (
    <section aria-labelledby="email-heading">
      <h2 id="email-heading">{t('popup.email.heading', { company: name })}</h2>
      <ChangeCompany caseId={props.caseId} onClear={target.clear} />
      <PastAttemptForm
        channel="email"
        idPrefix="email"
        suggestions={emails}
        resolveCase={target.resolveCase}
        submitLabel={t('popup.email.save')}
        onSaved={(a) => navigate({ name: 'case', caseId: a.caseId, attemptId: a.id })}
      />
    </section>
  );
}
