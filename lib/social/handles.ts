import type { Company, Platform } from '../model';

/**
 * Handle comparison per network. X and Threads handles are case-insensitive; Bluesky handles are
 * domains (lower-case); a Mastodon handle is user@instance, and a mention without an instance
 * means the instance the page is on.
 */
export function normalizeHandle(platform: Platform, raw: string, pageHost?: string): string {
  let h = raw.trim().replace(/^@/, '');
  if (platform === 'mastodon' && !h.includes('@') && pageHost) h = `${h}@${pageHost}`;
  return h.toLowerCase();
}

export function sameHandle(platform: Platform, a: string, b: string, pageHost?: string): boolean {
  return normalizeHandle(platform, a, pageHost) === normalizeHandle(platform, b, pageHost);
}

/** The company whose support handle on this network is `handle` (current handles only). */
export function companyByHandle(
  platform: Platform,
  handle: string,
  companies: readonly Company[],
  pageHost?: string,
): Company | undefined {
  return companies.find((c) => {
    const own = c.handles[platform]?.handle;
    return own !== undefined && sameHandle(platform, own, handle, pageHost);
  });
}

function words(text: string): Set<string> {
  return new Set(
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/https?:\/\/\S+/g, ' ')
      .split(/[^\p{L}\p{N}@_.]+/u)
      // Trailing dots are matched from the first dot of a run only: a run of dots inside a word
      // is then crossed once, not once per dot (quadratic).
      .map((w) => w.replace(/^[.]+|(?<![.])[.]+$/g, ''))
      .filter((w) => w.length > 1),
  );
}

/** Word-set overlap (Jaccard, 0..1): the site may trim, re-space or shorten links in what was posted. */
export function textSimilarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 && wb.size === 0) return 1;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared += 1;
  return shared / (wa.size + wb.size - shared);
}
