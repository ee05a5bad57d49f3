import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { getCompany } from '../../lib/companies';
import type { CaseRecords } from '../../lib/compose/facts';
import { attemptsOfCase } from '../../lib/db/attempts';
import { cases } from '../../lib/db/cases';
import { escalationsOfCase } from '../../lib/db/escalations';
import { responsesOfCase } from '../../lib/db/responses';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';
import { loadSettings, settingsItem } from '../../lib/settings/items';

/** A case's records, live: undefined while loading, null when the case does not exist. */
export function useCaseRecords(caseId: string): CaseRecords | null | undefined {
  return useLiveQuery(async () => {
    const caseRecord = await cases.get(caseId);
    if (!caseRecord) return null;
    const [attempts, escalations, responses, company] = await Promise.all([
      attemptsOfCase(caseId),
      escalationsOfCase(caseId),
      responsesOfCase(caseId),
      getCompany(caseRecord.companyId),
    ]);
    return { caseRecord, attempts, escalations, responses, company };
  }, [caseId]);
}

export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    let live = true;
    void loadSettings().then((s) => live && setSettings(s));
    const unwatch = settingsItem.watch(() => void loadSettings().then((s) => live && setSettings(s)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}
