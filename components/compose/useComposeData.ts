import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { getCompany } from '../../lib/companies';
import type { CaseRecords } from '../../lib/compose/facts';
import { loadCase } from '../../lib/data/case-records';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';
import { loadSettings, settingsItem } from '../../lib/settings/items';

/** A case's records, live: undefined while loading, null when the case does not exist. */
export function useCaseRecords(caseId: string): CaseRecords | null | undefined {
  return useLiveQuery(async () => {
    const loaded = await loadCase(caseId);
    if (!loaded) return null;
    const { case: caseRecord, attempts, escalations, responses } = loaded;
    return { caseRecord, attempts, escalations, responses, company: await getCompany(caseRecord.companyId) };
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
