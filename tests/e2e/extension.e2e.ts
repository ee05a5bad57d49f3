import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defaultExtensionDir, extensionApi, launchExtension, type ExtensionHarness } from './support/harness';
import { loadFixtureManifest, repoRoot } from './support/fixtures';
import { readmePermissionItems, requestedItems, unexplained } from './support/permissions';

// The built manifest, read from disk: which extension pages exist to be opened.
const BuiltManifest = z.looseObject({
  name: z.string(),
  permissions: z.array(z.string()).optional(),
  optional_permissions: z.array(z.string()).optional(),
  host_permissions: z.array(z.string()).optional(),
  optional_host_permissions: z.array(z.string()).optional(),
  content_scripts: z.array(z.looseObject({ matches: z.array(z.string()).optional() })).optional(),
  web_accessible_resources: z.array(z.unknown()).optional(),
  externally_connectable: z.unknown().optional(),
  manifest_version: z.literal(3),
  action: z.looseObject({ default_popup: z.string().optional() }).optional(),
  options_ui: z.looseObject({ page: z.string() }).optional(),
  options_page: z.string().optional(),
});
const manifest = BuiltManifest.parse(JSON.parse(readFileSync(join(defaultExtensionDir(), 'manifest.json'), 'utf8')));

describe('the built extension on disk', () => {
  it('keeps the always-on contact script, which every page loads, within its 10 KB budget', () => {
    const scripts = z
      .array(z.looseObject({ js: z.array(z.string()).optional() }))
      .parse(manifest.content_scripts ?? []);
    const alwaysOn = scripts.flatMap((s) => s.js ?? []);
    expect(alwaysOn).toContain('contact.js');
    expect(statSync(join(defaultExtensionDir(), 'contact.js')).size).toBeLessThanOrEqual(10_000);
  });
});

describe('the built extension in Chromium', () => {
  let h: ExtensionHarness;
  beforeAll(async () => {
    h = await launchExtension();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('starts its service worker and reports its own manifest', async () => {
    expect(h.extensionId).toMatch(/^[a-p]{32}$/);
    const api = await extensionApi(h.serviceWorker);
    const name = await h.serviceWorker.evaluate((chrome) => chrome.runtime.getManifest().name, api);
    expect(name).toBe(manifest.name);
    expect(h.extensionErrors).toEqual([]);
  });

  it('asks for nothing in its built manifest that README "Permissions" does not explain', () => {
    expect(unexplained(requestedItems(manifest), readmePermissionItems())).toEqual([]);
  });

  it('opens the popup and renders a heading', async () => {
    const popup = manifest.action?.default_popup ?? 'popup.html';
    const page = await h.openExtensionPage(popup);
    await expect.poll(() => page.getByRole('heading').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('opens the options page when there is one', async () => {
    const options = manifest.options_ui?.page ?? manifest.options_page;
    if (!options) return; // no options page in this build
    const page = await h.openExtensionPage(options);
    await expect.poll(() => page.locator('body *').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('loads every fixture page at its real address with the extension running', async () => {
    for (const entry of loadFixtureManifest()) {
      const page = await h.openFixture(entry.file);
      expect(new URL(page.url()).hostname).toBe(new URL(entry.url).hostname);
      expect(await page.locator('body').count()).toBe(1);
      await page.close();
    }
  });

  it('logs a message sent from the demo contact page that npm start opens', async () => {
    const demoUrl = 'https://www.acme-energy.example.com/contact';
    h.route(demoUrl, readFileSync(join(repoRoot, 'tests/fixtures/demo/contact.html')));
    const page = await h.context.newPage();
    await page.goto(demoUrl);
    // As a person does: into the first field, which is when the contact script reads the page.
    await page.getByLabel('Your name').click();
    await page.getByLabel('Your name').fill('Sam Doe');
    await page.getByLabel('Email address').fill('sam@example.org');
    await page.getByLabel('Your message').fill('My bill counts the same month twice.');
    await page.getByRole('button', { name: 'Send message' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Reference AE-');

    // Read the extension's own database from one of its pages (raw IndexedDB: no app code involved).
    const reader = await h.openExtensionPage(manifest.action?.default_popup ?? 'popup.html');
    const channels = async () =>
      z.array(z.looseObject({ channel: z.string(), pageUrl: z.string().optional() })).parse(
        await reader.evaluate(
          () =>
            new Promise<unknown>((resolve, reject) => {
              const open = indexedDB.open('paper-trail');
              open.onerror = () => reject(new Error('cannot open the database'));
              open.onsuccess = () => {
                const get = open.result.transaction('attempts').objectStore('attempts').getAll();
                get.onsuccess = () => resolve(get.result);
                get.onerror = () => reject(new Error('cannot read attempts'));
              };
            }),
        ),
      );
    await expect
      .poll(async () => (await channels()).filter((a) => a.pageUrl?.startsWith(demoUrl)).map((a) => a.channel))
      .toContain('web_form');
    // Closed only now: a tab closed within milliseconds of the send takes the report with it.
    await page.close();
    await reader.close();
  });

  it('makes no network request and logs no error across the whole run', () => {
    expect(h.externalRequests).toEqual([]);
    expect(h.extensionErrors).toEqual([]);
  });
});
