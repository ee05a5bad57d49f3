/**
 * The extension in Spanish, French and German, in a Chromium whose language is each of them: its
 * pages speak that language, with the sample case's own words, and nothing on the popup is left
 * in English. Pictures of the popup (600 px) and the side panel (360 px) go to
 * test-results/languages/ to be looked at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchExtension } from './support/harness';

const SHOTS = join(process.cwd(), 'test-results', 'languages');

/** The extension pages' view of the browser's i18n API (the tests' own types have no `chrome`). */
type PageGlobals = { chrome: { i18n: { getMessage(name: string): string; getUILanguage(): string } } };

/** A message of the extension as the browser gives it to its pages. */
const message = (page: Page, name: string): Promise<string> =>
  page.evaluate((n) => (globalThis as unknown as PageGlobals).chrome.i18n.getMessage(n), name);

// Chrome's display languages are these plain codes (its UI has no de-DE), as a person picks them.
describe.each(['es', 'fr', 'de'])('in %s', { timeout: 90_000 }, (code) => {
  it('shows the welcome page, the sample case and the popup in that language', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const h = await launchExtension({ locale: code });
    try {
      const welcome = await h.openExtensionPage('welcome.html');
      expect(await welcome.evaluate(() => (globalThis as unknown as PageGlobals).chrome.i18n.getUILanguage())).toMatch(
        new RegExp(`^${code}`),
      );
      expect(await message(welcome, 'meta_locale')).toBe(code);
      const add = await message(welcome, 'welcome_sample_add');
      expect(add).not.toBe('Add a sample case');
      await welcome.getByRole('button', { name: add }).click();
      const added = await message(welcome, 'welcome_sample_added');
      await welcome.getByText(added).waitFor();

      const popup = await h.openExtensionPage('popup.html');
      await popup.setViewportSize({ width: 600, height: 600 });
      const company = await message(popup, 'welcome_sample_company');
      await popup.getByText(company).first().waitFor();
      await popup.getByRole('link', { name: await message(popup, 'popup_action_logCall') }).waitFor();
      expect(await popup.locator('html').getAttribute('lang')).toBe(code);
      const text = await popup.locator('body').innerText();
      for (const english of ['Log a call', 'Open cases', 'Needs attention', 'attempts'])
        expect(text).not.toContain(english);
      await popup.screenshot({ path: join(SHOTS, `popup-${code}.png`) });

      const title = await message(popup, 'welcome_sample_caseTitle');
      await popup.getByRole('link', { name: title }).first().click();
      await popup.getByRole('heading', { name: title }).waitFor();
      await popup.setViewportSize({ width: 360, height: 800 });
      await popup.screenshot({ path: join(SHOTS, `case-${code}-360.png`), fullPage: false });
    } finally {
      await h.close();
    }
  });
});
