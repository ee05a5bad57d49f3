import { parse } from 'tldts';
import type { Company } from '../model';

const AUTO_PREFIX = 'auto-';
/** Room left for the encoded domain in a company id (80 characters at most, lib/model/common.ts). */
const MAX_ENCODED = 70;
/** How many distinct ids are tried when the domain's own id is held by another company. */
const MAX_VARIANTS = 100;

/**
 * A domain written in the company-id alphabet (a-z, 0-9, "-") one-to-one: "." is "-", "-" is
 * "0-" and "0" is "00". No code word is the start of another, so every id decodes to one domain
 * only ("acme.co.uk" → "acme-co-uk", "acme-co.uk" → "acme0-co-uk"). The older slug ("auto-"
 * plus the domain with every run of dots and dashes as one "-") gave both of those one id, so
 * one site's reference could join another's case.
 */
export function encodeDomain(domain: string): string {
  let out = '';
  for (const ch of domain.toLowerCase()) {
    if (ch === '.') out += '-';
    else if (ch === '-') out += '0-';
    else if (ch === '0') out += '00';
    else if (/^[a-z1-9]$/.test(ch)) out += ch;
    else throw new Error(`"${domain}" is not an ASCII domain`);
  }
  return out;
}

/**
 * The id of the company made for a domain nobody listed: "auto-" and the encoded domain, so
 * the same domain gives the same id and two domains never share one. A domain too long to fit
 * is named by its SHA-256 instead ("auto-0h" and 32 hex digits; "0h" is no code word, so this
 * never equals an encoded domain), the same domain again giving the same id.
 */
export async function autoCompanyId(domain: string): Promise<string> {
  const encoded = encodeDomain(domain);
  if (encoded.length > 0 && encoded.length <= MAX_ENCODED) return `${AUTO_PREFIX}${encoded}`;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(domain.toLowerCase())));
  const hex = Array.from(digest.slice(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
  return `${AUTO_PREFIX}0h${hex}`;
}

/**
 * The ids to try, in order, for a domain's automatic company: its own id, then variants
 * ("…0n2", "…0n3"; "0n" is no code word either, so a variant never equals another domain's
 * id). A variant is needed only when the own id is held by a company that does not list the
 * domain — one stored under the older slug for a look-alike domain, or one whose domains the
 * person changed — and that company must not receive this site's contacts.
 */
export function autoCompanyIdVariants(baseId: string): string[] {
  return [baseId, ...Array.from({ length: MAX_VARIANTS - 1 }, (_, i) => `${baseId}0n${i + 2}`)];
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
export function bareCompany(fields: Pick<Company, 'id' | 'name' | 'domains' | 'source'>, now: number): Company {
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

/**
 * An automatic company still named only from its domain ("Example" for example.com), renamed to
 * what a page of its site calls it (its site name) once a page says: a form sent before the page
 * was read named it from the domain. A name the page gave, or any company the person edited (it
 * is theirs then, source "user"), is never renamed. Undefined when nothing changes.
 */
export function renamedFromPage(
  company: Company,
  domain: string,
  hintName: string | undefined,
  now: number,
): Company | undefined {
  const name = tidyCompanyName(hintName);
  if (company.source !== 'auto' || name === undefined || name === company.name) return undefined;
  if (company.name !== nameFromDomain(domain)) return undefined;
  return { ...company, name, updatedAt: Math.max(now, company.updatedAt) };
}

/** The company recorded under `id` for a site that is not in the directory (sector and country unknown). */
export function autoCompany(id: string, domain: string, hintName: string | undefined, now: number): Company {
  return bareCompany(
    { id, name: tidyCompanyName(hintName) ?? nameFromDomain(domain), domains: [domain], source: 'auto' },
    now,
  );
}
