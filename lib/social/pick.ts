import type { SocialAdapter } from './types';
import { blueskyAdapter } from './adapters/bluesky';
import { facebookAdapter } from './adapters/facebook';
import { linkedinAdapter, threadsAdapter } from './adapters/generic';
import { mastodonAdapter } from './adapters/mastodon';
import { xAdapter } from './adapters/x';

function onDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** The adapter for a page, by host, or by markup for Mastodon (any server can run it). */
export function adapterFor(host: string, doc: Document): SocialAdapter | undefined {
  const h = host.toLowerCase();
  if (onDomain(h, 'x.com') || onDomain(h, 'twitter.com')) return xAdapter;
  if (onDomain(h, 'bsky.app')) return blueskyAdapter;
  if (onDomain(h, 'threads.com') || onDomain(h, 'threads.net')) return threadsAdapter;
  if (onDomain(h, 'linkedin.com')) return linkedinAdapter;
  if (onDomain(h, 'facebook.com')) return facebookAdapter;
  return mastodonAdapter.recognises(doc) ? mastodonAdapter : undefined;
}
