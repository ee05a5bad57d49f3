import type { Company } from '../../lib/model';
import { rememberedCompanyNames } from './first-cases/company-names';

/**
 * A company's name: from the directory and the person's own companies once they are read; before
 * that, the name this popup showed last time; failing both, the words its id spells.
 */
export function companyName(companies: Map<string, Company> | undefined, id: string): string {
  const known = companies?.get(id)?.name;
  if (known !== undefined) return known;
  return rememberedCompanyNames().get(id) ?? id.replace(/^user-/, '').replace(/-/g, ' ');
}
