import type { Platform } from '../model';

/**
 * The author named in a post's permalink, where the network puts it there:
 * x.com/<user>/status/<id>, bsky.app/profile/<handle>/post/<key>, <server>/@<user>/<id>.
 */
export function authorOfPermalink(platform: Platform, url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const path = u.pathname;
  const m =
    platform === 'x'
      ? /^\/([A-Za-z0-9_]{1,15})\/status\/\d+/.exec(path)
      : platform === 'bluesky'
        ? /^\/profile\/([^/]+)\/post\/[^/]+/.exec(path)
        : platform === 'mastodon'
          ? /^\/@([A-Za-z0-9_]+(?:@[a-z0-9.-]+)?)\/\d+/i.exec(path)
          : platform === 'threads'
            ? /^\/@([A-Za-z0-9_.]+)\/post\/[^/]+/.exec(path)
            : null;
  const author = m?.[1];
  if (!author) return undefined;
  return platform === 'mastodon' && !author.includes('@') ? `${author}@${u.host}`.toLowerCase() : author.toLowerCase();
}

/**
 * The id of a post on X (x.com or twitter.com, any path form: /<user>/status/<id>,
 * /i/status/<id>, /i/web/status/<id>), which names the post whatever the author part says.
 */
export function xStatusId(url: string): string | undefined {
  try {
    const u = new URL(url);
    if (!/^(?:(?:www|mobile)\.)?(?:x|twitter)\.com$/iu.test(u.host)) return undefined;
    return /\/status(?:es)?\/(\d{1,25})(?:\/|$)/u.exec(u.pathname)?.[1];
  } catch {
    return undefined;
  }
}

/** Two permalinks of the same post (ignoring query, hash, trailing slash, host aliases and case). */
export function samePost(a: string, b: string): boolean {
  const ids = [xStatusId(a), xStatusId(b)];
  if (ids[0] !== undefined && ids[1] !== undefined) return ids[0] === ids[1];
  const key = (url: string) => {
    try {
      const u = new URL(url);
      const host = u.host.replace(/^(www|mobile)\./, '').replace(/^twitter\.com$/, 'x.com');
      // From the first slash of a run only: a run of slashes inside the path is crossed once.
      return `${host}${u.pathname.replace(/(?<!\/)\/+$/, '')}`.toLowerCase();
    } catch {
      return url;
    }
  };
  return key(a) === key(b);
}

/**
 * The account a profile page's address names: x.com/<user>, bsky.app/profile/<handle> (a
 * domain-like handle, not a DID), <server>/@<user> or /@<user>@<server>. Mastodon handles are
 * completed with the page's server.
 */
export function profileOfUrl(platform: Platform, url: string): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  // From the first slash of a run only: a run of slashes inside the path is crossed once.
  const path = u.pathname.replace(/(?<!\/)\/+$/, '');
  const m =
    platform === 'x'
      ? /^\/([A-Za-z0-9_]{1,15})$/.exec(path)
      : platform === 'bluesky'
        ? /^\/profile\/([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/i.exec(path)
        : platform === 'mastodon'
          ? /^\/@([A-Za-z0-9_]{1,30}(?:@[a-z0-9-]+(?:\.[a-z0-9-]+)+)?)$/i.exec(path)
          : null;
  const handle = m?.[1];
  if (!handle) return undefined;
  return platform === 'mastodon' && !handle.includes('@') ? `${handle}@${u.host.toLowerCase()}` : handle;
}
