import type { Company } from '../model';

const byName = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * The companies a person can reach: their own (added, corrected, found on pages) plus every
 * bundled entry they have not replaced. A bundled entry is replaced by a user entry with the
 * same id, or when user entries claim all of its domains. Sorted by name.
 */
export function mergeCompanies(user: readonly Company[], bundled: readonly Company[]): Company[] {
  const userIds = new Set(user.map((c) => c.id));
  const claimed = new Set(user.flatMap((c) => c.domains));
  const visible = bundled.filter(
    (c) => !userIds.has(c.id) && (c.domains.length === 0 || !c.domains.every((d) => claimed.has(d))),
  );
  return [...user, ...visible].sort((a, b) => byName.compare(a.name, b.name) || a.id.localeCompare(b.id));
}

/** Among user records sharing a domain: a person's own entry beats one found automatically, then the newest. */
export function preferUserRecord(a: Company, b: Company): number {
  const rank = (c: Company) => (c.source === 'user' ? 0 : 1);
  return rank(a) - rank(b) || b.updatedAt - a.updatedAt;
}

export interface DomainConflict {
  domain: string;
  companyId: string;
  companyName: string;
}

/**
 * Domains of `company` that another of the person's own companies already claims. Two user
 * entries on one domain would make lookups ambiguous; overriding a bundled entry is intended.
 */
export function findDomainConflicts(
  company: Pick<Company, 'id' | 'domains'>,
  others: readonly Company[],
): DomainConflict[] {
  const owners = new Map<string, Company>();
  for (const other of others) {
    if (other.id === company.id || other.source === 'directory') continue;
    for (const domain of other.domains) owners.set(domain, other);
  }
  return company.domains.flatMap((domain) => {
    const owner = owners.get(domain);
    return owner === undefined ? [] : [{ domain, companyId: owner.id, companyName: owner.name }];
  });
}
