/**
 * Social networks: they have their own script, and nothing on them is a company contact page.
 * The contact script is not even injected there (manifest `exclude_matches`); the classifier
 * checks again, for subdomains and pages reached by client-side navigation.
 */
export const SOCIAL_HOSTS = [
  'x.com',
  'twitter.com',
  'bsky.app',
  'facebook.com',
  'instagram.com',
  'threads.net',
  'threads.com',
  'linkedin.com',
  'reddit.com',
  'mastodon.social',
  'tiktok.com',
  'youtube.com',
] as const;

/** The host is a social network or one of its subdomains. */
export function isSocialHost(host: string): boolean {
  const h = host.toLowerCase();
  return SOCIAL_HOSTS.some((social) => h === social || h.endsWith(`.${social}`));
}

/** Match patterns for the social hosts and their subdomains. */
export function socialMatchPatterns(): string[] {
  return SOCIAL_HOSTS.map((host) => `*://*.${host}/*`);
}
