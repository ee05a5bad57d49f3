import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBackupText } from '../../lib/exchange/parse';
import { sampleAttempt, sampleCase, sampleData } from '../unit/exchange/sample';
import { launchExtension, type ExtensionHarness } from './support/harness';

const STORES = ['companies', 'cases', 'attempts', 'escalations', 'responses'] as const;
const SECOND_CASE = '7c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

/** Raw IndexedDB access from an extension page (same origin as the extension's database). */
function idb<T>(page: Page, action: 'read' | 'write', payload: Record<string, unknown[]> | null): Promise<T> {
  return page.evaluate(
    ({ action, payload, stores }) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open('paper-trail');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction([...stores], action === 'write' ? 'readwrite' : 'readonly');
          const out: Record<string, unknown[]> = {};
          for (const name of stores) {
            const store = tx.objectStore(name);
            if (action === 'write') for (const record of payload?.[name] ?? []) store.put(record);
            else store.getAll().onsuccess = (e) => (out[name] = (e.target as IDBRequest<unknown[]>).result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out as T);
          };
          tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
        };
      }),
    { action, payload, stores: STORES },
  );
}

async function caseTitles(h: ExtensionHarness): Promise<string> {
  const popup = await h.openExtensionPage('popup.html');
  // The home view has read the database once it shows its list of cases or says there is none.
  await popup.locator('.empty.card, [data-testid=case-list] > li').first().waitFor();
  const text = await popup.locator('body').innerText();
  await popup.close();
  return text;
}

describe('export, delete, import (real Chromium)', () => {
  let h: ExtensionHarness;
  let options: Page;
  const dir = mkdtempSync(join(tmpdir(), 'pt-exchange-'));
  beforeAll(async () => {
    h = await launchExtension();
    options = await h.openExtensionPage('options.html#data');
  });
  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('round-trips the history through a downloaded backup, and the popup shows the same cases', async () => {
    const data = sampleData(6);
    const late = sampleAttempt(40, { caseId: SECOND_CASE });
    const { privateRef: _none, ...second } = sampleCase({
      id: SECOND_CASE,
      title: 'Refund never arrived',
      lastActivityAt: late.at,
    });
    data.cases.push(second);
    data.attempts.push(late);
    await idb(options, 'write', { ...data });
    const before = await idb<Record<string, unknown[]>>(options, 'read', null);
    expect(before.attempts).toHaveLength(7);
    const shown = await caseTitles(h);
    expect(shown).toContain('Overcharged $110');
    expect(shown).toContain('Refund never arrived');

    // Export: a real download through the browser.
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Download backup' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^paper-trail-backup-\d{4}-\d\d-\d\d\.json$/);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const parsed = parseBackupText(readFileSync(file, 'utf8'), '0.1.0');
    expect(parsed.ok && parsed.backup.data.attempts.length).toBe(7);

    // Delete everything (after the confirmation).
    await options.getByRole('button', { name: 'Delete everything…' }).click();
    await options.getByRole('alertdialog').getByRole('button', { name: 'Delete everything', exact: true }).click();
    await options.getByText('Everything was deleted.').waitFor();
    const empty = await idb<Record<string, unknown[]>>(options, 'read', null);
    expect(STORES.map((s) => empty[s]?.length)).toEqual([0, 0, 0, 0, 0]);
    expect(await caseTitles(h)).not.toContain('Overcharged $110');

    // Import the downloaded file (parsed and written in a worker).
    await options.getByLabel('Backup file').setInputFiles(file);
    await options.getByRole('table', { name: /What a merge would do/ }).waitFor();
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    const outcome = options.getByText(/^(Imported|The import failed)/);
    await outcome.waitFor();
    // 1 company + 2 cases + 7 attempts + 1 post + 1 response.
    expect(await outcome.innerText()).toBe('Imported: 12 records written.');

    const after = await idb<Record<string, unknown[]>>(options, 'read', null);
    for (const store of STORES) expect(after[store]).toEqual(before[store]);
    const again = await caseTitles(h);
    expect(again).toContain('Overcharged $110');
    expect(again).toContain('Refund never arrived');
    expect(h.externalRequests).toEqual([]);
  });

  it('refuses a malformed file with a precise message and writes nothing', async () => {
    const before = await idb<Record<string, unknown[]>>(options, 'read', null);
    const bad = join(dir, 'bad.json');
    const exported = readdirSync(dir).find((f) => f.startsWith('paper-trail-backup'));
    if (!exported) throw new Error('the first test did not leave its download');
    writeFileSync(bad, readFileSync(join(dir, exported), 'utf8').replace('"channel":"email"', '"channel":"fax"'));
    await options.reload();
    await options.getByLabel('Backup file').setInputFiles(bad);
    const alert = options.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/attempts\[\d+\]\.channel: expected one of phone, email, .* but got "fax"/);
    expect(await idb<Record<string, unknown[]>>(options, 'read', null)).toEqual(before);
  });

  it('prints a clean report: the case, its private reference, an accessible picture, no buttons on paper', async () => {
    const report = await h.openExtensionPage(`report.html?case=${SECOND_CASE}`);
    await report.getByRole('heading', { name: 'Refund never arrived' }).waitFor();
    expect(await report.getByRole('img', { name: /Timeline of Refund never arrived/ }).count()).toBe(1);
    const print = report.getByRole('button', { name: 'Print / Save as PDF' });
    expect(await print.isVisible()).toBe(true);
    await report.emulateMedia({ media: 'print' });
    expect(await print.isVisible()).toBe(false);
    // Page numbers on paper: Chromium keeps @page margin boxes it supports and drops any it does not.
    const pageRules = await report.evaluate(() =>
      [...document.styleSheets]
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule) => rule instanceof CSSPageRule)
        .map((rule) => rule.cssText)
        .join('\n'),
    );
    expect(pageRules).toMatch(/@bottom-right \{ content: "Page " counter\(page\) " of " counter\(pages\)/);
    expect(pageRules).toContain('@bottom-left { content: "Complaint history: Refund never arrived"');
    const all = await h.openExtensionPage('report.html');
    await all.getByRole('heading', { name: 'Overcharged $110' }).waitFor();
    expect(await all.locator('body').innerText()).toContain('Account / customer reference (private): ACC-99812');
  });
});
