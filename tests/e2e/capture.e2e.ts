import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionHarness } from './support/harness';
import { attemptsFrom, badgeOf, openTab, outbox } from './support/records';

/**
 * Capture at the worst moments, at tool speed: a form sent as the page leaves, to a stopped
 * service worker, as the page's first use; a tel: click with the worker stopped right after; a
 * tab closed as it sends. Each attempt is stored exactly once, with the reference the next page
 * shows. And what a page's own script does is never logged. Nothing here waits for time to pass:
 * each step waits for a state it can see (a stored record, the badge, an empty outbox).
 */

const contactPage = (
  company: string,
) => `<!DOCTYPE html><html lang="en"><head><title>Contact us | ${company}</title></head><body><h1>Contact us</h1>
  <form action="/p/481" method="get"><label>Email <input name="email" type="email"></label><label>Subject <input name="subject"></label>
  <label>Message <textarea name="message"></textarea></label><button>Send</button></form>
  <p>Or call us: <a href="tel:+1-800-555-0142">1-800-555-0142</a></p></body></html>`;
// What many sites show after a form: nothing in the address or title, no channel on the page.
const thanksPage = (
  company: string,
  reference: string,
) => `<!DOCTYPE html><html lang="en"><head><title>${company}</title></head><body>
  <h1>Thank you</h1><p>Your reference number is ${reference}. We reply within two working days.</p></body></html>`;

/** Serves a contact page and its thank-you page on their own host, so no test shares a site. */
function site(h: ExtensionHarness, name: string, reference: string): { host: string; url: string } {
  const host = `www.${name}.com`;
  h.route(`https://${host}/contact`, contactPage(name));
  h.route(`https://${host}/p/481`, thanksPage(name, reference));
  return { host, url: `https://${host}/contact` };
}

/** Sends the form as fast as a tool can; the page leaves for the thank-you page at once. */
async function send(page: Page, subject: string): Promise<void> {
  await page.fill('input[name=email]', 'pat@example.org');
  await page.fill('input[name=subject]', subject);
  await page.fill('textarea', 'The lid seal leaks.');
  await page.click('button');
}

