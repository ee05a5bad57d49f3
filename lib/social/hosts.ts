import type { Platform } from '../model';

/**
 * The pages the social script runs on, per network: the manifest declares the script for exactly
 * these (manifest.config.ts, `socialScriptMatches`), https only, top frames. The person's other
 * Mastodon servers get it once they allow them (lib/social/servers.ts); Instagram and Reddit never.
 */
export const SOCIAL_SCRIPT_HOSTS: Readonly<Partial<Record<Platform, readonly string[]>>> = {
  x: ['x.com', 'twitter.com', 'mobile.twitter.com'],
  bluesky: ['bsky.app'],
  mastodon: ['mastodon.social'],
  threads: ['www.threads.com', 'www.threads.net'],
  linkedin: ['www.linkedin.com'],
  facebook: ['www.facebook.com'],
};

/** The social script's match patterns, one per host above. */
export function socialScriptMatches(): string[] {
  return Object.values(SOCIAL_SCRIPT_HOSTS).flatMap((hosts) => hosts.map((host) => `https://${host}/*`));
}

/**
 * Is the sending page one of `platform`'s own pages that the social script runs on? Only such a
 * page may report a post or a reply on that network, or be given a draft for it: a message from
 * anywhere else (another network, or any site where only the contact script runs) can only be
 * forged, and a draft is private until the person posts it. `mastodonServers`: the person's own
 * servers where the script was added once they allowed it (lib/social/servers.ts).
 */
export function isNetworkPage(
  platform: Platform,
  pageUrl: string | undefined,
  mastodonServers: readonly string[] = [],
): boolean {
  if (pageUrl === undefined) return false;
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return false;
  }
  // `host` keeps a port other than 443: the script's patterns match the default port only.
  const hosts = [...(SOCIAL_SCRIPT_HOSTS[platform] ?? []), ...(platform === 'mastodon' ? mastodonServers : [])];
  return url.protocol === 'https:' && hosts.includes(url.host.toLowerCase());
}
