import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mastodonAdapter } from '../../../lib/social/adapters/mastodon';
import { isNetworkPage } from '../../../lib/social/hosts';
import { fromNetworkPage } from '../../../lib/social/network-page';
import { adapterFor } from '../../../lib/social/pick';
import { repliesToRoot } from '../../../lib/social/replies';
import { mastodonServers, readableServers, serverScript, serverScriptsPlan } from '../../../lib/social/servers';
import { updateSettings } from '../../../lib/settings/items';

const THREAD = 'https://fosstodon.org/@dana_w/112612844108377205';

/** The saved mastodon.social thread as it looks on fosstodon.org, Dana's home server. */
function threadOnFosstodon(): Document {
  const html = readFileSync('tests/fixtures/pages/social-mastodon-status-samsung.html', 'utf8')
    .replaceAll('@dana_w@mastodon.social', '@dana_w')
    .replaceAll('https://mastodon.social/@dana_w', 'https://fosstodon.org/@dana_w')
    .replaceAll('href="/@SamsungSupport/', 'href="/@SamsungSupport@mastodon.social/');
  return new DOMParser().parseFromString(html, 'text/html');
}

describe("the person's Mastodon servers", () => {
  it('lists the own server and the others once each, as host names, without the hosts the manifest covers', () => {
    expect(
      mastodonServers({
        mastodonServer: 'Fosstodon.org',
        mastodonInstances: ['hachyderm.io', 'fosstodon.org', 'mastodon.social', 'x.com', 'not a host', ''],
      }),
    ).toEqual(['fosstodon.org', 'hachyderm.io']);
    expect(mastodonServers({ mastodonServer: 'mastodon.social', mastodonInstances: [] })).toEqual([]);
    expect(readableServers(['  infosec.exchange ', 'https://evil.example/'])).toEqual(['infosec.exchange']);
  });

  it('plans one script per server, and the removal of one registered for a server no longer listed', () => {
    expect(serverScript('fosstodon.org')).toEqual({
      id: 'social-mastodon-fosstodon.org',
      matches: ['https://fosstodon.org/*'],
      js: ['social.js'],
      runAt: 'document_idle',
    });
    const plan = serverScriptsPlan(
      ['fosstodon.org'],
      ['social-mastodon-fosstodon.org', 'social-mastodon-hachyderm.io', 'mail-gmail'],
    );
    expect(plan.map((p) => [p.script.id, p.script.matches, p.wanted])).toEqual([
      ['social-mastodon-fosstodon.org', ['https://fosstodon.org/*'], true],
      ['social-mastodon-hachyderm.io', ['https://hachyderm.io/*'], false],
    ]);
    expect(serverScriptsPlan([], [])).toEqual([]);
  });
});

describe('which pages speak for Mastodon', () => {
  it("accepts the person's servers only as given, https, on the default port", () => {
    expect(isNetworkPage('mastodon', THREAD)).toBe(false);
    expect(isNetworkPage('mastodon', THREAD, ['fosstodon.org'])).toBe(true);
    expect(isNetworkPage('mastodon', 'https://mastodon.social/@a/1', ['fosstodon.org'])).toBe(true);
    for (const url of [
      'http://fosstodon.org/@a/1',
      'https://fosstodon.org:8443/@a/1',
      'https://fosstodon.org.evil.example/@a/1',
      'https://evil.fosstodon.org/@a/1',
    ]) {
      expect(isNetworkPage('mastodon', url, ['fosstodon.org'])).toBe(false);
    }
    // A Mastodon server is no page of another network.
    expect(isNetworkPage('x', THREAD, ['fosstodon.org'])).toBe(false);
  });

  it('in the background: a server listed in the settings and allowed in the browser', async () => {
    const allowed = (granted: boolean) => ({ contains: () => Promise.resolve(granted) });
    expect(await fromNetworkPage('mastodon', THREAD, allowed(true))).toBe(false);
    await updateSettings({ mastodonInstances: ['fosstodon.org'] });
    expect(await fromNetworkPage('mastodon', THREAD, allowed(true))).toBe(true);
    expect(await fromNetworkPage('mastodon', THREAD, allowed(false))).toBe(false);
    expect(
      await fromNetworkPage('mastodon', THREAD, { contains: () => Promise.reject(new Error('no such API')) }),
    ).toBe(false);
    expect(await fromNetworkPage('bluesky', THREAD, allowed(true))).toBe(false);
    expect(await fromNetworkPage('mastodon', 'https://mastodon.social/@a/1', allowed(false))).toBe(true);
  });
});

describe("the social script on a server of the person's", () => {
  it("reads a page that is Mastodon's web app, and nothing on another site listed by mistake", () => {
    expect(adapterFor('fosstodon.org', threadOnFosstodon())).toBe(mastodonAdapter);
    const blog = new DOMParser().parseFromString(
      '<html><head><title>A blog</title></head><body><p>@SamsungSupport@mastodon.social hi</p></body></html>',
      'text/html',
    );
    expect(adapterFor('fosstodon.org', blog)).toBeUndefined();
    const meta = new DOMParser().parseFromString(
      '<html><head><meta name="application-name" content="Mastodon"></head><body></body></html>',
      'text/html',
    );
    expect(adapterFor('hachyderm.io', meta)).toBe(mastodonAdapter);
  });

  it('matches the company\'s account on another server: a mention shown as "@SamsungSupport" names it by its link', () => {
    const doc = threadOnFosstodon();
    const loc = { href: THREAD, pathname: new URL(THREAD).pathname, host: 'fosstodon.org' };
    const found = repliesToRoot(mastodonAdapter, doc, loc);
    expect(found?.root).toMatchObject({ author: 'dana_w@fosstodon.org', url: THREAD });
    expect(found?.root.mentions).toEqual(['SamsungSupport@mastodon.social']);
    expect(found?.replies.map((r) => [r.author, r.url])).toEqual([
      ['SamsungSupport@mastodon.social', 'https://fosstodon.org/@SamsungSupport@mastodon.social/112612912203154876'],
    ]);
  });
});