describe('capture that never loses an attempt', () => {
  let h: ExtensionHarness;
  let db: Page;
  const rows = async (host: string) =>
    (await attemptsFrom(db, host)).map((a) => [a.channel, a.subject ?? null, a.reference ?? null]);

  beforeAll(async () => {
    h = await launchExtension();
    db = await h.openExtensionPage('popup.html');
  });
  afterAll(async () => {
    await h?.close();
  });

  for (let round = 1; round <= 4; round += 1) {
    it(`stores a form sent to a stopped worker as the page leaves for a bare thank-you page, with its reference (round ${round})`, async () => {
      const { host, url } = site(h, `acme-kettles-${round}`, `4821357${round}`);
      const { page, tabId } = await openTab(h.context, db, url);
      // The person starts typing (the page is read), then takes longer than the worker lives.
      await page.click('input[name=email]');
      await expect.poll(() => badgeOf(db, tabId)).toBe('●');
      await h.stopServiceWorker();
      await send(page, 'Kettle leaks');
      await page.waitForURL(/\/p\/481/);
      await expect.poll(() => rows(host)).toEqual([['web_form', 'Kettle leaks', `4821357${round}`]]);
      await expect.poll(() => outbox(db)).toEqual([]);
      await page.close();
    });

    it(`stores a form sent as the page's first use with the worker stopped, with its reference (round ${round})`, async () => {
      const { host, url } = site(h, `acme-toasters-${round}`, `5521357${round}`);
      await h.stopServiceWorker();
      const page = await h.context.newPage();
      await page.goto(url);
      // Filled by a tool (autofill does the same): the click on Send is the first use.
      await send(page, 'Toaster burns');
      await page.waitForURL(/\/p\/481/);
      await expect.poll(() => rows(host)).toEqual([['web_form', 'Toaster burns', `5521357${round}`]]);
      await page.close();
    });
  }

  for (const [delay, name] of [
    [0, 'at once'],
    [50, '50 ms'],
    [100, '100 ms'],
  ] as const) {
    it(`stores a tel: call once when the worker is stopped ${name} after the click`, async () => {
      const { host, url } = site(h, `acme-phones-${delay}`, '00000000');
      const page = await h.context.newPage();
      await page.goto(url);
      await page.click('a[href^="tel:"]');
      // The fault is injected at a chosen moment after the click: this is not a wait for a state.
      if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
      await h.stopServiceWorker();
      await expect
        .poll(() => attemptsFrom(db, host))
        .toEqual([expect.objectContaining({ channel: 'phone', contact: '+18005550142' })]);
      await expect.poll(() => outbox(db)).toEqual([]);
      expect(await attemptsFrom(db, host)).toHaveLength(1);
      await page.close();
    });
  }

  it('stores a form whose tab is closed the moment it is sent', async () => {
    const { host, url } = site(h, 'acme-blenders', '66613579');
    const page = await h.context.newPage();
    await page.goto(url);
    await page.click('input[name=email]');
    await send(page, 'Blender stops');
    // Closed as a person closes a tab: at once, whatever the page is doing (not waiting for it).
    await page.close({ runBeforeUnload: true });
    // Stored with what was sent (the thank-you page may or may not have come before the close).
    await expect
      .poll(async () => (await rows(host)).map(([channel, subject]) => [channel, subject]))
      .toEqual([['web_form', 'Blender stops']]);
  });

  it('never joins a confirmation shown on another site to the attempt', async () => {
    const { host, url } = site(h, 'acme-fridges', '77713579');
    h.route('https://www.other-shop.com/p/9', thanksPage('Other Shop', '99913579'));
    const page = await h.context.newPage();
    await page.goto(url);
    await page.click('input[name=email]');
    await send(page, 'Fridge warm');
    await page.waitForURL(/\/p\/481/);
    await expect.poll(() => rows(host)).toEqual([['web_form', 'Fridge warm', '77713579']]);
    // The same tab goes on to another site's page with a number in the same words.
    await page.goto('https://www.other-shop.com/p/9');
    // Barrier: a later report from the first site is stored once the background got this far.
    await page.goto(url);
    await page.click('a[href^="tel:"]');
    await expect
      .poll(async () => (await attemptsFrom(db, host)).map((a) => a.channel).sort())
      .toEqual(['phone', 'web_form']);
    expect(await attemptsFrom(db, 'www.other-shop.com')).toEqual([]);
    expect(await rows(host)).toContainEqual(['web_form', 'Fridge warm', '77713579']);
    await page.close();
  });

  describe("a page's own script logs nothing", () => {
    /**
     * A contact page whose script tries each trick; `trick` runs in the page. Then the person
     * clicks the phone number: once that call is stored and the outbox is empty, anything the
     * tricks reported would have been stored too.
     */
    async function onlyTheCallIsLogged(name: string, body: string, act: (page: Page) => Promise<void>): Promise<void> {
      const host = `www.${name}.com`;
      h.route(
        `https://${host}/contact`,
        `<!DOCTYPE html><html lang="en"><head><title>Contact us | ${name}</title></head><body><h1>Contact us</h1>
        <p>Call us: <a href="tel:+1-800-555-0199">1-800-555-0199</a></p>${body}</body></html>`,
      );
      const page = await h.context.newPage();
      await page.goto(`https://${host}/contact`);
      await act(page);
      await page.click('a[href^="tel:"]');
      await expect.poll(() => attemptsFrom(db, host)).toEqual([expect.objectContaining({ channel: 'phone' })]);
      await expect.poll(() => outbox(db)).toEqual([]);
      expect((await attemptsFrom(db, host)).map((a) => a.channel)).toEqual(['phone']);
      await page.close();
    }

    it('a script focusing a chat launcher frame', async () => {
      await onlyTheCallIsLogged(
        'focus-trick',
        `<iframe id="chat-widget-minimized" title="LiveChat chat widget" style="position:fixed;bottom:0;right:0;width:120px;height:80px;border:0"
          srcdoc="<button>Chat</button>"></iframe>
        <script>addEventListener('click', () => setTimeout(() => document.getElementById('chat-widget-minimized').focus(), 0), { once: true });</script>`,
        async (page) => {
          // The person clicks the page (activation), the script moves the focus into the frame.
          await page.click('h1');
          await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('chat-widget-minimized');
        },
      );
    });

    it('a script sending the form 150 ms after a click in one of its fields', async () => {
      await onlyTheCallIsLogged(
        'submit-trick',
        `<form id="f" action="/contact"><input name="email" type="email" value="a@b.org"><textarea name="message">Hi</textarea></form>
        <div id="sent"></div>
        <script>const f = document.getElementById('f');
          f.addEventListener('submit', (e) => { e.preventDefault(); document.getElementById('sent').textContent = 'sent'; });
          f.querySelector('textarea').addEventListener('click', () => setTimeout(() => f.requestSubmit(), 150));</script>`,
        async (page) => {
          await page.click('textarea');
          await expect.poll(() => page.textContent('#sent')).toBe('sent');
        },
      );
    });

    it('a script copying an off-screen phone number', async () => {
      await onlyTheCallIsLogged(
        'copy-trick',
        `<p id="hidden" style="position:absolute;left:-9999px">0800 555 0100</p><div id="copied"></div>
        <script>document.querySelector('h1').addEventListener('click', () => {
          const range = document.createRange(); range.selectNodeContents(document.getElementById('hidden'));
          getSelection().removeAllRanges(); getSelection().addRange(range);
          document.getElementById('copied').textContent = String(document.execCommand('copy')); });</script>`,
        async (page) => {
          await page.click('h1');
          await expect.poll(() => page.textContent('#copied')).toBe('true');
        },
      );
    });

    it('a transparent layer named like a chat vendor', async () => {
      await onlyTheCallIsLogged(
        'layer-trick',
        `<div style="position:relative"><p id="text" style="height:300px">Opening hours: Monday to Friday.</p>
        <div id="intercom-container" style="position:absolute;left:0;top:0;width:100%;height:300px;opacity:0"></div></div>`,
        async (page) => {
          const box = await page.locator('#text').boundingBox();
          if (!box) throw new Error('no layout');
          await page.mouse.click(box.x + 100, box.y + 100);
          await expect
            .poll(() =>
              page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.id, { x: box.x + 100, y: box.y + 100 }),
            )
            .toBe('intercom-container');
        },
      );
    });
  });

  it('logs on a page with an element whose id is "browser"', async () => {
    h.route(
      'https://www.form-id-browser.com/contact',
      `<!DOCTYPE html><html lang="en"><head><title>Contact us | Shadow</title></head><body><h1>Contact us</h1><form id="browser"></form>
      <p>Call us: <a href="tel:+1-800-555-0177">1-800-555-0177</a></p></body></html>`,
    );
    const page = await h.context.newPage();
    await page.goto('https://www.form-id-browser.com/contact');
    await page.click('a[href^="tel:"]');
    await expect
      .poll(() => attemptsFrom(db, 'www.form-id-browser.com'))
      .toEqual([expect.objectContaining({ channel: 'phone', contact: '+18005550177' })]);
    await page.close();
  });
});
