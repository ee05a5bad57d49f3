import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../../lib/social/pick';
import { companyByHandle, sameHandle, textSimilarity } from '../../../lib/social/handles';
import { answerOnPage, newPostUrl, repliesToRoot } from '../../../lib/social/replies';
import type { Company } from '../../../lib/model';

const pages = 'tests/fixtures/pages';
interface Entry {
  file: string;
  url: string;
  companyHandle: string;
  companyReplyPresent?: boolean;
}
const manifest = JSON.parse(readFileSync(`${pages}/manifest.json`, 'utf8')) as Entry[] | { pages: Entry[] };
const entries = Array.isArray(manifest) ? manifest : manifest.pages;

function load(file: string) {
  const entry = entries.find((e) => e.file === file);
  if (!entry) throw new Error(`no ${file}`);
  const doc = new DOMParser().parseFromString(readFileSync(`${pages}/${file}`, 'utf8'), 'text/html');
  const url = new URL(entry.url);
  const loc = { href: url.href, pathname: url.pathname, host: url.host };
  const adapter = adapterFor(url.host, doc);
  if (!adapter) throw new Error(`no adapter for ${url.host}`);
  return { doc, loc, adapter, entry };
}

describe('social adapters on saved pages', () => {
  it('X thread: the root post addresses @TMobileHelp, whose reply is found with its permalink and time', () => {
    const { doc, loc, adapter } = load('social-x-post-tmobilehelp.html');
    const found = repliesToRoot(adapter, doc, loc);
    expect(found?.root).toMatchObject({ author: 'jdawson_84', url: loc.href });
    expect(found?.root.mentions).toEqual(['TMobileHelp']);
    expect(found?.replies).toEqual([
      expect.objectContaining({
        author: 'TMobileHelp',
        url: 'https://x.com/TMobileHelp/status/1801376537713234197',
        at: Date.parse('2024-06-13T18:40:02.000Z'),
      }),
    ]);
  });

  it("X: a composer answers the post its page names — the reply intent's in_reply_to, else the thread root", () => {
    const { doc, loc, adapter } = load('social-x-post-tmobilehelp.html');
    expect(adapter.replyTarget?.(doc, loc)).toBe(loc.href);
    const intent = new URL('https://x.com/intent/tweet?text=more&in_reply_to=1801371928466313524');
    expect(adapter.replyTarget?.(doc, { href: intent.href, pathname: intent.pathname })).toBe(
      'https://x.com/i/status/1801371928466313524',
    );
    // On the intent page the post it answers, when shown, is the root its mentions come from.
    expect(adapter.threadRoot(doc, { href: intent.href, pathname: intent.pathname })?.mentions).toEqual([
      'TMobileHelp',
    ]);
    const bad = new URL('https://x.com/intent/tweet?text=x&in_reply_to=abc');
    expect(adapter.replyTarget?.(doc, { href: bad.href, pathname: bad.pathname })).toBeUndefined();
  });

  it('Bluesky thread: the reply by delta.com', () => {
    const { doc, loc, adapter } = load('social-bsky-thread-delta.html');
    const found = repliesToRoot(adapter, doc, loc);
    expect(found?.root.author).toBe('kaylee-morrison.bsky.social');
    expect(found?.replies.map((r) => [r.author, r.url])).toEqual([
      ['delta.com', 'https://bsky.app/profile/delta.com/post/3kuxqb4nf2k2s'],
    ]);
  });

  it('Mastodon status: recognised by markup; the reply by SamsungSupport@mastodon.social', () => {
    const { doc, loc, adapter } = load('social-mastodon-status-samsung.html');
    expect(adapter.platform).toBe('mastodon');
    const found = repliesToRoot(adapter, doc, loc);
    expect(found?.root.author).toBe('dana_w@mastodon.social');
    expect(found?.replies.map((r) => r.author)).toEqual(['SamsungSupport@mastodon.social']);
    expect(found?.replies[0]?.url).toBe('https://mastodon.social/@SamsungSupport/112612912203154876');
  });

  it("X: the company's answer opened at its own address is the focal post, and the person's post above it is what it answers", () => {
    const { doc, loc, adapter } = load('social-x-status-tmobilehelp-reply.html');
    const me = adapter.signedInAs?.(doc, loc.host);
    expect(me).toBe('jdawson_84');
    // X shows the post a reply answers above it; the focal post is the one at the page's address.
    const posts = adapter.posts(doc, loc.href);
    expect(posts.map((p) => p.author)).toEqual(['jdawson_84', 'TMobileHelp', 'jdawson_84']);
    expect(adapter.threadRoot(doc, loc)).toMatchObject({
      author: 'TMobileHelp',
      url: loc.href,
      at: Date.parse('2024-06-13T18:40:02.000Z'),
    });
    const answer = answerOnPage(adapter, doc, loc, me);
    expect(answer?.reply).toMatchObject({
      author: 'TMobileHelp',
      url: 'https://x.com/TMobileHelp/status/1801376537713234197',
      at: Date.parse('2024-06-13T18:40:02.000Z'),
    });
    expect(answer?.reply.text).toContain('Send us a DM');
    expect(answer?.parent).toMatchObject({
      author: 'jdawson_84',
      url: 'https://x.com/jdawson_84/status/1801371928466313524',
    });
    // Without the signed-in account, the person's post naming the company is enough.
    expect(answerOnPage(adapter, doc, loc)?.parent.url).toBe('https://x.com/jdawson_84/status/1801371928466313524');
    // Someone else looking at it: not theirs to report.
    expect(answerOnPage(adapter, doc, loc, 'priyasharma_aa')).toBeUndefined();
    // The thread-root rule finds nothing here: the focal post is the company's and names nobody.
    expect(repliesToRoot(adapter, doc, loc)).toBeUndefined();
  });

  it('X: a post that answers nothing on the page (the person\'s own thread) gives no answer; "Replying to @…" counts as a mention', () => {
    const { doc, loc, adapter } = load('social-x-post-tmobilehelp.html');
    expect(answerOnPage(adapter, doc, loc, 'jdawson_84')).toBeUndefined();
    const reply = adapter.posts(doc, loc.href).find((p) => p.author === 'TMobileHelp');
    expect(reply?.mentions).toEqual(['jdawson_84']);
    // The company's post opened on its own page, where the person's post is above it.
    const at = new URL('https://x.com/TMobileHelp/status/1801376537713234197');
    const answer = answerOnPage(adapter, doc, { href: at.href, pathname: at.pathname, host: at.host });
    expect(answer?.parent.author).toBe('jdawson_84');
    // A reply whose "Replying to" names someone who is not above it, and no mention either way: nothing.
    const other = new URL('https://x.com/priyasharma_aa/status/1801382862110142867');
    expect(
      answerOnPage(adapter, doc, { href: other.href, pathname: other.pathname, host: other.host }),
    ).toBeUndefined();
  });

  it("Bluesky and Mastodon: the company's answer at its own address answers the person's post shown above it", () => {
    // Each network shows a reply's ancestors above it; on these saved threads the company's reply
    // comes right after the person's post, as on its own page.
    const bsky = load('social-bsky-thread-delta.html');
    const bskyAt = new URL('https://bsky.app/profile/delta.com/post/3kuxqb4nf2k2s');
    const bskyLoc = { href: bskyAt.href, pathname: bskyAt.pathname, host: bskyAt.host };
    const bskyAnswer = answerOnPage(bsky.adapter, bsky.doc, bskyLoc, bsky.adapter.signedInAs?.(bsky.doc, bskyAt.host));
    expect([bskyAnswer?.reply.author, bskyAnswer?.reply.url, bskyAnswer?.parent.url]).toEqual([
      'delta.com',
      bskyAt.href,
      bsky.loc.href,
    ]);

    const masto = load('social-mastodon-status-samsung.html');
    const mastoAt = new URL('https://mastodon.social/@SamsungSupport/112612912203154876');
    const mastoLoc = { href: mastoAt.href, pathname: mastoAt.pathname, host: mastoAt.host };
    const me = masto.adapter.signedInAs?.(masto.doc, mastoAt.host);
    const mastoAnswer = answerOnPage(masto.adapter, masto.doc, mastoLoc, me);
    expect([mastoAnswer?.reply.author, mastoAnswer?.reply.url, mastoAnswer?.parent.url]).toEqual([
      'SamsungSupport@mastodon.social',
      mastoAt.href,
      masto.loc.href,
    ]);
    // Without the signed-in account, the company's reply names the person ("@dana_w").
    expect(answerOnPage(masto.adapter, masto.doc, mastoLoc)?.parent.author).toBe('dana_w@mastodon.social');
  });

  it("profile pages: the account and the name it shows, only on the profile's own address", () => {
    const { doc, loc, adapter } = load('social-x-profile-askpaypal.html');
    expect(adapter.profile?.(doc, loc)).toEqual({ handle: 'AskPayPal', name: 'Ask PayPal' });
    // The address in another case: the handle as the page writes it.
    expect(adapter.profile?.(doc, { href: 'https://x.com/askpaypal' })).toEqual({
      handle: 'AskPayPal',
      name: 'Ask PayPal',
    });
    // Moved on to another profile while the old header is still shown, or not a profile at all.
    expect(adapter.profile?.(doc, { href: 'https://x.com/PayPal' })).toBeUndefined();
    expect(adapter.profile?.(doc, { href: 'https://x.com/AskPay' })).toBeUndefined();
    expect(adapter.profile?.(doc, { href: 'https://x.com/AskPayPal/status/1801383297564410128' })).toBeUndefined();
    expect(adapter.profile?.(doc, { href: 'https://x.com/explore' })).toBeUndefined();
    const thread = load('social-x-post-tmobilehelp.html');
    expect(thread.adapter.profile?.(thread.doc, thread.loc)).toBeUndefined();

    const bsky = load('social-bsky-thread-delta.html');
    expect(bsky.adapter.profile?.(bsky.doc, { href: 'https://bsky.app/profile/Delta.com' })?.handle).toBe('delta.com');
    expect(bsky.adapter.profile?.(bsky.doc, bsky.loc)).toBeUndefined();
    expect(
      bsky.adapter.profile?.(bsky.doc, { href: 'https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur' }),
    ).toBeUndefined();
    const masto = load('social-mastodon-status-samsung.html');
    expect(masto.adapter.profile?.(masto.doc, { href: 'https://mastodon.social/@SamsungSupport' })?.handle).toBe(
      'SamsungSupport@mastodon.social',
    );
    expect(masto.adapter.profile?.(masto.doc, { href: 'https://mastodon.social/@tomk@fosstodon.org' })?.handle).toBe(
      'tomk@fosstodon.org',
    );
    expect(masto.adapter.profile?.(masto.doc, masto.loc)).toBeUndefined();
  });

  it('an unknown host without Mastodon markup gets no adapter', () => {
    const doc = new DOMParser().parseFromString('<html><body><p>@someone hi</p></body></html>', 'text/html');
    expect(adapterFor('blog.example.org', doc)).toBeUndefined();
  });

  it('X profile: the open composer and its post button are found; Ctrl+Enter publishes', () => {
    const { doc, adapter } = load('social-x-profile-askpaypal.html');
    const [composer] = adapter.composers(doc);
    expect(composer?.getAttribute('data-testid')).toBe('tweetTextarea_0');
    const button = doc.querySelector('button[data-testid=tweetButton]');
    expect(button && adapter.postButtonOf(button)).toBe(button);
    expect(button instanceof HTMLElement && adapter.composerForButton(button, doc)).toBe(composer);
    expect(
      adapter.addressees('@AskPayPal my payment is stuck, @ cc @someone_else', { host: 'x.com', pathname: '/' }),
    ).toEqual(['AskPayPal', 'someone_else']);
    expect(adapter.publishesOnKey({ key: 'Enter', ctrlKey: true, metaKey: false, shiftKey: false })).toBe(true);
    expect(adapter.publishesOnKey({ key: 'Enter', ctrlKey: false, metaKey: false, shiftKey: false })).toBe(false);
  });

  it('Facebook: writing on a company Page is addressed to it; Enter publishes a comment', () => {
    const { doc, loc, adapter } = load('social-facebook-page-xfinity.html');
    expect(adapter.addressees('My internet is down again', loc)).toEqual(['Xfinity']);
    expect(adapter.composers(doc).length).toBeGreaterThan(0);
    expect(adapter.publishesOnKey({ key: 'Enter', ctrlKey: false, metaKey: false, shiftKey: true })).toBe(false);
    expect(adapter.addressees('hi', { host: 'www.facebook.com', pathname: '/groups/123' })).toEqual([]);
  });

  it('finds the permalink of a post that appeared after publishing', () => {
    const { doc, adapter, loc } = load('social-x-post-tmobilehelp.html');
    const before = new Set(adapter.posts(doc, loc.href).map((p) => p.url));
    const cell = doc.createElement('div');
    cell.innerHTML =
      '<article data-testid="tweet"><div data-testid="User-Name"><a href="/jdawson_84">Jordan</a><a href="/jdawson_84/status/42"><time datetime="2026-06-01T10:00:00Z">now</time></a></div><div data-testid="tweetText">@TMobileHelp still no signal, day four</div></article>';
    doc.body.append(cell);
    expect(newPostUrl(adapter.posts(doc, loc.href), before, '@TMobileHelp  still no signal, day four ')).toBe(
      'https://x.com/jdawson_84/status/42',
    );
    expect(newPostUrl(adapter.posts(doc, loc.href), before, 'something else entirely')).toBeUndefined();
  });
});

