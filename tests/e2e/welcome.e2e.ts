import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { extensionApi, launchExtension, type ExtensionHarness } from './support/harness';
import { storedRecords } from './support/records';

interface Row {
  id: string;
  companyId?: string;
  caseId?: string;
}

const TABLES = ['companies', 'cases', 'attempts', 'firedReminders'] as const;
type Records = Record<(typeof TABLES)[number], Row[]>;

/** The records of the tables the sample writes to, read from an extension page. */
async function records(page: Page): Promise<Records> {
  const out: Records = { companies: [], cases: [], attempts: [], firedReminders: [] };
  for (const table of TABLES) {
    out[table] = (await storedRecords<Row>(page, table)).sort((a, b) => a.id.localeCompare(b.id));
  }
  return out;
}

/**
 * The URLs of the extension's own pages open in tabs. Asked of runtime.getContexts, which lists an
 * extension's own documents: tabs.query leaves out tab URLs without the "tabs" permission, its own
 * pages' too in some Chromium versions.
 */
async function ownTabUrls(page: Page): Promise<string[]> {
  const api = await extensionApi(page);
  return page.evaluate(
    async (chrome) =>
      (await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.TAB] })).map(
        (context) => context.documentUrl ?? '',
      ),
    api,
  );
}

describe('the welcome page (real Chromium)', () => {
  let h: ExtensionHarness;
  let welcome: Page;
  const welcomeUrl = () => `chrome-extension://${h.extensionId}/welcome.html`;

  beforeAll(async () => {
    h = await launchExtension({ keepWelcome: true });
    if (!h.welcomePage) throw new Error('launched with keepWelcome but no welcome page');
    welcome = h.welcomePage;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('opens by itself on install, once, and not again when the worker is stopped and wakes', async () => {
    const opened: string[] = [];
    h.context.on('page', (page) => {
      if (page.url().startsWith(welcomeUrl())) opened.push(page.url());
    });
    await welcome.getByRole('heading', { level: 1, name: 'Welcome to Paper Trail' }).waitFor();
    expect(h.context.pages().filter((p) => p.url().startsWith(welcomeUrl()))).toEqual([welcome]);
    // The shortcut shown is the one the browser assigned.
    expect(await welcome.getByTestId('shortcut').innerText()).toBe(
      'Press Alt+Shift+L on any page to open the logger, or right-click the page and choose “Log a contact attempt”.',
    );

    await h.stopServiceWorker();
    // A message wakes the worker; its answer comes after anything it does on starting (an
    // onInstalled listener would run then), so by the answer a new welcome tab would exist.
    const page = await h.openExtensionPage('popup.html');
    const api = await extensionApi(page);
    expect(
      await page.evaluate((chrome) => chrome.runtime.sendMessage({ type: 'ui/reminders-rebuild' }), api),
    ).toMatchObject({ ok: true });
    expect((await ownTabUrls(page)).filter((url) => url.startsWith(welcomeUrl()))).toEqual([welcomeUrl()]);
    expect(opened).toEqual([]);
    await page.close();
  });

  it('passes axe in light and dark, with and without the sample', async () => {
    for (const state of ['no sample', 'sample'] as const) {
      if (state === 'sample') {
        await welcome.getByRole('button', { name: 'Add a sample case' }).click();
        await welcome.getByRole('button', { name: 'Remove the sample' }).waitFor();
      }
      for (const colorScheme of ['light', 'dark'] as const) {
        await welcome.emulateMedia({ colorScheme });
        expect({ state, colorScheme, violations: await axeViolations(welcome) }).toEqual({
          state,
          colorScheme,
          violations: [],
        });
      }
    }
    await welcome.getByRole('button', { name: 'Remove the sample' }).click();
    await welcome.getByRole('button', { name: 'Add a sample case' }).waitFor();
    await welcome.emulateMedia({ colorScheme: null });
  });

  it('adds a sample the popup shows, and removes it, leaving the person’s own case untouched', async () => {
    // A case of the person's own, made in the popup.
    const popup = await h.openExtensionPage('popup.html#/new');
    await popup.getByLabel('Search companies').fill('My Own Broadband');
    await popup.getByRole('button', { name: 'Use “My Own Broadband” (not in the directory)' }).click();
    await popup.getByLabel('Title').fill('Line down since Monday');
    await popup.getByRole('button', { name: 'Create case' }).click();
    await popup.getByRole('heading', { name: /Line down since Monday/ }).waitFor();
    const before = await records(popup);
    expect(before.cases).toHaveLength(1);

    const add = welcome.getByRole('button', { name: 'Add a sample case' });
    await add.focus();
    await welcome.keyboard.press('Enter');
    await expect.poll(() => welcome.getByRole('status').innerText()).toMatch(/^Sample case added\./);
    // Focus stays on the button, which now removes the sample.
    expect(await welcome.evaluate(() => document.activeElement?.textContent)).toBe('Remove the sample');

    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    const sampleRow = popup.locator('.case-row', { hasText: 'Northwind Energy (sample)' });
    await sampleRow.waitFor();
    // Each row reads its own records after the list painted.
    await expect
      .poll(() => sampleRow.innerText())
      .toMatch(/Charged twice for the March bill[\s\S]*3 attempts[\s\S]*Overdue/);
    await popup.locator('.case-row', { hasText: 'Line down since Monday' }).waitFor();
    const withSample = await records(popup);
    expect(withSample.cases).toHaveLength(2);
    expect(withSample.attempts).toHaveLength(3);

    // The link opens the sample case itself.
    const sampleCaseId = withSample.cases.find((c) => !before.cases.some((b) => b.id === c.id))?.id;
    expect(await welcome.getByRole('link', { name: 'Open the sample case' }).getAttribute('href')).toBe(
      `popup.html#/case/${sampleCaseId}`,
    );

    await welcome.keyboard.press('Enter');
    await expect.poll(() => welcome.getByRole('status').innerText()).toBe('Sample case removed.');
    expect(await welcome.evaluate(() => document.activeElement?.textContent)).toBe('Add a sample case');
    expect(await records(popup)).toEqual(before);
    const api = await extensionApi(popup);
    expect(await popup.evaluate(async (chrome) => chrome.storage.local.get('welcomeSample'), api)).toEqual({});

    await popup.reload();
    await popup.locator('.case-row', { hasText: 'Line down since Monday' }).waitFor();
    expect(await popup.locator('.case-row', { hasText: 'Northwind Energy (sample)' }).count()).toBe(0);
    await popup.close();
  });

  it('links to the import and the logging settings', async () => {
    expect(await welcome.getByRole('link', { name: 'Import a backup' }).getAttribute('href')).toBe('options.html#data');
    await welcome.getByRole('link', { name: 'Choose what is logged in Settings → Logging' }).click();
    await welcome.waitForURL(`chrome-extension://${h.extensionId}/options.html#logging`);
    expect(await welcome.getByRole('tab', { name: 'Logging' }).getAttribute('aria-selected')).toBe('true');
  });

  it('makes no network request and logs no error', () => {
    expect(h.externalRequests).toEqual([]);
    expect(h.extensionErrors).toEqual([]);
  });
});
