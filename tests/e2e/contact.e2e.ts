import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionHarness } from './support/harness';
import { attemptsFrom, badgeOf, openTab, outbox } from './support/records';

/**
 * The contact-page script in real Chromium: each channel used on a fixture page becomes an
 * attempt in the extension's database; negative pages get nothing (not even a DOM node);
 * scripted submits are ignored; the toast's Undo works from the keyboard.
 */

describe('contact-page script', () => {
  let h: ExtensionHarness;
  let db: Page;

  const attemptsOn = (host: string) => attemptsFrom(db, host);

  /** Opens a fixture: the always-on script starts before the page's load event (document end). */
  const open = (file: string): Promise<Page> => h.openFixture(file);

  /**
   * Waits until everything reported before this moment on `page` was handled: the person then
   * calls the page's phone number, and once that call is stored and the outbox is empty, any
   * earlier report from the page would have been stored too.
   */
  const callAndSettle = async (page: Page) => {
    const host = new URL(page.url()).hostname;
    const before = (await attemptsOn(host)).length;
    await page.locator('a[href^="tel:"]').first().click();
    await expect.poll(async () => (await attemptsOn(host)).length).toBe(before + 1);
    await expect.poll(() => outbox(db)).toEqual([]);
  };

  beforeAll(async () => {
    h = await launchExtension();
    db = await h.openExtensionPage('popup.html');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('logs a tel: link used on a contact page as a phone attempt (the first use: the gate hands the click over)', async () => {
    const page = await open('contact-samsung-phone-chat.html');
    // Nothing was pressed yet, so the page reader is not there: the press loads it, and the gate
    // keeps the click for it.
    await page.locator('a[href^="tel:"]').first().click();
    await expect
      .poll(() => attemptsOn('www.samsung.com'))
      .toEqual([expect.objectContaining({ channel: 'phone', contact: '+18007267864', source: 'auto' })]);
    await page.close();
  });

  it('logs a contact form sent by the person, with its category and subject', async () => {
    const page = await open('contact-ryanair-zendesk-request.html');
    // As a person does: into the first field, which is when the page is read.
    await page.click('#request_anonymous_requester_email');
    await page.fill('#request_anonymous_requester_email', 'pat@example.org');
    await page.fill('#request_subject', 'Refund for cancelled flight');
    await page.fill('#request_description', 'My flight was cancelled and the refund has not arrived.');
    await page.click('form#new_request input[type=submit]');
    await expect
      .poll(() => attemptsOn('help.ryanair.com'))
      .toEqual([
        expect.objectContaining({
          channel: 'web_form',
          subject: 'Refunds and compensation — Refund for cancelled flight',
        }),
      ]);
    // The page then shows its request number; it joins the attempt.
    await expect.poll(async () => (await attemptsOn('help.ryanair.com'))[0]?.reference).toBe('21734598');
    // "Keep a copy" is off by default: the message text was not stored.
    expect(JSON.stringify(await attemptsOn('help.ryanair.com'))).not.toContain('refund has not arrived');
    await page.close();
  });

  it('logs a form filled without a press or key (by a tool) whose send is the first use of the page', async () => {
    // The page resets the form and shows its reference in place as soon as it is sent: the page
    // part arrives after both, so the attempt is made from the form as the gate copied it.
    h.route(
      'https://www.acme-dryers.com/contact',
      `<!DOCTYPE html><html lang="en"><head><title>Contact us | Acme Dryers</title></head><body><h1>Contact us</h1>
      <div role="status" id="status"></div>
      <form id="ask"><label>Email <input name="email" type="email"></label><label>Subject <input name="subject"></label>
      <label>Message <textarea name="message"></textarea></label><button>Send</button></form>
      <script>document.getElementById('ask').addEventListener('submit', (e) => { e.preventDefault();
        document.getElementById('status').textContent = 'Thank you for your message. Your reference number is 55512345.'; e.target.reset(); });</script>
      </body></html>`,
    );
    const page = await h.context.newPage();
    await page.goto('https://www.acme-dryers.com/contact');
    await page.fill('input[name=email]', 'pat@example.org');
    await page.fill('input[name=subject]', 'Dryer will not heat');
    await page.fill('textarea', 'It stopped heating last week.');
    await page.click('button');
    await expect
      .poll(async () => (await attemptsOn('www.acme-dryers.com')).map((a) => [a.channel, a.subject, a.reference]))
      .toEqual([['web_form', 'Dryer will not heat', '55512345']]);
    await page.close();
  });

  it('reads the page a tab loads right after a form was sent, though its address and title say nothing', async () => {
    h.route(
      'https://www.acme-kettles.com/contact',
      `<!DOCTYPE html><html lang="en"><head><title>Contact us | Acme Kettles</title></head><body><h1>Contact us</h1>
      <form action="/p/481" method="get"><label>Email <input name="email" type="email"></label><label>Subject <input name="subject"></label>
      <label>Message <textarea name="message"></textarea></label><button>Send</button></form></body></html>`,
    );
    // What many sites show after a form: nothing in the address or title, no channel on the page.
    h.route(
      'https://www.acme-kettles.com/p/481',
      `<!DOCTYPE html><html lang="en"><head><title>Acme Kettles</title></head><body><h1>Thank you for your message</h1>
      <p>Your reference number is 48213577. We reply within two working days.</p></body></html>`,
    );
    const { page, tabId } = await openTab(h.context, db, 'https://www.acme-kettles.com/contact');
    // As a person does: into the first field, which is when the page is read, and then seconds of
    // typing. A tool fills at once, and this page leaves as soon as it is sent: were it sent
    // before the reader arrived, nothing would be left to read the form on (the page that
    // resets its form above is sent as the first use; this one is about the page after).
    await page.click('input[name=email]');
    await expect.poll(() => badgeOf(db, tabId)).toBe('●');
    await page.fill('input[name=email]', 'pat@example.org');
    await page.fill('input[name=subject]', 'Kettle leaks');
    await page.fill('textarea', 'The lid seal leaks.');
    await page.click('button');
    await page.waitForURL(/\/p\/481/);
    await expect
      .poll(async () => (await attemptsOn('www.acme-kettles.com')).map((a) => [a.channel, a.subject, a.reference]))
      .toEqual([['web_form', 'Kettle leaks', '48213577']]);
    await page.close();
  });

  it('logs a chat launcher opened inside a srcdoc iframe', async () => {
    const page = await open('contact-wickandwhistle-cf7.html');
    await page.frameLocator('iframe#chat-widget-minimized').locator('button').click();
    await expect
      .poll(() => attemptsOn('wickandwhistle.co.uk'))
      .toEqual([expect.objectContaining({ channel: 'chat', contact: 'LiveChat' })]);
    await page.close();
  });

  it('logs a chat launcher in the page itself', async () => {
    const page = await open('contact-spectrum-chat-only.html');
    // The cookie banner covers the corner launcher until dismissed, as for a real visitor.
    await page.click('#onetrust-accept-btn-handler');
    await page.click('.embeddedServiceHelpButton button.helpButtonEnabled');
    await expect
      .poll(() => attemptsOn('www.spectrum.net'))
      .toEqual([expect.objectContaining({ channel: 'chat', contact: 'Salesforce' })]);
    await page.close();
  });

  it('logs a chat launcher opened on a page that is no contact page (the gate hands the click over)', async () => {
    // A shop's home page: no contact words, no contact markup, a vendor's launcher in the corner
    // and another in a frame. The page part is loaded only when the person opens one.
    h.route(
      'https://www.corner-chat-shop.com/',
      `<!DOCTYPE html><html lang="en"><head><title>Corner Shop — new arrivals</title></head><body><main><h1>New arrivals</h1><p>Linen shirts are back.</p></main>
      <div class="intercom-lightweight-app-launcher" role="button" tabindex="0" aria-label="Open Intercom Messenger" style="position:fixed;bottom:20px;right:20px;width:60px;height:60px;background:#333"><svg width="24" height="24"><circle cx="12" cy="12" r="10"></circle></svg></div>
      </body></html>`,
    );
    const page = await h.context.newPage();
    await page.goto('https://www.corner-chat-shop.com/');
    // Nothing was loaded into the page before the person acted.
    expect(await page.evaluate(() => document.querySelectorAll('paper-trail-toast').length)).toBe(0);
    await page.click('.intercom-lightweight-app-launcher svg');
    await expect
      .poll(() => attemptsOn('www.corner-chat-shop.com'))
      .toEqual([expect.objectContaining({ channel: 'chat', contact: 'Intercom', source: 'auto' })]);
    await page.close();
  });

  it('logs a call-back form (a name and a number, no message box) sent from a product page', async () => {
    h.route(
      'https://www.boiler-fixers.com/products/combi-30',
      `<!DOCTYPE html><html lang="en"><head><title>Combi 30 boiler — Boiler Fixers</title></head><body><main><h1>Combi 30</h1><p>Our best-selling boiler, fitted in a day.</p>
      <aside><h2>Not sure? We'll call you</h2><form id="callback"><label>Your name <input name="your_name"></label><label>Phone <input type="tel" name="phone"></label><button>Call me back</button></form></aside>
      <script>document.getElementById('callback').addEventListener('submit', (e) => { e.preventDefault(); e.target.replaceWith(Object.assign(document.createElement('p'), { textContent: 'Thanks, we will call you today.' })); });</script>
      </main></body></html>`,
    );
    const page = await h.context.newPage();
    await page.goto('https://www.boiler-fixers.com/products/combi-30');
    await page.getByLabel('Your name').fill('Sam Doe');
    await page.getByLabel('Phone').fill('07700 900123');
    await page.getByRole('button', { name: 'Call me back' }).click();
    await expect
      .poll(() => attemptsOn('www.boiler-fixers.com'))
      .toEqual([expect.objectContaining({ channel: 'web_form', source: 'auto' })]);
    await page.close();
  });

  it('logs a launcher frame opened on a page that is no contact page', async () => {
    h.route(
      'https://www.frame-chat-shop.com/',
      `<!DOCTYPE html><html lang="en"><head><title>Frame Shop — sale</title></head><body><main><h1>Sale</h1><p>Everything half price.</p></main>
      <iframe id="chat-widget-minimized" title="LiveChat chat widget" style="position:fixed;bottom:0;right:0;width:120px;height:80px;border:0"
        srcdoc="<button style='width:100px;height:60px'>Chat with us</button>"></iframe></body></html>`,
    );
    const page = await h.context.newPage();
    await page.goto('https://www.frame-chat-shop.com/');
    await page.frameLocator('iframe#chat-widget-minimized').locator('button').click();
    await expect
      .poll(() => attemptsOn('www.frame-chat-shop.com'))
      .toEqual([expect.objectContaining({ channel: 'chat', contact: 'LiveChat', source: 'auto' })]);
    await page.close();
  });

  it('records the case number of a confirmation page', async () => {
    const page = await open('confirmation-southwest-case.html');
    await expect
      .poll(async () => (await attemptsOn('www.southwest.com')).map((a) => a.reference))
      .toEqual(['34871265']);
    await page.close();
  });

  it('ignores scripted submits (dispatchEvent and requestSubmit) and the case number the page then shows', async () => {
    const page = await open('contact-maytag-web-to-case.html');
    await page.evaluate(() => {
      const form = document.querySelector<HTMLFormElement>('form#webToCase');
      form?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      form?.requestSubmit();
    });
    // The page shows a case number for the scripted send: shown in place, it stands for nothing.
    await callAndSettle(page);
    expect((await attemptsOn('www.maytag.com')).map((a) => a.channel)).toEqual(['phone']);
    await page.close();
  });

  for (const file of [
    'negative-news-article.html',
    'negative-bestbuy-product.html',
    'negative-chase-login.html',
    'negative-blog-customer-service.html',
  ]) {
    it(`adds nothing to and logs nothing on ${file}`, async () => {
      const page = await h.openFixture(file);
      const before = await page.evaluate(() => document.documentElement.outerHTML);
      // Use the page's forms: none is a contact form.
      for (const form of await page.locator('form').all()) {
        const field = form.locator('input[type=email],input[type=search],input[type=text]').first();
        if (await field.count()) {
          await field.fill('someone@example.org');
          await field.press('Enter');
        }
      }
      const host = new URL(page.url()).hostname;
      // Then, in another tab, the person calls a company: once that call is stored and the
      // outbox is empty, anything this page reported would have been stored too.
      const barrier = `https://www.after-${file.replace('.html', '')}.com/contact`;
      h.route(
        barrier,
        '<!DOCTYPE html><html lang="en"><head><title>Contact us</title></head><body><h1>Contact us</h1><a href="tel:+1-800-555-0100">Call</a></body></html>',
      );
      const other = await h.context.newPage();
      await other.goto(barrier);
      await callAndSettle(other);
      await other.close();
      expect(await page.evaluate(() => document.querySelectorAll('paper-trail-toast').length)).toBe(0);
      expect(await attemptsOn(host)).toEqual([]);
      await page.reload();
      const after = await page.evaluate(() => document.documentElement.outerHTML);
      expect(after).toBe(before);
      await page.close();
    });
  }

  it('undoes a logged attempt from the toast with the keyboard', async () => {
    const page = await open('contact-brittanyferries-hubspot.html');
    await page.locator('a[href^="mailto:"]').first().click();
    await expect
      .poll(() => attemptsOn('www.brittany-ferries.co.uk'))
      .toEqual([
        expect.objectContaining({
          channel: 'email',
          contact: 'groups@brittanyferries.com',
          subject: 'Group booking enquiry',
        }),
      ]);
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('paper-trail-toast').length)).toBe(1);
    // The toast is in a closed shadow root: reach it as a keyboard user does.
    let reached = false;
    for (let i = 0; i < 120 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.nodeName === 'PAPER-TRAIL-TOAST');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => attemptsOn('www.brittany-ferries.co.uk')).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.querySelectorAll('paper-trail-toast').length)).toBe(0);
    await page.close();
  });

  it('follows a single-page site to its contact view, and a chat launcher that loads late', async () => {
    h.route(
      'https://www.spa-shop-demo.com/',
      `<!DOCTYPE html><html lang="en"><head><title>SPA Shop</title></head><body><nav><button id="go">Help</button></nav><main id="view"><h1>New arrivals</h1></main>
      <script>
      document.getElementById('go').addEventListener('click', () => {
        history.pushState({}, '', '/contact');
        document.title = 'Contact us | SPA Shop';
        document.getElementById('view').innerHTML = '<h1>Contact us</h1><p>We answer within a day.</p>';
        // The vendor's launcher arrives a moment later, as real chat snippets do.
        setTimeout(() => { const d = document.createElement('div'); d.id = 'intercom-container';
          d.innerHTML = '<div class="intercom-launcher" role="button" tabindex="0" aria-label="Open chat" style="width:60px;height:60px;background:#333"></div>'; document.body.append(d); }, 1500);
      });
      </script></body></html>`,
    );
    const page = await h.context.newPage();
    await page.goto('https://www.spa-shop-demo.com/');
    await page.click('#go');
    await page.locator('.intercom-launcher').waitFor();
    await page.click('.intercom-launcher');
    await expect
      .poll(() => attemptsOn('www.spa-shop-demo.com'))
      .toEqual([
        expect.objectContaining({
          channel: 'chat',
          contact: 'Intercom',
          pageUrl: 'https://www.spa-shop-demo.com/contact',
        }),
      ]);
    await page.close();
  });

  it('made no network request of its own', () => {
    // tel: and mailto: are the person's own clicks handed to the system, not requests.
    expect(h.externalRequests.filter((url) => /^(?:https?|wss?):/.test(url))).toEqual([]);
  });
});
