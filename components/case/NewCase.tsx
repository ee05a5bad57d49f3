import { useState } from 'react';
import { caseFromForm, caseToForm, type CaseErrors } from '../../lib/calls/case-form';
import { ensureUserCompany, newCase } from '../../lib/calls/target';
import { saveCase } from '../../lib/data/case-commands';
import { t } from '../../lib/i18n';
import type { Company } from '../../lib/model';
import { CompanyPicker } from '../calls/CompanyPicker';
import { companyName } from '../popup/useCompanies';
import { navigate } from '../popup/router';
import { ErrorSummary } from '../ui/ErrorSummary';
import { useSaveErrors } from '../ui/useSaveErrors';
import { CaseAboutFields } from './CaseAboutFields';

/** Start a case: which company, a title, what happened and what would fix it. */
export function NewCase(props: {
  companyId?: string;
  companies: Map<string, Company> | undefined;
  tabCompany: Company | undefined;
}) {
  const [companyId, setCompanyId] = useState(props.companyId);
  const [values, setValues] = useState(() => caseToForm(newCase('draft', 0)));
  const { errors, tries, refuse } = useSaveErrors<CaseErrors>();
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  if (!companyId) {
    return (
      <CompanyPicker
        companies={[...(props.companies?.values() ?? [])]}
        suggested={props.tabCompany}
        onPick={(c) => setCompanyId(c.id)}
        onPickNew={(name) => void ensureUserCompany(name, Date.now()).then((c) => setCompanyId(c.id))}
      />
    );
  }

  const save = async () => {
    const now = Date.now();
    const result = caseFromForm(values, newCase(companyId, now), now);
    if (!result.ok) return refuse(result.errors);
    await saveCase(result.value);
    navigate({ name: 'case', caseId: result.value.id });
  };

  return (
    <form
      noValidate
      aria-labelledby="new-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2 id="new-heading">{t('popup.new.heading', { company: companyName(props.companies, companyId) })}</h2>
      <ErrorSummary errors={errors} idPrefix="new" attempt={tries} />
      <CaseAboutFields idPrefix="new" values={values} errors={errors} set={set} />
      <p className="actions">
        <button type="submit" className="primary">
          {t('popup.new.create')}
        </button>
      </p>
    </form>
  );
}