describe('handles', () => {
  const company = {
    id: 'samsung',
    handles: { mastodon: { handle: 'SamsungSupport@mastodon.social' }, x: { handle: 'SamsungSupport' } },
  } as Pick<Company, 'id' | 'handles'>;
  it('compares per network, completing local Mastodon mentions with the host', () => {
    expect(sameHandle('x', '@TMobileHelp', 'tmobilehelp')).toBe(true);
    expect(sameHandle('mastodon', 'SamsungSupport', 'samsungsupport@mastodon.social', 'mastodon.social')).toBe(true);
    expect(sameHandle('mastodon', 'SamsungSupport', 'samsungsupport@mastodon.social', 'fosstodon.org')).toBe(false);
    expect(companyByHandle('mastodon', 'samsungsupport', [company as Company], 'mastodon.social')?.id).toBe('samsung');
    expect(companyByHandle('bluesky', 'samsungsupport', [company as Company])).toBeUndefined();
  });
  it('text similarity tolerates spacing and shortened links', () => {
    expect(
      textSimilarity(
        '@Acme my order 123 is late https://t.co/x',
        '@Acme  my order 123 is late https://example.com/long',
      ),
    ).toBe(1);
    expect(textSimilarity('hello there', 'completely different words')).toBe(0);
  });
});

describe('signed-in account', () => {
  it('is read from the page where the network shows it', () => {
    expect(
      load('social-x-post-tmobilehelp.html').adapter.signedInAs?.(load('social-x-post-tmobilehelp.html').doc, 'x.com'),
    ).toBe('jdawson_84');
    const bsky = load('social-bsky-thread-delta.html');
    expect(bsky.adapter.signedInAs?.(bsky.doc, 'bsky.app')).toBe('kaylee-morrison.bsky.social');
    const masto = load('social-mastodon-status-samsung.html');
    expect(masto.adapter.signedInAs?.(masto.doc, 'mastodon.social')).toBe('dana_w@mastodon.social');
  });
});
