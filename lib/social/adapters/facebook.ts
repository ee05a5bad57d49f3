import type { SocialAdapter } from '../types';
import { composersAndButtonsMatching, nearestComposer } from './composer-selectors';

const COMPOSER = 'div[contenteditable="true"][role="textbox"]';
const POST_BUTTON =
  'div[role="button"][aria-label="Comment"], div[role="button"][aria-label="Post"], div[role="button"][aria-label="Reply"]';
const NOT_PAGES = new Set([
  '',
  'home.php',
  'groups',
  'watch',
  'marketplace',
  'messages',
  'notifications',
  'profile.php',
  'search',
  'events',
  'gaming',
]);

/** A Page's slug from its URL (facebook.com/Xfinity → Xfinity). */
export function facebookPageSlug(pathname: string): string | undefined {
  const seg = pathname.split('/')[1] ?? '';
  return NOT_PAGES.has(seg.toLowerCase()) || !/^[A-Za-z0-9.]{2,80}$/.test(seg) ? undefined : seg;
}

/**
 * Facebook: what a person writes on a company's Page (post or comment) is addressed to it. Reply
 * permalinks are not exposed reliably in the markup, so replies are recorded by hand.
 */
export const facebookAdapter: SocialAdapter = {
  platform: 'facebook',
  recognises: () => true,
  ...composersAndButtonsMatching(COMPOSER, POST_BUTTON),
  composerForButton: nearestComposer(COMPOSER),
  // Comments are sent with Enter (Shift+Enter makes a new line).
  publishesOnKey: (e) => e.key === 'Enter' && !e.shiftKey,
  addressees: (_text, loc) => {
    const slug = facebookPageSlug(loc.pathname);
    return slug ? [slug] : [];
  },
  posts: () => [],
  threadRoot: () => undefined,
};
