import type { SeenPost, SocialAdapter } from '../types';
import { profileOfUrl } from '../permalinks';
import { absolute, pathOf, textOf, timeOf } from '../text';
import { composersAndButtonsMatching } from './composer-selectors';

const COMPOSER = 'form.compose-form textarea';
const POST_BUTTON = 'form.compose-form button[type="submit"], form.compose-form .compose-form__submit button';

/** `@user` or `@user@instance` mentions; the local form is completed with the page's host. */
export function mastodonMentions(text: string, host: string): string[] {
  const found = [...text.matchAll(/(?:^|[^\w@/])@([A-Za-z0-9_]{1,30})(?:@([a-z0-9-]+(?:\.[a-z0-9-]+)+))?/gi)].map(
    (m) => `${m[1] ?? ''}@${(m[2] ?? host).toLowerCase()}`,
  );
  return [...new Set(found)];
}

function accountOf(status: Element, host: string): string | undefined {
  const raw =
    textOf(status.querySelector('.display-name__account')) ||
    (status.querySelector('.status__display-name')?.getAttribute('title') ?? '');
  const m = /@?([A-Za-z0-9_]{1,30})(?:@([a-z0-9.-]+))?/i.exec(raw);
  if (!m) return undefined;
  return `${m[1] ?? ''}@${(m[2] ?? host).toLowerCase()}`;
}

/**
 * A status's mentions. Mastodon shows a mention of an account on another server as `@user` alone,
 * so the server comes from the mention's link (`https://mastodon.social/@TMobileHelp`) — read on
 * another server, the text would name the wrong account; mentions typed in full count as well.
 */
function statusMentions(status: Element, text: string, host: string): string[] {
  const linked = [...status.querySelectorAll('.status__content a.mention:not(.hashtag)')].flatMap((a) => {
    const handle = profileOfUrl('mastodon', absolute(a.getAttribute('href'), `https://${host}/`) ?? '');
    return handle ? [handle] : [];
  });
  const users = new Set(linked.map((h) => h.split('@')[0]?.toLowerCase()));
  const typed = mastodonMentions(text, host).filter((m) => !users.has(m.split('@')[0]?.toLowerCase()));
  return [...new Set([...linked, ...typed])];
}

function readStatus(status: Element, base: string, host: string): SeenPost | undefined {
  const author = accountOf(status, host);
  const link = status.querySelector('a.status__relative-time, a.detailed-status__datetime');
  const url = absolute(link?.getAttribute('href'), base);
  if (!author || !url) return undefined;
  const text = textOf(status.querySelector('.status__content'));
  return { author, url, at: timeOf(link), text, mentions: statusMentions(status, text, host) };
}

export const mastodonAdapter: SocialAdapter = {
  platform: 'mastodon',
  // Any server can host Mastodon: trust the markup, not the host name.
  recognises: (doc) =>
    doc.getElementById('mastodon') !== null ||
    /mastodon/i.test(doc.querySelector('meta[name="application-name"]')?.getAttribute('content') ?? ''),
  ...composersAndButtonsMatching(COMPOSER, POST_BUTTON),
  composerForButton: (button) => button.closest('form')?.querySelector<HTMLElement>('textarea') ?? null,
  signedInAs(doc, host) {
    const raw = doc.querySelector('.navigation-bar__profile-account')?.textContent ?? '';
    const m = /@?([A-Za-z0-9_]{1,30})(?:@([a-z0-9.-]+))?/i.exec(raw.trim());
    return m ? `${m[1] ?? ''}@${(m[2] ?? host).toLowerCase()}` : undefined;
  },
  publishesOnKey: (e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey),
  addressees: (text, loc) => mastodonMentions(text, loc.host),
  posts(doc, base) {
    const host = new URL(base).host;
    return [...doc.querySelectorAll('.detailed-status, .status[data-id]')].flatMap(
      (s) => readStatus(s, base, host) ?? [],
    );
  },
  threadRoot(doc, loc, posts) {
    const path = loc.pathname.replace(/\/+$/, '');
    if (!/\/\d+$/.test(path)) return undefined;
    return (posts ?? this.posts(doc, loc.href)).find((p) => pathOf(p.url) === path);
  },
  profile(doc, loc) {
    const handle = profileOfUrl('mastodon', loc.href);
    const name = textOf(doc.querySelector('.account__header__tabs__name h1 > span, .account__header__title h1 > span'));
    return handle ? { handle, name: name || undefined } : undefined;
  },
};
