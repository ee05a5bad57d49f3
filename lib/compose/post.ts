import type { Platform } from '../model';
import { xStatusId } from '../social/permalinks';
import { stripAt } from './handle';

/** Where a post goes once written. Pure: the UI opens the URL with browser.tabs.create. */

export interface PostTarget {
  /** A compose page that takes the text prefilled, when the network has one. */
  intentUrl?: string;
  /** Otherwise: copy the text and open this page (the company's profile, or the network). */
  profileUrl: string;
}

const enc = encodeURIComponent;

function validServer(server: string): string {
  const s = server
    .trim()
    .replace(/^https?:\/\//iu, '')
    .replace(/\/.*$/u, '');
  return /^[a-z0-9.-]+\.[a-z]{2,}$/iu.test(s) ? s.toLowerCase() : 'mastodon.social';
}

export function profileUrl(platform: Platform, handle: string, mastodonServer = 'mastodon.social'): string {
  const h = stripAt(handle);
  switch (platform) {
    case 'x':
      return h ? `https://x.com/${enc(h)}` : 'https://x.com/';
    case 'bluesky':
      return h ? `https://bsky.app/profile/${enc(h)}` : 'https://bsky.app/';
    case 'mastodon': {
      const [user, server] = h.split('@');
      return user
        ? `https://${validServer(server ?? mastodonServer)}/@${enc(user)}`
        : `https://${validServer(mastodonServer)}/`;
    }
    case 'threads':
      return h ? `https://www.threads.com/@${enc(h)}` : 'https://www.threads.com/';
    case 'linkedin':
      return h ? `https://www.linkedin.com/company/${enc(h)}/` : 'https://www.linkedin.com/';
    case 'facebook':
      return h ? `https://www.facebook.com/${enc(h)}` : 'https://www.facebook.com/';
    case 'instagram':
      return h ? `https://www.instagram.com/${enc(h)}/` : 'https://www.instagram.com/';
    case 'reddit': {
      const m = /^([ur])\/(.+)$/u.exec(h);
      if (m) return `https://www.reddit.com/${m[1] === 'r' ? 'r' : 'user'}/${enc(m[2] ?? '')}/`;
      return h ? `https://www.reddit.com/user/${enc(h)}/` : 'https://www.reddit.com/';
    }
  }
}

/**
 * The page to open for one part of a draft. `parts` are the draft's posts (Reddit: [title, body]);
 * `index` picks the thread part to prefill.
 */
export function postTarget(
  platform: Platform,
  handle: string,
  parts: readonly string[],
  index = 0,
  mastodonServer = 'mastodon.social',
  /** The link of the post this part answers (the thread's previous part), when known. */
  replyTo?: string,
): PostTarget {
  const text = parts[index] ?? '';
  const profile = profileUrl(platform, handle, mastodonServer);
  switch (platform) {
    case 'x': {
      // X's documented Post Web Intent (docs.x.com, "Web intent"): `in_reply_to` takes the id of
      // the post to answer, which is how a thread's next part joins the chain.
      const parent = replyTo === undefined ? undefined : xStatusId(replyTo);
      const reply = parent === undefined ? '' : `&in_reply_to=${parent}`;
      return { intentUrl: `https://x.com/intent/tweet?text=${enc(text)}${reply}`, profileUrl: profile };
    }
    case 'bluesky':
      return { intentUrl: `https://bsky.app/intent/compose?text=${enc(text)}`, profileUrl: profile };
    case 'mastodon':
      return { intentUrl: `https://${validServer(mastodonServer)}/share?text=${enc(text)}`, profileUrl: profile };
    case 'threads':
      return { intentUrl: `https://www.threads.com/intent/post?text=${enc(text)}`, profileUrl: profile };
    case 'reddit': {
      const sub = /^r\/(.+)$/u.exec(stripAt(handle));
      const base = sub ? `https://www.reddit.com/r/${enc(sub[1] ?? '')}/submit` : 'https://www.reddit.com/submit';
      return { intentUrl: `${base}?title=${enc(parts[0] ?? '')}&text=${enc(parts[1] ?? '')}`, profileUrl: profile };
    }
    default:
      return { profileUrl: profile };
  }
}
