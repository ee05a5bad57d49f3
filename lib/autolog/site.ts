import { registrableDomain } from '../companies/lookup';

/**
 * Page URLs as the logging policy sees them. Query strings and fragments are dropped: they often
 * carry session tokens or e-mail addresses, and they do not make a different contact page.
 */
export function pageKey(pageUrl: string): string | undefined {
  try {
    const url = new URL(pageUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    // Trailing slashes, matched from the first slash of a run only: a page can put a long run of
    // slashes in its path, and trying from every slash of it would be quadratic.
    const path = url.pathname.length > 1 ? url.pathname.replace(/(?<!\/)\/+$/, '') : '/';
    return `${url.protocol}//${url.host.toLowerCase()}${path}`;
  } catch {
    return undefined;
  }
}

export function hostOf(pageUrl: string): string | undefined {
  try {
    return new URL(pageUrl).hostname.toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The site a page belongs to: its registrable domain as the company directory computes it
 * ("support.example.co.uk" → "example.co.uk"), or the host where there is none (IP, localhost).
 */
export function siteOf(pageUrl: string): string | undefined {
  const host = hostOf(pageUrl);
  if (!host) return undefined;
  return registrableDomain(host) ?? host;
}

/**
 * "Never on this site": matches the registrable domain, the host, or any parent of the host, so
 * a list entry written either way ("example.com", "help.example.com") is honoured.
 */
export function isNeverSite(pageUrl: string, neverOnSites: readonly string[]): boolean {
  const host = hostOf(pageUrl);
  if (!host || neverOnSites.length === 0) return false;
  const blocked = new Set(
    neverOnSites.map((s) =>
      s
        .trim()
        .toLowerCase()
        .replace(/^\*?\./, ''),
    ),
  );
  const labels = host.split('.');
  for (let i = 0; i < labels.length; i += 1) {
    if (blocked.has(labels.slice(i).join('.'))) return true;
  }
  const site = siteOf(pageUrl);
  return site !== undefined && blocked.has(site);
}
