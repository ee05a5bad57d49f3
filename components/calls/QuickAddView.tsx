import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { getCase } from '../../lib/data/case-queries';
import { t } from '../../lib/i18n';
import type { Company } from '../../lib/model';
import type { ResolvedQuickAdd } from '../../lib/quickadd';
import { QuickAddSaveError, saveQuickAdd } from '../../lib/quickadd/save';
import { companyName } from '../popup/useCompanies';
import { navigate } from '../popup/router';
import { useNow } from '../ui/useNow';
import { QuickAdd } from './QuickAdd';

/**
 * The quick-add view: one line, shown back, saved to the company's open case (the case in the
 * route, when it came from one). After a save the case opens on the new entry.
 */
export function QuickAddView(props: {
  caseId?: string;
  companies: Map<string, Company> | undefined;
  tabCompany: Company | undefined;
}) {
  const now = useNow();
  const list = useMemo(
    () => [...(props.companies?.values() ?? [])].map((c) => ({ id: c.id, name: c.name, domains: c.domains })),
    [props.companies],
  );
  const { caseId } = props;
  const inView = useLiveQuery(async () => (caseId ? ((await getCase(caseId)) ?? null) : null), [caseId]);
  // What a line that names no company is saved to, said in the preview.
  const fallbackCompany = inView
    ? t('quickadd.value.thisCase', { name: companyName(props.companies, inView.companyId) })
    : props.tabCompany
      ? t('quickadd.value.thisSite', { name: props.tabCompany.name })
      : undefined;
  const save = async (resolved: ResolvedQuickAdd) => {
    try {
      const saved = await saveQuickAdd(resolved, {
        now: Date.now(),
        caseId: props.caseId,
        fallbackCompanyId: props.tabCompany?.id,
      });
      navigate({ name: 'case', caseId: saved.caseId, attemptId: saved.id });
    } catch (e) {
      // QuickAdd shows the message; say it in the person's words.
      if (e instanceof QuickAddSaveError)
        throw new Error(e.reason === 'no_company' ? t('quickadd.error.noCompany') : e.message);
      throw e;
    }
  };
  return (
    <section aria-labelledby="quick-add-heading">
      <h2 id="quick-add-heading">{t('quickadd.heading')}</h2>
      <QuickAdd
        companies={list}
        now={now}
        locale={navigator.language}
        onSave={save}
        fallbackCompany={fallbackCompany}
      />
    </section>
  );
}
