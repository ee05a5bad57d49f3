import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { launchExtension, type ExtensionHarness } from './support/harness';
import { storedRecords } from './support/records';
import { axeViolations } from './support/axe';

const StoredCall = z.looseObject({
  id: z.string(),
  caseId: z.string(),
  at: z.number(),
  endedAt: z.number().optional(),
  inProgress: z.boolean().optional(),
  agents: z.array(z.string()),
  reference: z.string().optional(),
});

/** Every attempt in the extension's database, read from one of its pages (raw IndexedDB). */
async function storedAttempts(page: Page): Promise<z.infer<typeof StoredCall>[]> {
  const rows = await page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('paper-trail');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const req = open.result.transaction('attempts', 'readonly').objectStore('attempts').getAll();
          req.onsuccess = () => {
            resolve(req.result);
            open.result.close();
          };
          req.onerror = () => reject(req.error ?? new Error('read failed'));
        };
      }),
  );
  return z.array(StoredCall).parse(rows);
}

/** Moves a stored attempt's start back, as if the call had been running for that long. */
async function backdate(page: Page, id: string, ms: number): Promise<void> {
  await page.evaluate(
    ({ id, ms }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('paper-trail');
        open.onsuccess = () => {
          const tx = open.result.transaction('attempts', 'readwrite');
          const store = tx.objectStore('attempts');
          const get = store.get(id);
          get.onsuccess = () => {
            const row = get.result as { at: number; createdAt: number };
            store.put({ ...row, at: row.at - ms, createdAt: row.createdAt - ms });
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
      }),
    { id, ms },
  );
}

function seconds(clock: string): number {
  return clock
    .split(':')
    .map(Number)
    .reduce((total, part) => total * 60 + part, 0);
}

async function badge(h: ExtensionHarness): Promise<string> {
  return z.string().parse(await h.serviceWorker.evaluate<unknown>('chrome.action.getBadgeText({})'));
}

describe('logging a call from the popup (real Chromium)', () => {
  let h: ExtensionHarness;
  beforeAll(async () => {
    h = await launchExtension();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('keeps the timer running across closing the popup, and ends the call into the timeline', async () => {
    let popup = await h.openExtensionPage('popup.html#/call');
    await popup.getByLabel('Search companies').fill('Paper Trail Test Telecom');
    await popup.getByRole('button', { name: 'Use “Paper Trail Test Telecom” (not in the directory)' }).click();
    await popup.getByLabel('Number you are calling').fill('+1 800 555 0100');
    await popup.getByRole('button', { name: 'Start call' }).click();
    await popup.getByTestId('call-timer').waitFor();
    const [started] = await storedAttempts(popup);
    expect(started).toMatchObject({ inProgress: true });
    await expect.poll(() => badge(h), { timeout: 5_000 }).toBe('0m');

    // Close the popup; a while later (the call's start moved back, rather than waiting) open it
    // again: the running call comes back with its timer, counted from the stored start.
    await backdate(popup, started!.id, 5_000);
    await popup.close();
    popup = await h.openExtensionPage('popup.html');
    await popup.getByRole('link', { name: 'Back to the call' }).click();
    const timer = popup.getByTestId('call-timer');
    const first = seconds(await timer.innerText());
    expect(first).toBeGreaterThanOrEqual(5);
    await expect.poll(async () => seconds(await timer.innerText()), { timeout: 5_000 }).toBeGreaterThan(first);

    // Let the call have lasted three minutes, then end it with an agent and a reference.
    // (Raw IndexedDB writes are not seen by Dexie's live queries: open the popup again to read it.)
    await backdate(popup, started!.id, 3 * 60_000);
    await popup.reload();
    await expect.poll(async () => seconds(await timer.innerText()), { timeout: 5_000 }).toBeGreaterThanOrEqual(180);
    await popup.getByLabel('Agent 1').fill('Dana');
    await popup.getByLabel('Reference number').fill('CX-12345');
    await popup.getByRole('button', { name: 'End call' }).click();

    const entry = popup.getByTestId('timeline-attempt');
    await entry.waitFor();
    expect(await entry.getByTestId('duration').innerText()).toMatch(/3 min/);
    expect(await entry.getByTestId('agents').innerText()).toContain('Dana');
    expect(await entry.getByTestId('reference').innerText()).toContain('CX-12345');
    const [ended] = await storedAttempts(popup);
    expect(ended?.inProgress).toBeUndefined();
    expect(Math.floor((ended!.endedAt! - ended!.at) / 60_000)).toBe(3);
    expect(ended).toMatchObject({ agents: ['Dana'], reference: 'CX-12345' });
    await expect.poll(() => badge(h), { timeout: 5_000 }).toBe('');
    expect(h.externalRequests).toEqual([]);
  });

  it('every view passes axe in light and dark', async () => {
    const [call] = await storedAttempts(await h.openExtensionPage('popup.html'));
    expect(call).toBeDefined();
    const views = [
      'popup.html',
      `popup.html#/case/${call!.caseId}`,
      `popup.html#/call?case=${call!.caseId}`,
      `popup.html#/email?case=${call!.caseId}`,
      `popup.html#/log?case=${call!.caseId}`,
      `popup.html#/quick?case=${call!.caseId}`,
      'popup.html#/new',
    ];
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const view of views) {
        const page = await h.openExtensionPage(view);
        await page.emulateMedia({ colorScheme });
        await page.locator('main h2, main [data-testid="case-list"]').first().waitFor();
        expect({ view, colorScheme, violations: await axeViolations(page) }).toEqual({
          view,
          colorScheme,
          violations: [],
        });
        await page.close();
      }
    }
  });

  it('opened straight on the logger for a known company (as the shortcut does), Enter alone starts the call', async () => {
    const page = await h.openExtensionPage('popup.html#/call?company=t-mobile');
    const field = page.getByLabel('Number you are calling');
    await field.waitFor();
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByTestId('call-timer').waitFor();
    await page.getByRole('button', { name: 'End call' }).click();
    await page.getByTestId('timeline').waitFor();
    await page.close();
  });

  it('logs a call in one line, finds it by its reference, and both views pass axe in light and dark and fit a 360 px side panel', async () => {
    // Its own data, through the product: a line saved from the quick-add view.
    const start = await h.openExtensionPage('popup.html#/quick');
    await start.getByLabel('Quick add').fill('Called T-Mobile, Priya, ref QA-99881, 10 min, no answer');
    await start.getByLabel('Quick add').press('Enter');
    await start.getByRole('button', { name: 'Save', exact: true }).click();
    await start.getByRole('heading', { name: 'Timeline' }).waitFor();
    const saved = (
      await storedRecords<{ caseId: string; reference?: string; agents: string[] }>(start, 'attempts')
    ).find((a) => a.reference === 'QA-99881');
    expect(saved?.agents).toEqual(['Priya']);
    await start.close();

    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [400, 360]) {
        const page = await h.openExtensionPage('popup.html');
        await page.setViewportSize({ width, height: 600 });
        await page.emulateMedia({ colorScheme });
        await page.getByRole('searchbox', { name: 'Search cases' }).fill('qa99881');
        await page.getByTestId('search-results').getByText('QA-99881', { exact: true }).waitFor();
        const fits = () =>
          page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
        expect({
          view: 'search',
          colorScheme,
          width,
          violations: await axeViolations(page),
          fits: await fits(),
        }).toEqual({
          view: 'search',
          colorScheme,
          width,
          violations: [],
          fits: true,
        });

        await page.goto(`chrome-extension://${h.extensionId}/popup.html#/quick?case=${saved!.caseId}`);
        await page.getByLabel('Quick add').fill('Called back, Dana, 12 min, credit by Friday');
        await page.getByLabel('Quick add').press('Enter');
        await page.getByRole('heading', { name: 'What was understood' }).waitFor();
        expect({
          view: 'quick',
          colorScheme,
          width,
          violations: await axeViolations(page),
          fits: await fits(),
        }).toEqual({
          view: 'quick',
          colorScheme,
          width,
          violations: [],
          fits: true,
        });
        if (process.env.PT_SCREENSHOTS) {
          await page.screenshot({
            path: `${process.env.PT_SCREENSHOTS}/quick-${colorScheme}-${width}.png`,
            fullPage: true,
          });
          await page.goBack();
          await page.getByTestId('search-results').waitFor();
          await page.screenshot({
            path: `${process.env.PT_SCREENSHOTS}/search-${colorScheme}-${width}.png`,
            fullPage: true,
          });
        }
        await page.close();
      }
    }
  });

  it('keeps a call running when Enter is pressed in a field, keeps the fields across closing the popup, and starts a second company’s call beside it', async () => {
    let popup = await h.openExtensionPage('popup.html#/call');
    await popup.getByLabel('Search companies').fill('Enter Test Mobile');
    await popup.getByRole('button', { name: 'Use “Enter Test Mobile” (not in the directory)' }).click();
    await popup.getByRole('button', { name: 'Start call' }).click();
    await popup.getByTestId('call-timer').waitFor();
    await popup.getByLabel('Agent 1').fill('Jordan');
    await popup.getByLabel('Agent 1').press('Enter');
    await popup.getByLabel('Reference number').fill('TM-48213');
    await popup.getByLabel('Reference number').press('Enter');
    // Still the running call, and what was typed is stored with it.
    await popup.getByTestId('call-timer').waitFor();
    const running = async () => (await storedAttempts(popup)).filter((a) => a.inProgress);
    await expect
      .poll(async () => (await running()).map((a) => [a.agents, a.reference]))
      .toEqual([[['Jordan'], 'TM-48213']]);
    const [first] = await running();

    await popup.close();
    popup = await h.openExtensionPage(`popup.html#/call?case=${first!.caseId}`);
    await popup.getByTestId('call-timer').waitFor();
    expect(await popup.getByLabel('Agent 1').inputValue()).toBe('Jordan');
    expect(await popup.getByLabel('Reference number').inputValue()).toBe('TM-48213');

    // "Log a call" for another company: the running call is offered, not opened.
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html#/call`);
    await popup.getByLabel('Search companies').fill('Second Test Gas');
    await popup.getByText(/Call with Enter Test Mobile running/).waitFor();
    await popup.getByRole('button', { name: 'Use “Second Test Gas” (not in the directory)' }).click();
    await popup.getByRole('button', { name: 'Start call' }).click();
    await popup.getByRole('heading', { name: 'On the phone with Second Test Gas' }).waitFor();
    await expect.poll(async () => (await running()).length).toBe(2);
    await popup.getByRole('button', { name: 'End the call with Enter Test Mobile' }).click();
    await expect.poll(async () => (await running()).map((a) => a.id)).not.toContain(first!.id);
    expect(await running()).toHaveLength(1);
    await popup.close();
  });
});
