import { Company } from '../model';
import { getDb } from './database';
import { createRepository } from './repository';

/** Companies the user added or corrected, and ones found automatically on pages. */
export const userCompanies = createRepository(() => getDb().companies, Company);

export function userCompaniesByDomain(domain: string): Promise<Company[]> {
  return getDb().companies.where('domains').equals(domain).toArray();
}
