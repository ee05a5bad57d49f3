import { CompanyPicker } from './CompanyPicker';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { getCase } from '../../lib/data/case-queries';
import { openCaseFor, ensureUserCompany } from '../../lib/calls/target';
import { t } from '../../lib/i18n';
import type { Case, Company } from '../../lib/model';
import { casesByActivityRead } from '../../lib/timeline/read';
import { companyName } from '../popup/useCompanies';

/** What a logger view gets from its route (the case or company it logs for) and the popup. */
export interface LoggerProps {
  caseId?: string;
  companyId?: string;
  companies: Map<string, Company> | undefined;
  tabCompany: Company | undefined;
}

/**
 * Which case a new attempt goes to: the case in the route, or the picked company's latest open
 * case (a new one when it has none — created only when something is saved).
 */
export function useLogTarget(route: { caseId?: string; companyId?: string }) {
  const [pickedCompanyId, setPickedCompanyId] = useState<string | undefined>(route.companyId);
  const [pickedCaseId, setPickedCaseId] = useState<string | undefined>();
  const caseId = route.caseId ?? pickedCaseId;
  const caseRecord = useLiveQuery(async () => (caseId ? ((await getCase(caseId)) ?? null) : null), [caseId]);
  const companyId = caseRecord?.companyId ?? pickedCompanyId;

  const resolveCase = async (): Promise<{ caseId: string; companyId: string }> => {
    if (caseRecord) return { caseId: caseRecord.id, companyId: caseRecord.companyId };
    if (!companyId) throw new Error('no company picked');
    const c: Case = await openCaseFor(companyId, Date.now());
    return { caseId: c.id, companyId: c.companyId };
  };

  return {
    loading: caseId !== undefined && caseRecord === undefined,
    caseRecord: caseRecord ?? undefined,
    companyId,
    pick: (company: Company) => setPickedCompanyId(company.id),
    pickCase: (c: Case) => setPickedCaseId(c.id),
    pickNew: async (name: string) => setPickedCompanyId((await ensureUserCompany(name, Date.now())).id),
    clear: () => {
      setPickedCompanyId(undefined);
      setPickedCaseId(undefined);
    },
    resolveCase,
  };
}

/** How many open cases the picker offers before the company search. */
const OFFERED_CASES = 5;

/**
 * Asks which case or company a new log is for, when the route did not say: the person's open
 * cases first (the current site's company first, then the most recently active), then a search
 * of the companies.
 */
export function LogTargetPicker(props: {
  target: ReturnType<typeof useLogTarget>;
  companies: Map<string, Company> | undefined;
  tabCompany: Company | undefined;
}) {
  const open = useLiveQuery(() => casesByActivityRead('open', 50), []);
  const tabCompanyId = props.tabCompany?.id;
  const offered = [...(open ?? [])]
    .sort((a, b) => Number(b.companyId === tabCompanyId) - Number(a.companyId === tabCompanyId))
    .slice(0, OFFERED_CASES);
  return (
    <>
      {offered.length > 0 ? (
        <section aria-labelledby="open-cases-heading">
          <h2 id="open-cases-heading">{t('popup.picker.openCases')}</h2>
          <ul className="picker-results">
            {offered.map((c) => {
              const company = companyName(props.companies, c.companyId);
              return (
                <li key={c.id}>
                  <button type="button" onClick={() => props.target.pickCase(c)}>
                    {company} — {c.title.trim() || t('popup.case.untitled', { company })}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
      <CompanyPicker
        companies={[...(props.companies?.values() ?? [])]}
        suggested={props.tabCompany}
        onPick={props.target.pick}
        onPickNew={(name) => void props.target.pickNew(name)}
      />
    </>
  );
}
