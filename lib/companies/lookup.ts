import { parse } from 'tldts';
import type { Company } from '../model';

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * The host name of a URL or bare host, as the browser would resolve it: lower-case, IDN as
 * punycode, no port, no trailing dot. `undefined` when the input is not a web address.
 */
export function hostOf(urlOrHost: string): string | undefined {
  const input = urlOrHost.trim();
  if (input === '' || /\s/.test(input)) return undefined;
  let url: URL;
  try {
    url = new URL(SCHEME.test(input) && !/^[^/]+:\d+(\/|$)/.test(input) ? input : `http://${input}`);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const host = url.hostname.replace(/\.+$/, '');
  return host === '' ? undefined : host;
}

/**
 * The registrable domain ("amazon.co.uk" for "https://www.amazon.co.uk/gp"), following the
 * Public Suffix List, private section included so each "shop.myshopify.com" is its own site.
 * IP addresses, localhost, unknown top-level domains (.local, .internal, .test) and malformed
 * input have none: they are not a company's public address.
 */
export function registrableDomain(urlOrHost: string): string | undefined {
  const host = hostOf(urlOrHost);
  if (host === undefined) return undefined;
  const parsed = parse(host, { allowPrivateDomains: true });
  if (parsed.isIp || parsed.domain === null) return undefined;
  if (parsed.isIcann !== true && parsed.isPrivate !== true) return undefined;
  return parsed.domain;
}

/**
 * The host and each parent down to its registrable domain, most specific first:
 * "a.help.example.com" → ["a.help.example.com", "help.example.com", "example.com"].
 */
export function domainCandidates(urlOrHost: string): string[] {
  const host = hostOf(urlOrHost);
  const domain = host === undefined ? undefined : registrableDomain(host);
  if (host === undefined || domain === undefined) return [];
  const candidates: string[] = [];
  let current = host;
  while (current.length > domain.length && current.endsWith(`.${domain}`)) {
    candidates.push(current);
    current = current.slice(current.indexOf('.') + 1);
  }
  candidates.push(domain);
  return candidates;
}

export type DomainIndex = ReadonlyMap<string, Company>;

/** domain → company; when two companies list a domain, the first in the list keeps it. */
export function buildDomainIndex(companies: readonly Company[]): DomainIndex {
  const index = new Map<string, Company>();
  for (const company of companies) {
    for (const domain of company.domains) {
      if (!index.has(domain)) index.set(domain, company);
    }
  }
  return index;
}

// One index per company list, built on first use: lookups are Map reads, not scans.
const indexes = new WeakMap<readonly Company[], DomainIndex>();

function indexFor(companies: readonly Company[]): DomainIndex {
  let index = indexes.get(companies);
  if (index === undefined) {
    index = buildDomainIndex(companies);
    indexes.set(companies, index);
  }
  return index;
}

/** The company for a host, URL or domain in a prebuilt index; the most specific listed domain wins. */
export function matchInIndex(urlOrHost: string, index: DomainIndex): Company | undefined {
  for (const candidate of domainCandidates(urlOrHost)) {
    const company = index.get(candidate);
    if (company !== undefined) return company;
  }
  return undefined;
}

/**
 * The company whose domains contain the given domain (or host, or URL). A company may list a
 * subdomain such as "help.example.com"; a host under it matches that company before one that
 * lists "example.com". Never matches above the registrable domain ("co.uk" is nobody's).
 */
export function matchCompanyByDomain(domain: string, companies: readonly Company[]): Company | undefined {
  return matchInIndex(domain, indexFor(companies));
}
