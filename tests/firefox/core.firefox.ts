import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBackupText } from '../../lib/exchange/parse';
import type { Attempt, Case } from '../../lib/model';
import { stories } from '../fixtures/stories';
import {
  fieldOf,
  fill,
  launchFirefox,
  openExtensionPage,
  openExtensionTab,
  sidebarIsOpen,
  press,
  putRecords,
  storedRecords,
  valueOf,
  waitForElement,
  waitForText,
  type FirefoxHarness,
} from './support/firefox';

/**
 * The core flows in Firefox (Debian's ESR) with the Firefox build, driven over WebDriver BiDi:
 * the add-on installs, a contact form sent is logged, the popup logs a call, the composer drafts
 * a post, and a backup survives erasing everything. Each step waits for a state it can see.
 */

const SHOP = 'https://wickandwhistle.co.uk/contact/';

describe('Paper Trail in Firefox', () => {
  let ff: FirefoxHarness;
  const downloads = mkdtempSync(join(tmpdir(), 'pt-firefox-downloads-'));

  beforeAll(async () => {
    ff = await launchFirefox([new URL(SHOP).hostname], downloads);
  });
  afterAll(async () => {
    await ff?.close();
  });

  it('installs and greets the person on its welcome page', async () => {
    await waitForText(ff.extensionPage, /Welcome to Paper Trail/);
  });

  it('logs a contact form sent on a company’s contact page', async () => {
    const page = await ff.browser.newPage();
    await page.goto(ff.urlOf(SHOP));
    // The site's cookie banner covers the form's button until it is answered.
    await page.click('.cky-btn-reject');
    await page.type('input[name=your-name]', 'Pat Doe');
    await page.type('input[name=your-email]', 'pat@example.org');
    await page.type('textarea[name=your-message]', 'My candle order WW-1042 arrived broken.');
    await page.click('form.wpcf7-form input.wpcf7-submit');
    await expect
      .poll(
        async () =>
          (await storedRecords<Attempt>(ff.extensionPage, 'attempts')).filter((a) => a.channel === 'web_form').length,
      )
      .toBe(1);
    await waitForText(page, /Thank you for your message/);
    await page.close();
  });

  it('logs a call from the popup, and moves the logger into Firefox’s sidebar', async () => {
    const popup = await openExtensionTab(ff, '/popup.html#/call');
    await fill(popup, 'Search companies', 'Paper Trail Test Telecom');
    await press(popup, 'Use “Paper Trail Test Telecom” (not in the directory)');
    await fill(popup, 'Number you are calling', '+1 800 555 0100');
    await press(popup, 'Start call');
    await waitForElement(popup, '[data-testid=call-timer]');
    // Firefox has a sidebar where Chrome has a side panel: the same button opens it.
    expect(await sidebarIsOpen(ff.extensionPage)).toBe(false);
    await press(popup, 'Open in side panel');
    await expect.poll(() => sidebarIsOpen(ff.extensionPage)).toBe(true);
    await fill(popup, 'Agent 1', 'Dana');
    await fill(popup, 'Reference number', 'CX-12345');
    await press(popup, 'End call');
    await waitForElement(popup, '[data-testid=timeline-attempt]');
    await expect
      .poll(async () =>
        (await storedRecords<Attempt>(popup, 'attempts')).find((a) => a.channel === 'phone' && a.endedAt !== undefined),
      )
      .toMatchObject({ agents: ['Dana'], reference: 'CX-12345', contact: '+18005550100' });
    await popup.close();
  });

  it('drafts a public post from a logged case', async () => {
    const story = stories.eightCalls;
    const shift = Date.now() - story.now;
    const caseRecord: Case = {
      ...story.caseRecord,
      openedAt: story.caseRecord.openedAt + shift,
      lastActivityAt: Date.now(),
    };
    const attempts: Attempt[] = story.attempts.map((a) => ({
      ...a,
      at: a.at + shift,
      ...(a.endedAt ? { endedAt: a.endedAt + shift } : {}),
    }));
    await putRecords(ff.extensionPage, 'cases', [caseRecord]);
    await putRecords(ff.extensionPage, 'attempts', attempts);
    await openExtensionPage(ff.extensionPage, `/popup.html#/case/${caseRecord.id}/compose`);
    const draft = await valueOf(ff.extensionPage, 'Post text');
    expect(draft).toMatch(/^@TMobileHelp /);
    expect(draft).toContain('8 calls');
    await waitForText(ff.extensionPage, /\d+ \/ 280/);
  });

  it('keeps the whole history through a backup, erasing everything and importing it', async () => {
    const options = ff.extensionPage;
    const before = await storedRecords<Attempt>(options, 'attempts');
    expect(before.length).toBeGreaterThan(8);
    await openExtensionPage(options, '/options.html#data');
    await press(options, 'Download backup');
    const backups = () => readdirSync(downloads).filter((f) => /^paper-trail-backup-[\d-]+\.json$/.test(f));
    await expect.poll(backups).toHaveLength(1);
    const [file = ''] = backups();
    // Written whole once the download completes: then it reads as a backup with every attempt.
    await expect
      .poll(() => {
        const parsed = parseBackupText(readFileSync(join(downloads, file), 'utf8'), '0.1.0');
        return parsed.ok ? parsed.backup.data.attempts.length : 0;
      })
      .toBe(before.length);

    await press(options, 'Delete everything…');
    await press(options, 'Delete everything', { within: '[role=alertdialog]' });
    await waitForText(options, /Everything was deleted\./);
    expect(await storedRecords(options, 'attempts')).toEqual([]);

    const input = (await fieldOf(options, 'Backup file')) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(join(downloads, file));
    await waitForText(options, /What a merge would do/);
    await press(options, 'Import');
    await waitForText(options, /Imported: \d+ records written\./);
    const after = await storedRecords<Attempt>(options, 'attempts');
    const byId = (list: Attempt[]) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(after)).toEqual(byId(before));
  });
});
