import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { launchExtension, type ExtensionHarness } from './support/harness';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core in the real page, colour contrast included (happy-dom cannot compute it). */
async function axeViolations(page: Page, selector: string): Promise<string[]> {
  // evaluate() goes through DevTools, so the extension page's CSP does not block the injected source.
  await page.evaluate(axeSource);
  const found = await page.evaluate<unknown>(
    `axe.run(document.querySelector(${JSON.stringify(selector)}), { rules: { region: { enabled: false } } })
       .then((r) => r.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`,
  );
  return z.array(z.string()).parse(found);
}

describe('Companies settings in Chromium', () => {
  let h: ExtensionHarness;
  let page: Page;
  beforeAll(async () => {
    h = await launchExtension();
    page = await h.openExtensionPage('options.html#companies');
    await page.getByRole('heading', { name: 'Companies', level: 2 }).waitFor();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('is accessible in light and dark, form open or closed', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page, '.company-settings'), colorScheme).toEqual([]);
    }
    await page.getByRole('button', { name: 'Add a company' }).click();
    await page.getByRole('button', { name: 'Save company' }).click();
    await page.getByRole('alert').waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page, '.company-settings'), `${colorScheme}, with errors`).toEqual([]);
    }
    await page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('adds a company and corrects a directory one; both survive a reload', async () => {
    await page.getByRole('button', { name: 'Add a company' }).click();
    await page.getByLabel('Name').fill('Wick & Whistle');
    await page.getByLabel('Web domains').fill('wickandwhistle.co.uk');
    await page.getByLabel('Country').fill('GB');
    await page.getByRole('button', { name: 'Save company' }).click();
    await page.getByText('Wick & Whistle saved.').waitFor();

    await page.getByLabel('Correct a directory company').selectOption('att');
    await page.getByRole('button', { name: 'Correct', exact: true }).click();
    await page.getByLabel('Handle on Bluesky').fill('att.com');
    await page.getByRole('button', { name: 'Save company' }).click();
    await page.getByText('AT&T saved.').waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Your companies' }).waitFor();
    await expect
      .poll(() => page.locator('.company-row').allInnerTexts())
      .toEqual([expect.stringContaining('AT&T'), expect.stringContaining('Wick & Whistle')]);
    await page.getByRole('button', { name: 'Reset AT&T to the directory entry' }).click();
    await page.getByText('AT&T is back to the directory entry.').waitFor();
    expect(await page.locator('.company-row').count()).toBe(1);
  });

  it('made no network request and logged no error', () => {
    expect(h.externalRequests).toEqual([]);
    expect(h.extensionErrors).toEqual([]);
  });
});
