import { getDb } from '../db/database';
import { userCompanies, userCompaniesByDomain } from '../db/companies';
import type { CompanyHint } from '../messages/protocol';
import { Company } from '../model';
import { autoCompany, autoCompanyId, autoCompanyIdVariants, renamedFromPage } from './auto';
import { directoryCompanies } from './directory';
import { buildDomainIndex, domainCandidates, matchCompanyByDomain, registrableDomain } from './lookup';
import { findDomainConflicts, mergeCompanies, preferUserRecord, type DomainConflict } from './merge';

export { registrableDomain, matchCompanyByDomain };
export { findDomainConflicts, type DomainConflict };

/** The bundled directory (lib/companies/directory.json), validated. */
export const bundledCompanies: readonly Company[] = directoryCompanies;

const bundledById = new Map(bundledCompanies.map((c) => [c.id, c]));
const bundledIndex = buildDomainIndex(bundledCompanies);

/** Is there a bundled entry with this id (so "reset" brings it back)? */
export function isBundledCompany(id: string): boolean {
  return bundledById.has(id);
}

export function bundledCompany(id: string): Company | undefined {
  return bundledById.get(id);
}

/** A person's own entry wins over the bundled one with the same id. */
export async function getCompany(id: string): Promise<Company | undefined> {
  return (await userCompanies.get(id)) ?? bundledById.get(id);
}

/** Every company the person can reach, their own entries in place of the bundled ones, by name. */
export async function listCompanies(): Promise<Company[]> {
  return mergeCompanies(await getDb().companies.toArray(), bundledCompanies);
}

/** Companies the person added, corrected, or that were recorded from pages they visited. */
export async function listUserCompanies(): Promise<Company[]> {
  return mergeCompanies(await getDb().companies.toArray(), []);
}

/**
 * The company for a page, without creating one. From the most specific host down to the
 * registrable domain, the person's own entries are consulted before the bundled ones; a bundled
 * entry the person corrected counts only through its corrected domains.
 */
export async function companyForUrl(url: string): Promise<Company | undefined> {
  const candidates = domainCandidates(url);
  if (candidates.length === 0) return undefined;
  const mine = await getDb().companies.where('domains').anyOf(candidates).toArray();
  for (const candidate of candidates) {
    const own = mine.filter((c) => c.domains.includes(candidate)).sort(preferUserRecord)[0];
    if (own !== undefined) return own;
    const bundled = bundledIndex.get(candidate);
    if (bundled !== undefined && (await userCompanies.get(bundled.id)) === undefined) return bundled;
  }
  return undefined;
}

/**
 * The company a content script's hint points to: a known one by domain, else one recorded now
 * (source "auto", id from the domain), so the same site always resolves to the same company.
 * A company is only ever returned for a domain it lists: an id is one-to-one with its domain,
 * and a stored company under that id that does not list the domain (an older look-alike slug,
 * or domains the person changed) is passed over for a variant id, never joined.
 * Throws when the host has no registrable domain (IP address, localhost, intranet name).
 */
export async function resolveCompanyHint(hint: CompanyHint, now: number): Promise<Company> {
  const domain = registrableDomain(hint.host);
  if (domain === undefined) throw new Error(`"${hint.host}" is not a public web address`);
  const known = await companyForUrl(hint.host);
  if (known !== undefined) {
    const renamed = renamedFromPage(known, domain, hint.name, now);
    return renamed ? userCompanies.put(renamed) : known;
  }
  // Hashing (long domains) awaits a non-IndexedDB promise, so it happens before the transaction.
  const ids = autoCompanyIdVariants(await autoCompanyId(domain));
  const db = getDb();
  // Check-then-put inside one read-write transaction: two pages reporting at once make one company.
  return db.transaction('rw', db.companies, async () => {
    // Found by domain first: a company made meanwhile by another page, or stored under an older id.
    const listing = (await userCompaniesByDomain(domain)).sort(preferUserRecord)[0];
    if (listing !== undefined) return listing;
    // None lists the domain, so a company stored under one of its ids belongs to another site.
    for (const id of ids) {
      if (!bundledById.has(id) && (await db.companies.get(id)) === undefined) {
        return userCompanies.put(autoCompany(id, domain, hint.name, now));
      }
    }
    throw new Error(`no free company id for "${domain}"`);
  });
}

export class DomainConflictError extends Error {
  constructor(readonly conflicts: DomainConflict[]) {
    super(`Already used by another company: ${conflicts.map((c) => `${c.domain} (${c.companyName})`).join(', ')}`);
    this.name = 'DomainConflictError';
  }
}

/**
 * Saves a company the person added or corrected. It becomes theirs (source "user") and replaces
 * the bundled entry with the same id. Refused whole — nothing written — when it does not
 * validate or when another of their companies already claims one of its domains.
 */
export async function saveUserCompany(company: Company, now: number = Date.now()): Promise<Company> {
  const record = Company.parse({ ...company, source: 'user', updatedAt: Math.max(now, company.createdAt) });
  const db = getDb();
  return db.transaction('rw', db.companies, async () => {
    const others = await db.companies.where('domains').anyOf(record.domains).toArray();
    const conflicts = findDomainConflicts(record, others);
    if (conflicts.length > 0) throw new DomainConflictError(conflicts);
    return userCompanies.put(record);
  });
}

/** Drops the person's entry: a corrected company is back to the directory's, an added one is gone. */
export async function resetCompany(id: string): Promise<void> {
  await userCompanies.remove(id);
}
