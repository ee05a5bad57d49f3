import { CompanyPicker } from './CompanyPicker';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { cases } from '../../lib/db/cases';
import { openCaseFor, ensureUserCompany } from '../../lib/calls/target';
import type { Case, Company } from '../../lib/model';

/**
 * Which case a new attempt goes to: the case in the route, or the picked company's latest open
 * case (a new one when it has none — created only when something is saved).
 */
export function useLogTarget(route: { caseId?: string; companyId?: string }) {
  const [pickedCompanyId, setPickedCompanyId] = useState<string | undefined>(route.companyId);
  const caseRecord = useLiveQuery(async () => (route.caseId ? ((await cases.get(route.caseId)) ?? null) : null), [route.caseId]);
  const companyId = caseRecord?.companyId ?? pickedCompanyId;

  const resolveCase = async (): Promise<{ caseId: string; companyId: string }> => {
    if (caseRecord) return { caseId: caseRecord.id, companyId: caseRecord.companyId };
    if (!companyId) throw new Error('no company picked');
    const c: Case = await openCaseFor(companyId, Date.now());
    return { caseId: c.id, companyId: c.companyId };
  };

  return {
    loading: route.caseId !== undefined && caseRecord === undefined,
    caseRecord: caseRecord ?? undefined,
    companyId,
    pick: (company: Company) => setPickedCompanyId(company.id),
    pickNew: async (name: string) => setPickedCompanyId((await ensureUserCompany(name, Date.now())).id),
    clear: () => setPickedCompanyId(undefined),
    resolveCase,
  };
}

/** Asks which company a new log is for, when the route did not say (call and email loggers). */
export function LogTargetPicker(props: {
  target: ReturnType<typeof useLogTarget>;
  companies: Map<string, Company> | undefined;
  tabCompany: Company | undefined;
}) {
  return (
    <CompanyPicker
      companies={[...(props.companies?.values() ?? [])]}
      suggested={props.tabCompany}
      onPick={props.target.pick}
      onPickNew={(name) => void props.target.pickNew(name)}
    />
  );
}
