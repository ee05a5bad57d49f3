import type { Platform } from '../model';

/** Where each network's pages live; Mastodon runs on any server, so any host may carry it. */
const HOSTS: Partial<Record<Platform, readonly string[]>> = {
  x: ['x.com', 'twitter.com'],
  bluesky: ['bsky.app'],
  threads: ['threads.com', 'threads.net'],
  linkedin: ['linkedin.com'],
  facebook: ['facebook.com'],
  instagram: ['instagram.com'],
  reddit: ['reddit.com'],
};

/** Does a report about `platform` come from a page of that network? */
export function platformMatchesHost(platform: Platform, host: string | undefined): boolean {
  const domains = HOSTS[platform];
  if (!domains) return host !== undefined;
  const h = (host ?? '').toLowerCase();
  return domains.some((d) => h === d || h.endsWith(`.${d}`));
}
