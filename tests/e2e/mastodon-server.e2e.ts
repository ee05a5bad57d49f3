import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultExtensionDir, extensionApi, launchExtension, type ExtensionHarness } from './support/harness';
import { fixturePagesDir } from './support/fixtures';
import { storedRecords } from './support/records';

/**
 * Mastodon on the person's own server, in real Chromium under a real server's name (every name
 * maps to the local fixture server): the server saved in Options → Composer, the social script
 * added there, a post to a company's account on another server recorded, the company's reply
 * recorded once, and the script taken away when the server is changed back.
 *
 * Headless Chromium cannot answer the browser's own permission prompt, so the extension runs from
 * a copy whose manifest grants that one server, as it is once the person accepted the prompt; the
 * Save button still asks (the browser answers at once for a site already granted), and everything
 * else is the build as shipped.
 */

const SERVER = 'fosstodon.org';
const SCRIPT_ID = `social-mastodon-${SERVER}`;
/** The person's own post on their server, which the company answered from mastodon.social. */
const THREAD = `https://${SERVER}/@dana_w/112612844108377205`;
const COMPANY_REPLY = `https://${SERVER}/@SamsungSupport@mastodon.social/112612912203154876`;
const HANDLE = 'SamsungSupport@mastodon.social';

/** A copy of the build with one more site granted (the caller removes the directory). */
function copyGranting(extensionDir: string, origin: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'pt-mastodon-ext-'));
  cpSync(extensionDir, dir, { recursive: true });
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), origin];
  writeFileSync(file, JSON.stringify(manifest));
  return dir;
}

/** The mastodon.social fixture as the same thread looks on fosstodon.org, Dana's home server. */
function threadOnServer(): string {
  let html = readFileSync(join(fixturePagesDir, 'social-mastodon-status-samsung.html'), 'utf8');
  const swap = (from: string, to: string) => {
    if (!html.includes(from)) throw new Error(`the fixture no longer has ${from}`);
    html = html.replaceAll(from, to);
  };
  // Dana is a local account there; the company's account is on another server, so its address
  // carries the server, while the mention in Dana's post shows "@SamsungSupport" alone.
  swap('@dana_w@mastodon.social', '@dana_w');
  swap('https://mastodon.social/@dana_w', `https://${SERVER}/@dana_w`);
  swap('href="/@SamsungSupport/', 'href="/@SamsungSupport@mastodon.social/');
  swap('<strong>mastodon.social</strong>', `<strong>${SERVER}</strong>`);
  return html;
}

interface Row {
  id: string;
  caseId?: string;
  [key: string]: unknown;
}

