import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { launchExtension, type ExtensionHarness } from './support/harness';

const THREAD = 'social-x-post-tmobilehelp.html';
const COMPANY_REPLY = 'https://x.com/TMobileHelp/status/1801376537713234197';
/** The company's answer opened at its own address: X shows the person's post above it. */
const COMPANY_REPLY_PAGE = 'social-x-status-tmobilehelp-reply.html';
const PROFILE = 'social-x-profile-askpaypal.html';

const Row = z.looseObject({ id: z.string(), caseId: z.string().optional() });
type Row = z.infer<typeof Row>;

/** Reads a whole object store of the extension's database from one of its pages (raw IndexedDB). */
async function readStore(page: Page, store: string): Promise<Row[]> {
  const rows = await page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('paper-trail');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction(name, 'readonly').objectStore(name).getAll();
          all.onsuccess = () => {
            resolve(all.result);
            db.close();
          };
          all.onerror = () => reject(all.error ?? new Error('read failed'));
        };
      }),
    store,
  );
  return z.array(Row).parse(rows);
}

/** Writes one record into a store of the extension's database, or deletes one by id. */
async function writeStore(
  page: Page,
  store: string,
  change: { put: Record<string, unknown> } | { delete: string },
): Promise<void> {
  await page.evaluate(
    ({ name, change }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('paper-trail');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(name, 'readwrite');
          if ('put' in change) tx.objectStore(name).put(change.put);
          else tx.objectStore(name).delete(change.delete);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
      }),
    { name: store, change },
  );
}

