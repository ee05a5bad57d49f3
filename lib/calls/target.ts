import { cases, latestOpenCaseOf } from '../db/cases';
import { userCompanies } from '../db/companies';
import { getDb } from '../db/database';
import type { Case, Company } from '../model';
import { bareCompany } from '../companies/auto';

/** A new open case for a company; the UI asks for a title (needsTitle). */
export function newCase(companyId: string, now: number, title = ''): Case {
  return {
    id: crypto.randomUUID(),
    companyId,
    title,
    needsTitle: title.trim() === '',
    problem: '',
    ask: '',
    status: 'open',
    openedAt: now,
    lastActivityAt: now,
    createdAt: now,
    updatedAt: now,
  };
}

/** The case to log against: the company's latest open case, or a new one. */
export async function openCaseFor(companyId: string, now: number): Promise<Case> {
  return getDb().transaction('rw', getDb().cases, async () => {
    const existing = await latestOpenCaseOf(companyId);
    if (existing) return existing;
    return cases.put(newCase(companyId, now));
  });
}

/** "Acme Co." → "user-acme-co": a stable id for a company the directory does not know. */
export function userCompanyId(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `user-${slug || 'company'}`;
}

/** Records a company the user typed in (source "user"), or returns the one already stored. */
export async function ensureUserCompany(name: string, now: number): Promise<Company> {
  const id = userCompanyId(name);
  const existing = await userCompanies.get(id);
  if (existing) return existing;
  return userCompanies.put(bareCompany({ id, name: name.trim().slice(0, 200), domains: [], source: 'user' }, now));
}
