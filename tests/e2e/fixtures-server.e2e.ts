import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from './support/harness';

// The harness is only worth trusting if it notices what it is meant to notice.
describe('the end-to-end harness', () => {
  let h: ExtensionHarness;
  beforeAll(async () => {
    h = await launchExtension();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('serves fixture pages over HTTPS at their real address, ignoring the query', async () => {
    const page = await h.openFixture('social-bsky-thread-delta.html');
    expect(page.url()).toBe('https://bsky.app/profile/kaylee-morrison.bsky.social/post/3kuxq7v2mab2c');
    const again = await page.goto('https://bsky.app/profile/kaylee-morrison.bsky.social/post/3kuxq7v2mab2c?ref=x');
    expect(again?.status()).toBe(200);
    await page.close();
    expect(h.externalRequests).toEqual([]);
  });

  it('serves a routed page, also when added after launch', async () => {
    h.route('https://www.example-shop.com/contact', '<!doctype html><title>Shop</title><h1>Contact the shop</h1>');
    const page = await h.context.newPage();
    await page.goto('https://www.example-shop.com/contact?from=test');
    expect(await page.getByRole('heading', { name: 'Contact the shop' }).count()).toBe(1);
    await page.close();
    expect(h.externalRequests).toEqual([]);
  });

  it('records a web page request to an unknown host, over https and http', async () => {
    const page = await h.openFixture('negative-news-article.html');
    await page.evaluate(async () => {
      await fetch('https://tracker.invalid-analytics.test/pixel?id=1', { mode: 'no-cors' }).catch(() => undefined);
      await fetch('http://plain.invalid-analytics.test/beacon', { mode: 'no-cors' }).catch(() => undefined);
    });
    await page.close();
    await expect
      .poll(() => h.externalRequests)
      .toEqual(
        expect.arrayContaining([
          'https://tracker.invalid-analytics.test/pixel?id=1',
          'http://plain.invalid-analytics.test/beacon',
        ]),
      );
  });

  it('records a request made by the extension service worker, even to a served page', async () => {
    const url = 'https://www.samsung.com/us/support/contact/';
    await h.serviceWorker.evaluate<unknown, string>(async (u) => {
      await fetch(u, { mode: 'no-cors' }).catch(() => undefined);
      return null;
    }, url);
    await expect.poll(() => h.externalRequests).toContain(url);
  });

  it('records a request made by an extension page', async () => {
    const page = await h.openExtensionPage('popup.html');
    await page.evaluate(async () => {
      await fetch('https://api.popup-leak.test/v1', { mode: 'no-cors' }).catch(() => undefined);
    });
    await page.close();
    await expect.poll(() => h.externalRequests).toContain('https://api.popup-leak.test/v1');
  });

  it('collects console errors and uncaught exceptions of the service worker', async () => {
    const before = h.extensionErrors.length;
    await h.serviceWorker.evaluate(() => {
      console.error('logged on purpose');
      setTimeout(() => {
        throw new Error('thrown on purpose');
      });
      void Promise.reject(new Error('rejected on purpose'));
    });
    await expect
      .poll(() => h.extensionErrors.slice(before).map((e) => e.text))
      .toEqual(
        expect.arrayContaining([
          'logged on purpose',
          expect.stringContaining('thrown on purpose'),
          expect.stringContaining('rejected on purpose'),
        ]),
      );
  });
});
