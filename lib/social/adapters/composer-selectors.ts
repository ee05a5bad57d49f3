import type { SocialAdapter } from '../types';

/** Composers that are the elements matching one selector: the one around an element, and every one. */
export function composersMatching(composer: string): Pick<SocialAdapter, 'composerOf' | 'composers'> {
  return {
    composerOf: (el) => el.closest<HTMLElement>(composer),
    composers: (doc) => [...doc.querySelectorAll<HTMLElement>(composer)],
  };
}

/** Composers and publish buttons that each match one selector (X, Bluesky, Mastodon, Facebook). */
export function composersAndButtonsMatching(
  composer: string,
  postButton: string,
): Pick<SocialAdapter, 'composerOf' | 'composers' | 'postButtonOf'> {
  return {
    ...composersMatching(composer),
    postButtonOf: (el) => el.closest<HTMLElement>(postButton),
  };
}

/**
 * For a publish button, the nearest composer sharing a container with it (a dialog or an inline
 * reply box), else the page's first: the button is not inside the composer it publishes.
 */
export function nearestComposer(composer: string): SocialAdapter['composerForButton'] {
  return (button, doc) => {
    for (let box: Element | null = button.parentElement; box; box = box.parentElement) {
      const found = box.querySelector<HTMLElement>(composer);
      if (found) return found;
    }
    return doc.querySelector<HTMLElement>(composer);
  };
}
