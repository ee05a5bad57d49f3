import type { CompanyHint } from '../messages/protocol';
import type { Company } from '../model';

// Placeholder signatures; the company-directory feature replaces this file.
export const bundledCompanies: readonly Company[] = [];
export function registrableDomain(_urlOrHost: string): string | undefined {
  return undefined;
}
export function matchCompanyByDomain(_domain: string, _companies: readonly Company[]): Company | undefined {
  return undefined;
}
export async function getCompany(_id: string): Promise<Company | undefined> {
  return undefined;
}
export async function listCompanies(): Promise<Company[]> {
  return [];
}
export async function companyForUrl(_url: string): Promise<Company | undefined> {
  return undefined;
}
export async function resolveCompanyHint(_hint: CompanyHint, _now: number): Promise<Company> {
  throw new Error('not implemented yet');
}