describe("Mastodon on the person's own server (real Chromium)", () => {
  let h: ExtensionHarness;
  let ext: Page;
  let extensionDir: string;

  const registered = async () => {
    const api = await extensionApi(ext);
    return ext.evaluate(async (chrome) => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id), api);
  };
  const rows = (store: string) => storedRecords<Row>(ext, store);
  async function put(store: string, row: Record<string, unknown>): Promise<void> {
    await ext.evaluate(
      ({ name, value }) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('paper-trail');
          open.onsuccess = () => {
            const tx = open.result.transaction(name, 'readwrite');
            tx.objectStore(name).put(value);
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(new Error(String(tx.error)));
          };
        }),
      { name: store, value: row },
    );
  }
  /** Saves the server in Options → Composer; resolves with the page once "Saved." shows. */
  async function saveServer(server: string): Promise<Page> {
    const options = await h.openExtensionPage('options.html#composer');
    await options.getByLabel('Your Mastodon server').fill(server);
    await options.getByRole('button', { name: 'Save' }).click();
    await options.getByText('Saved.', { exact: true }).waitFor();
    return options;
  }

  beforeAll(async () => {
    extensionDir = copyGranting(defaultExtensionDir(), `https://${SERVER}/*`);
    h = await launchExtension({ extensionDir });
    h.route(THREAD, threadOnServer());
    ext = await h.openExtensionPage('popup.html');
    const now = Date.now();
    // The person's own entry for Samsung names its Mastodon account, on mastodon.social.
    await put('companies', {
      id: 'samsung-us',
      name: 'Samsung (US)',
      domains: ['samsung.com'],
      sector: 'tech',
      country: 'US',
      handles: { mastodon: { handle: HANDLE, confidence: 'medium', source: 'added by you' } },
      retiredHandles: [],
      phones: [],
      emails: [],
      contactUrls: [],
      status: 'active',
      source: 'user',
      createdAt: now,
      updatedAt: now,
    });
  });
  afterAll(async () => {
    await h?.close();
    rmSync(extensionDir, { recursive: true, force: true });
  });

  it('adds the social script to the server saved in Options, once the browser allows it', async () => {
    expect(await registered()).not.toContain(SCRIPT_ID);
    const options = await saveServer(SERVER);
    await options.getByText(`Paper Trail can now read ${SERVER}`).waitFor();
    await expect.poll(registered).toContain(SCRIPT_ID);
    await options.close();
  });

  it("records a post to the company's account on another server", async () => {
    const page = await h.context.newPage();
    await page.goto(THREAD);
    const composer = page.locator('form.compose-form textarea');
    await composer.click();
    await page.keyboard.type(
      `@${HANDLE} still no working fridge after three missed repair visits. Could you escalate this please?`,
    );
    await page.locator('form.compose-form .compose-form__submit button').click();
    await expect
      .poll(() => page.evaluate(() => (window as { __lastPostedText?: string }).__lastPostedText ?? ''))
      .toContain('missed repair visits');

    await expect.poll(async () => (await rows('escalations')).length, { timeout: 15_000 }).toBe(1);
    const [escalation] = await rows('escalations');
    expect(escalation).toMatchObject({
      companyId: 'samsung-us',
      platform: 'mastodon',
      handle: HANDLE,
      status: 'posted',
    });
    await page.close();
  });

  it("records the company's reply on the person's thread, once", async () => {
    // The person's first post is this thread (its link given with "I posted it").
    const [escalation] = await rows('escalations');
    if (!escalation) throw new Error('no escalation recorded above');
    await put('escalations', { ...escalation, postUrl: THREAD });

    const page = await h.context.newPage();
    await page.goto(THREAD);
    await expect.poll(async () => (await rows('responses')).length, { timeout: 15_000 }).toBe(1);
    const [reply] = await rows('responses');
    expect(reply).toMatchObject({
      kind: 'public_reply',
      by: HANDLE,
      url: COMPANY_REPLY,
      source: 'auto',
      caseId: escalation.caseId,
      at: Date.parse('2024-06-12T17:05:28.000Z'),
    });

    // A second answer from the company arrives in the thread: the scan that records it reads the
    // first one too, so once the second is recorded the first was seen again — and not stored twice.
    await page.evaluate(() => {
      const first = document.querySelector('.status__wrapper[data-id="112612912203154876"]');
      if (!first) throw new Error('no company reply in the fixture');
      const copy = first.cloneNode(true) as HTMLElement;
      copy.innerHTML = copy.innerHTML.replaceAll('112612912203154876', '112612912203159999');
      first.after(copy);
    });
    await expect.poll(async () => (await rows('responses')).length, { timeout: 15_000 }).toBe(2);
    expect((await rows('responses')).filter((r) => r['url'] === COMPANY_REPLY)).toHaveLength(1);
    await page.close();
  });

  it('takes the script away when the server is changed back to mastodon.social', async () => {
    await (await saveServer('mastodon.social')).close();
    await expect.poll(async () => (await registered()).includes(SCRIPT_ID)).toBe(false);
  });

  it('made no request that left the machine', () => {
    expect(h.externalRequests).toEqual([]);
    expect(h.extensionErrors).toEqual([]);
  });
});
