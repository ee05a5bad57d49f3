import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { stories } from '../fixtures/stories';
import { axeViolations } from './support/axe';
import { launchExtension, type ExtensionHarness } from './support/harness';
import { storedRecords } from './support/records';

const story = stories.eightCalls;
const CASE_ID = story.caseRecord.id;
const REFERENCES = ['TM-55120', 'TM-55871', 'TM-56410'];

const StoredLetter = z.looseObject({
  id: z.string(),
  caseId: z.string(),
  channel: z.string(),
  contact: z.string().optional(),
  subject: z.string().optional(),
  messageCopy: z.string().optional(),
});

/** Puts the story's case and its attempts into the extension's database (raw IndexedDB, after the popup made it). */
async function seed(page: Page): Promise<void> {
  await page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('paper-trail');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['cases', 'attempts'], 'readwrite');
          tx.objectStore('cases').put(records.caseRecord);
          for (const a of records.attempts) tx.objectStore('attempts').put(a);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
      }),
    { caseRecord: story.caseRecord, attempts: story.attempts },
  );
}

async function letters(page: Page) {
  return z
    .array(StoredLetter)
    .parse(await storedRecords<unknown>(page, 'attempts'))
    .filter((a) => a.caseId === CASE_ID && a.channel === 'letter');
}

describe('letters (real Chromium)', () => {
  let h: ExtensionHarness;
  beforeAll(async () => {
    h = await launchExtension();
    const popup = await h.openExtensionPage('popup.html');
    // The home lists cases once the database exists; then the story goes in.
    await popup.getByRole('heading', { level: 2 }).first().waitFor();
    await seed(popup);
    await popup.close();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('writes a complaint letter from a seeded case with every reference, and logs it once as sent', async () => {
    const popup = await h.openExtensionPage(`popup.html#/case/${CASE_ID}`);
    await popup.getByRole('heading', { level: 2, name: 'Overcharged $110 on my bill' }).waitFor();
    const [page] = await Promise.all([
      h.context.waitForEvent('page'),
      popup.getByRole('link', { name: 'Write a letter' }).click(),
    ]);
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toBe('/letter.html');
    await page.getByRole('heading', { level: 1, name: 'Write a letter: Overcharged $110 on my bill' }).waitFor();

    await page.getByLabel('Your name').fill('Alex Doe');
    await page
      .getByLabel('The company’s postal address')
      .fill('T-Mobile Customer Relations\nPO Box 37380\nAlbuquerque, NM 87176');
    await page.getByRole('button', { name: 'Write the letter' }).click();
    const letter = page.getByTestId('letter-text');
    await letter.waitFor();
    const text = await letter.innerText();
    for (const ref of REFERENCES) expect(text).toContain(`Reference: ${ref}`);
    expect(text).toContain(`your references ${REFERENCES.join(', ')}`);
    expect(text).toContain('account 4417-220-981');
    for (const agent of ['Maria', 'Jon', 'Priya', 'Luis', 'Dana', 'Kev', 'Sam', 'Ana'])
      expect(text).toContain(`Agents: ${agent}.`);
    expect(await page.getByTestId('deadline').innerText()).toMatch(/^14 days left \(by .+\)$/);
    expect(await axeViolations(page)).toEqual([]);
    const shots = process.env.PT_SCREENSHOTS;
    if (shots) {
      await page.setViewportSize({ width: 1100, height: 1000 });
      await letter.screenshot({ path: `${shots}/letter-complaint-sheet-1100-light.png` });
      await page.setViewportSize({ width: 600, height: 1000 });
      await page.screenshot({ path: `${shots}/letter-complaint-600-light-top.png` });
    }

    // On paper: the letter alone, no form, no buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Print / Save as PDF' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'The deadline that applies' }).isVisible()).toBe(false);
    expect(await letter.isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    await page.getByLabel('Tracking number').fill('RR123456789GB');
    const sent = page.getByRole('button', { name: 'I sent it' });
    // Clicked twice in a row: one letter in the case.
    await sent.dblclick();
    await page.getByText(/^Logged in the case as a letter sent on/).waitFor();
    expect(await sent.isDisabled()).toBe(true);
    const stored = await letters(page);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ contact: 'T-Mobile (US)', reference: 'RR123456789GB', messageCopy: text });

    // The case's timeline shows it, once.
    await popup.reload();
    const entries = popup.getByTestId('timeline-attempt').filter({ hasText: 'Formal complaint letter.' });
    await entries.first().waitFor();
    expect(await entries.count()).toBe(1);
    expect(h.externalRequests).toEqual([]);
    expect(h.extensionErrors).toEqual([]);
  });

  it('a card dispute shows its deadline, and the page passes axe light and dark, at 600 px and full width', async () => {
    const page = await h.openExtensionPage(`letter.html?case=${CASE_ID}&kind=chargeback`);
    await page.getByLabel('Bank or card issuer').fill('First Card Bank');
    // The story's case holds no amount: the person types it.
    await page.getByLabel('Amount charged').fill('110');
    await page.getByLabel('Currency').fill('usd');
    await page.getByLabel('Date of the charge').fill('2026-11-02');
    const statement = page.getByLabel('Date of the first statement showing it');
    await statement.fill('2026-11-20');
    expect(await page.getByTestId('deadline').innerText()).toMatch(
      /^(\d+ days? left \(by .+ 2027\)|passed \d+ days? ago \(on .+\))$/,
    );
    await page.getByRole('button', { name: 'Write the letter' }).click();
    const text = await page.getByTestId('letter-text').innerText();
    expect(text).toContain('Fair Credit Billing Act');
    for (const ref of REFERENCES) expect(text).toContain(ref);

    const shots = process.env.PT_SCREENSHOTS;
    for (const width of [600, 1100]) {
      await page.setViewportSize({ width, height: 900 });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await axeViolations(page), `${colorScheme} at ${width}px`).toEqual([]);
        if (shots)
          await page.screenshot({ path: `${shots}/letter-chargeback-${width}-${colorScheme}.png`, fullPage: true });
      }
    }
    // The form's errors are announced and reachable, also in dark mode in a narrow window.
    await page.setViewportSize({ width: 600, height: 900 });
    await statement.fill('');
    await page.getByRole('button', { name: 'Write the letter' }).click();
    await page.getByRole('alert').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    if (shots) await page.screenshot({ path: `${shots}/letter-errors-600-dark.png`, fullPage: true });
    expect(h.externalRequests).toEqual([]);
  });
});
