import { useLiveQuery } from 'dexie-react-hooks';
import { getCompany } from '../../lib/companies';
import { getDb } from '../../lib/db/database';
import type { CaseRecords } from '../../lib/followup/clocks';
import { loadCaseRecords } from '../../lib/followup/reminder-store';
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
    const records = await loadCaseRecords(caseId);
    if (!records) return null;
    const siblings = await getDb().cases.where('companyId').equals(records.case.companyId).limit(500).toArray();
    const companyCases = (await Promise.all(siblings.map((c) => (c.id === caseId ? Promise.resolve(records) : loadCaseRecords(c.id))))).filter(
      (r): r is CaseRecords => r !== undefined,
    );
    return { records, company: await getCompany(records.case.companyId), companyCases };
  }, [caseId]);
}
