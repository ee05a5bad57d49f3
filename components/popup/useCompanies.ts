import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { storedCompanies } from '../../lib/data/company-queries';
import { activeTabUrl } from './activeTab';
import type { Company } from '../../lib/model';

/** Every known company by id: the directory plus the user's own (which win). */
export function useCompanies(): Map<string, Company> | undefined {
  return useLiveQuery(async () => {
    // The directory (and its domain tables) loads after first paint.
    const { listCompanies } = await import('../../lib/companies');
    const [directory, own] = await Promise.all([listCompanies(), storedCompanies()]);
    return new Map([...directory, ...own].map((c) => [c.id, c]));
  }, []);
}

export { companyName } from './company-name';

/**
 * The company whose site is in the active tab. The popup learns the URL through activeTab when
 * the user clicks the toolbar button; in a tab or side panel it may be our own page (no company).
 */
export function useCurrentTabCompany(): Company | undefined {
  const [company, setCompany] = useState<Company>();
  useEffect(() => {
    let live = true;
    void (async () => {
      const url = await activeTabUrl();
      if (!url) return;
      const { companyForUrl } = await import('../../lib/companies');
      const found = await companyForUrl(url).catch(() => undefined);
      if (live) setCompany(found);
    })();
    return () => {
      live = false;
    };
  }, []);
  return company;
}
