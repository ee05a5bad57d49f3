import type { Platform } from '../../model';
import type { SocialAdapter } from '../types';
import { atMentions } from '../text';
import { composersMatching, nearestComposer } from './composer-selectors';

const COMPOSER = '[contenteditable="true"][role="textbox"], [contenteditable="true"]';

/**
 * Threads and LinkedIn: composers are generic contenteditable boxes and the publish button is
 * found by its label. Posting is recorded; replies are recorded by hand.
 */
export function labelledButtonAdapter(
  platform: Platform,
  labels: readonly string[],
  contextHandle?: (pathname: string) => string | undefined,
): SocialAdapter {
  const wanted = new Set(labels.map((l) => l.toLowerCase()));
  const isPostButton = (el: Element) => {
    const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().toLowerCase();
    return wanted.has(label);
  };
  return {
    platform,
    recognises: () => true,
    ...composersMatching(COMPOSER),
    postButtonOf(el) {
      const button = el.closest<HTMLElement>('button, [role="button"]');
      return button && isPostButton(button) ? button : null;
    },
    composerForButton: nearestComposer(COMPOSER),
    publishesOnKey: (e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey),
    addressees(text, loc) {
      const own = contextHandle?.(loc.pathname);
      return [...atMentions(text), ...(own ? [own] : [])];
    },
    posts: () => [],
    threadRoot: () => undefined,
  };
}

export const threadsAdapter = labelledButtonAdapter('threads', ['post', 'reply']);
export const linkedinAdapter = labelledButtonAdapter(
  'linkedin',
  ['post', 'comment', 'reply'],
  (pathname) => /^\/company\/([^/]+)/.exec(pathname)?.[1],
);
