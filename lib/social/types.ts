import type { Platform } from '../model';

/** A post or reply as a page shows it. */
export interface SeenPost {
  /** Author handle without "@" (Mastodon: user@instance when the page says so). */
  author: string;
  /** Absolute permalink. */
  url: string;
  at?: number;
  text: string;
  /** Handles the post mentions, without "@". */
  mentions: string[];
}

/**
 * One network's page knowledge: Document in, facts out. Adapters never touch extension APIs,
 * keep no state and read only the elements they need, so they are unit-tested on saved pages.
 */
export interface SocialAdapter {
  platform: Platform;
  /** Does this document belong to the network (for hosts that can run any software)? */
  recognises(doc: Document): boolean;
  /** The editable element of a composer that contains `el`, if any. */
  composerOf(el: Element): HTMLElement | null;
  /** Every composer on the page. */
  composers(doc: Document): HTMLElement[];
  /** The publish button that contains `el`, if any. */
  postButtonOf(el: Element): HTMLElement | null;
  /** For a publish button, the composer it publishes. */
  composerForButton(button: HTMLElement, doc: Document): HTMLElement | null;
  /** Does this key press publish (e.g. Ctrl/⌘+Enter; Enter on Facebook comments)? */
  publishesOnKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>): boolean;
  /** Handles the composer's text is addressed to, plus the page's own (a company's Page). */
  addressees(text: string, loc: Pick<Location, 'host' | 'pathname'>): string[];
  /** Posts currently on the page, in document order. */
  posts(doc: Document, base: string): SeenPost[];
  /** The signed-in person's handle, when the page shows it (their own threads are the ones that matter). */
  signedInAs?(doc: Document, host: string): string | undefined;
  /**
   * The post a composer on this page answers, when the page says (X's reply intent names it);
   * otherwise the page's thread root stands for it.
   */
  replyTarget?(doc: Document, loc: Pick<Location, 'href' | 'pathname'>): string | undefined;
  /**
   * The post the page is about — on a status/thread page, the post whose permalink is the page's
   * address (the focal post; the posts it answers are shown above it) — if any.
   */
  threadRoot(
    doc: Document,
    loc: Pick<Location, 'href' | 'pathname'>,
    posts?: readonly SeenPost[],
  ): SeenPost | undefined;
  /** On an account's profile page: its handle (as in `SeenPost.author`) and the name it shows. */
  profile?(doc: Document, loc: Pick<Location, 'href'>): SeenProfile | undefined;
}

/** An account as its profile page shows it. */
export interface SeenProfile {
  handle: string;
  /** The display name, when the page shows one. */
  name?: string;
}
