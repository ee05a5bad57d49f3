import { useLiveQuery } from 'dexie-react-hooks';
import { getCompany } from '../../lib/companies';
import { casesOfCompany } from '../../lib/data/case-queries';
import { loadCase, type LoadedCase } from '../../lib/data/case-records';
import type { CaseRecords } from '../../lib/followup/clocks';
import type { Company } from '../../lib/model';

export interface FollowUpData {
  records: CaseRecords;
  company?: Company;
  /** Every case with the same company, for its record. */
  companyCases: CaseRecords[];
}

/** The case, its company and the company's other cases; re-renders when any of them change. */
export function useFollowUpData(caseId: string): FollowUpData | null | undefined {
  return useLiveQuery(async () => {
    const records = await loadCase(caseId);
    if (!records) return null;
    const siblings = await casesOfCompany(records.case.companyId, 500);
    const companyCases = (
      await Promise.all(siblings.map((c) => (c.id === caseId ? Promise.resolve(records) : loadCase(c.id))))
    ).filter((r): r is LoadedCase => r !== undefined);
    return { records, company: await getCompany(records.case.companyId), companyCases };
  }, [caseId]);
}
