import { parse } from 'tldts';
import type { Company } from '../model';

/** Stable id of the company made for a domain nobody listed: the same domain, the same id. */
export function autoCompanyId(domain: string): string {
  const slug = domain
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 75)
    .replace(/-+$/, '');
  return `auto-${slug || 'site'}`;
}

/** "acme.com" → "Acme", "my-shop.co.uk" → "My Shop": a readable name until the person edits it. */
export function nameFromDomain(domain: string): string {
  const label = parse(domain, { allowPrivateDomains: true }).domainWithoutSuffix ?? domain.split('.')[0] ?? domain;
  const words = label.split(/[-_]+/).filter(Boolean);
  if (words.length === 0) return domain;
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

/** A page-supplied name, tidied: no control characters, single spaces, at most 80 characters. */
export function tidyCompanyName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const tidy = name
    // eslint-disable-next-line no-control-regex -- stripping control characters is the point
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (tidy === '') return undefined;
  return tidy.length > 80 ? `${tidy.slice(0, 79).trimEnd()}…` : tidy;
}

/** A company known only by name (and maybe a domain): sector and country unknown, no contacts yet. */
export function bareCompany(
  fields: Pick<Company, 'id' | 'name' | 'domains' | 'source'>,
  now: number,
): Company {
  return {
    ...fields,
    sector: 'other',
    country: 'global',
    handles: {},
    retiredHandles: [],
    phones: [],
    emails: [],
    contactUrls: [],
    status: 'active',
    createdAt: now,
    updatedAt: now,
  };
}

/** The company recorded for a site that is not in the directory (sector and country unknown). */
export function autoCompany(domain: string, hintName: string | undefined, now: number): Company {
  return bareCompany(
    { id: autoCompanyId(domain), name: tidyCompanyName(hintName) ?? nameFromDomain(domain), domains: [domain], source: 'auto' },
    now,
  );
}