describe('follow-up on social networks (real Chromium)', () => {
  let h: ExtensionHarness;
  let ext: Page;
  beforeAll(async () => {
    h = await launchExtension();
    ext = await h.openExtensionPage('popup.html');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('posting a reply to @TMobileHelp records a posted escalation with its link', async () => {
    const page = await h.openFixture(THREAD);
    const composer = page.locator('[data-testid=tweetTextarea_0]');
    await composer.click();
    await page.keyboard.type(
      '@TMobileHelp day four with no signal at home. I have called twice; please tell me when the tower is fixed.',
    );
    await page.locator('[data-testid=tweetButtonInline]').click();
    await expect
      .poll(() => page.evaluate(() => (window as { __lastPostedText?: string }).__lastPostedText ?? ''))
      .toContain('day four');

    await expect.poll(async () => (await readStore(ext, 'escalations')).length, { timeout: 15_000 }).toBe(1);
    const [escalation] = await readStore(ext, 'escalations');
    expect(escalation).toMatchObject({ companyId: 't-mobile', handle: 'TMobileHelp', platform: 'x', status: 'posted' });
    expect(escalation?.['postUrl']).toMatch(/^https:\/\/x\.com\/jdawson_84\/status\/\d+$/);
    const cases = await readStore(ext, 'cases');
    expect(cases.map((c) => c.id)).toEqual([escalation?.caseId]);
    await page.close();
  });

  it('visiting the thread records the company reply once, and only once on a second visit', async () => {
    const page = await h.openFixture(THREAD);
    await expect.poll(async () => (await readStore(ext, 'responses')).length, { timeout: 15_000 }).toBe(1);
    const [reply] = await readStore(ext, 'responses');
    expect(reply).toMatchObject({
      kind: 'public_reply',
      by: 'TMobileHelp',
      url: COMPANY_REPLY,
      source: 'auto',
      at: Date.parse('2024-06-13T18:40:02.000Z'),
    });

    await page.reload();
    await page.waitForSelector('article[data-testid=tweet]');
    // A second answer from the company arrives in the thread: the scan that records it reads the
    // first one too, so once the second is recorded the first was seen again — and not stored twice.
    await page.evaluate((first) => {
      const link = document.querySelector(
        `article[data-testid=tweet] a[href="${new URL(first).pathname}"], article[data-testid=tweet] a[href="${first}"]`,
      );
      const article = link?.closest('article');
      if (!article) throw new Error('no company reply in the fixture');
      const copy = article.cloneNode(true) as HTMLElement;
      for (const a of Array.from(copy.querySelectorAll('a[href]')))
        a.setAttribute('href', (a.getAttribute('href') ?? '').replace('1801376537713234197', '1801376537713239999'));
      article.after(copy);
    }, COMPANY_REPLY);
    await expect.poll(async () => (await readStore(ext, 'responses')).length).toBe(2);
    expect((await readStore(ext, 'responses')).filter((r) => r.url === COMPANY_REPLY)).toHaveLength(1);
    await page.close();
  });

  it('the case view shows the recorded reply and the clocks', async () => {
    const [escalation] = await readStore(ext, 'escalations');
    const page = await h.openExtensionPage(`popup.html#/case/${escalation?.caseId ?? ''}`);
    await page.getByRole('heading', { name: 'Follow-up' }).waitFor({ timeout: 15_000 });
    await page.getByText('Replied publicly').first().waitFor();
    const opened = await Promise.all(
      (await page.getByRole('link', { name: 'Open' }).all()).map((link) => link.getAttribute('href')),
    );
    expect(opened).toContain(COMPANY_REPLY);
    expect(await page.getByText('First answer after').count()).toBe(1);
    await page.close();
  });

  it('offers "Insert Paper Trail draft" beside a composer addressed to the company and inserts the draft', async () => {
    const page = await h.openFixture(THREAD);
    const composer = page.locator('[data-testid=tweetTextarea_0]');
    await composer.click();
    await page.waitForFunction(() => document.querySelector('paper-trail-draft') !== null);
    // The button lives in a closed shadow root: the page cannot reach into it (nor can locators),
    // so the test clicks where it is drawn, just under the composer's left edge.
    expect(await page.evaluate(() => document.querySelector('paper-trail-draft')?.shadowRoot ?? null)).toBeNull();
    const box = await composer.boundingBox();
    if (!box) throw new Error('composer not visible');
    await page.mouse.click(box.x + 40, box.y + box.height + 6 + 12);
    await expect.poll(() => composer.innerText(), { timeout: 10_000 }).toContain('@TMobileHelp');
    expect((await composer.innerText()).length).toBeGreaterThan(40);
    expect(await page.locator('[data-testid=tweetButtonInline]').isEnabled()).toBe(true);
    await page.close();
  });

  it('a promise coming due produces a notification through the alarm', async () => {
    const [escalation] = await readStore(ext, 'escalations');
    const caseId = z.string().parse(escalation?.caseId);
    const id = crypto.randomUUID();
    const now = Date.now();
    await writeStore(ext, 'responses', {
      put: {
        id,
        caseId,
        kind: 'promise',
        at: now,
        by: 'TMobileHelp',
        note: 'Engineer visit',
        promise: { text: 'Engineer visit', dueAt: now + 3_000 },
        source: 'manual',
        createdAt: now,
        updatedAt: now,
      },
    });
    const before = Object.keys(
      z.record(z.string(), z.unknown()).parse(await h.serviceWorker.evaluate('chrome.notifications.getAll()')),
    );
    expect(before.some((n) => n.includes(`promise_due:${id}`))).toBe(false);

    // What the case view sends after saving a promise: the background re-arms its alarm.
    const reply: unknown = await ext.evaluate("chrome.runtime.sendMessage({ type: 'ui/reminders-rebuild' })");
    expect(reply).toMatchObject({ ok: true });
    const alarm = z
      .object({ scheduledTime: z.number() })
      .parse(await h.serviceWorker.evaluate("chrome.alarms.get('pt-reminders-next')"));
    expect(alarm.scheduledTime).toBeGreaterThanOrEqual(now + 3_000);

    await expect
      .poll(
        async () =>
          Object.keys(
            z.record(z.string(), z.unknown()).parse(await h.serviceWorker.evaluate('chrome.notifications.getAll()')),
          ),
        { timeout: 40_000, interval: 1_000 },
      )
      .toContainEqual(expect.stringContaining(`${caseId}|promise_due:${id}`));
    const fired = await readStore(ext, 'firedReminders');
    expect(fired.filter((f) => f.id.startsWith(`promise_due:${id}`))).toHaveLength(1);
  }, 60_000);

  it("records a reply typed in the thread without the company's handle (the thread names it)", async () => {
    const before = (await readStore(ext, 'escalations')).length;
    const page = await h.openFixture(THREAD);
    await page.locator('[data-testid=tweetTextarea_0]').click();
    await page.keyboard.type('Day six now, still nothing. Could someone look at the mast on Elm Street?');
    await page.locator('[data-testid=tweetButtonInline]').click();
    await expect.poll(async () => (await readStore(ext, 'escalations')).length, { timeout: 15_000 }).toBe(before + 1);
    const added = (await readStore(ext, 'escalations')).find((e) => JSON.stringify(e['parts']).includes('Day six'));
    expect(added).toMatchObject({ companyId: 't-mobile', handle: 'TMobileHelp', status: 'posted' });
    await page.close();
  });

  it("opening the company's answer at its own address records it once, also when the thread was never opened", async () => {
    const [escalation] = await readStore(ext, 'escalations');
    const before = await readStore(ext, 'responses');
    const earlier = before.find((r) => r.url === COMPANY_REPLY);
    if (!earlier) throw new Error('the thread visit above recorded no reply');
    // As for someone who only ever saw the answer in their notifications: no record of it yet.
    await writeStore(ext, 'responses', { delete: earlier.id });
    const ofAnswer = async () => (await readStore(ext, 'responses')).filter((r) => r.url === COMPANY_REPLY);
    expect(await ofAnswer()).toEqual([]);

    const page = await h.openFixture(COMPANY_REPLY_PAGE);
    expect(page.url()).toBe(COMPANY_REPLY);
    await expect.poll(async () => (await ofAnswer()).length, { timeout: 15_000 }).toBe(1);
    const [reply] = await ofAnswer();
    expect(reply).toMatchObject({
      kind: 'public_reply',
      by: 'TMobileHelp',
      source: 'auto',
      caseId: escalation?.caseId,
      at: Date.parse('2024-06-13T18:40:02.000Z'),
    });

    // Seen again — on its own page and on the thread — it stays one record.
    await page.reload();
    await page.waitForSelector('article[data-testid=tweet]');
    const thread = await h.openFixture(THREAD);
    await thread.waitForSelector('article[data-testid=tweet]');
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await ofAnswer()).toHaveLength(1);
    expect(await readStore(ext, 'responses')).toHaveLength(before.length);
    await thread.close();
    await page.close();
  });

  it("on a company's profile, offers to save its handle for a company with an open case, and saves it on a click", async () => {
    const now = Date.now();
    // The person's own PayPal entry has no X account yet, and they have an open case with PayPal.
    await writeStore(ext, 'companies', {
      put: {
        id: 'paypal',
        name: 'PayPal',
        domains: ['paypal.com'],
        sector: 'payments',
        country: 'global',
        handles: {},
        retiredHandles: [],
        phones: [],
        emails: [],
        contactUrls: [],
        status: 'active',
        source: 'user',
        createdAt: now,
        updatedAt: now,
      },
    });
    await writeStore(ext, 'cases', {
      put: {
        id: crypto.randomUUID(),
        companyId: 'paypal',
        title: 'Payment stuck',
        needsTitle: false,
        problem: '',
        ask: '',
        status: 'open',
        openedAt: now,
        lastActivityAt: now,
        createdAt: now,
        updatedAt: now,
      },
    });
    const page = await h.openFixture(PROFILE);
    await page.waitForFunction(() => document.querySelector('paper-trail-save-handle') !== null, undefined, {
      timeout: 15_000,
    });
    // Its closed shadow root is out of the page's reach (and of locators): click where it is drawn,
    // at the bottom right corner of the window.
    expect(await page.evaluate(() => document.querySelector('paper-trail-save-handle')?.shadowRoot ?? null)).toBeNull();
    const size = page.viewportSize();
    if (!size) throw new Error('no viewport');
    await page.mouse.click(size.width - 30, size.height - 16 - 12);
    const paypal = async () => (await readStore(ext, 'companies')).find((c) => c.id === 'paypal');
    await expect
      .poll(async () => (await paypal())?.['handles'], { timeout: 10_000 })
      .toEqual({
        x: { handle: 'AskPayPal', confidence: 'medium', source: 'confirmed by you on its profile page' },
      });
    await page.close();
  });

  it('made no request that left the machine', () => {
    expect(h.externalRequests).toEqual([]);
  });
});
