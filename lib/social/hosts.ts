import type { Platform } from '../model';

/**
 * The pages the social script runs on, per network: the manifest declares the script for exactly
 * these (manifest.config.ts, `socialScriptMatches`), https only, top frames. Other Mastodon
 * servers are not among them (the script has no access there), nor are Instagram and Reddit.
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
 * forged, and a draft is private until the person posts it.
 */
export function isNetworkPage(platform: Platform, pageUrl: string | undefined): boolean {
  if (pageUrl === undefined) return false;
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return false;
  }
  // `host` keeps a port other than 443: the script's patterns match the default port only.
  return url.protocol === 'https:' && (SOCIAL_SCRIPT_HOSTS[platform] ?? []).includes(url.host.toLowerCase());
}
