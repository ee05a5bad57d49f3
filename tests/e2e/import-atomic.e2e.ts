import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildBackup, serializeBackup, type BackupData } from '../../lib/exchange/backup';
import type { ImportMode } from '../../lib/exchange/session';
import { sampleAttempt, sampleData } from '../unit/exchange/sample';
import { launchExtension, type ExtensionHarness } from './support/harness';

/**
 * An import is one IndexedDB transaction written by the options page's worker. Closing the tab
 * while it writes kills the worker: the database must then hold all of the old data or all of the
 * new, never a mix and never nothing; and the next import must go through.
 */

const STORES = ['companies', 'cases', 'attempts', 'escalations', 'responses'] as const;
const IMPORTED = 'Imported in bulk.';
const BIG = 20_000;
/** Phone calls: they arm no reminder, so the background's rebuild after the import stays cheap. */
const bulkAttempts = () =>
  Array.from({ length: BIG }, (_, i) => sampleAttempt(100 + i, { channel: 'phone', summary: IMPORTED }));

/** Stored before the import: one case with 6 attempts. */
const OLD: BackupData = sampleData(6);
/** The file: the same company, case, post and response, and 20,000 attempts of its own. */
const FILE: BackupData = { ...sampleData(0), attempts: bulkAttempts() };

const Summary = z.strictObject({
  counts: z.strictObject({
    companies: z.number(),
    cases: z.number(),
    attempts: z.number(),
    escalations: z.number(),
    responses: z.number(),
  }),
  imported: z.number(),
  lastActivityAt: z.number(),
  /** Every record, when there are few (the old data is compared whole). */
  records: z.record(z.string(), z.array(z.unknown())).optional(),
});
type Summary = z.infer<typeof Summary>;

/** Reads the five tables in one transaction from an extension page (raw IndexedDB). */
async function stored(page: Page): Promise<Summary> {
  const raw = await page.evaluate(
    ({ stores, imported }) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('paper-trail');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction([...stores], 'readonly');
          const rows: Record<string, Array<Record<string, unknown>>> = {};
          for (const name of stores)
            tx.objectStore(name).getAll().onsuccess = (e) =>
              (rows[name] = (e.target as IDBRequest<Array<Record<string, unknown>>>).result);
          tx.oncomplete = () => {
            db.close();
            const counts = Object.fromEntries(stores.map((name) => [name, rows[name]?.length ?? 0]));
            const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
            resolve({
              counts,
              imported: (rows.attempts ?? []).filter((a) => a.summary === imported).length,
              lastActivityAt: Math.max(0, ...(rows.cases ?? []).map((c) => Number(c.lastActivityAt))),
              ...(total <= 100 ? { records: rows } : {}),
            });
          };
          tx.onerror = () => reject(tx.error ?? new Error('read failed'));
        };
      }),
    { stores: STORES, imported: IMPORTED },
  );
  return Summary.parse(raw);
}

/** Empties the five tables and stores `data` (one transaction). */
async function storeOnly(page: Page, data: BackupData): Promise<void> {
  await page.evaluate(
    ({ stores, data }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('paper-trail');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction([...stores], 'readwrite');
          for (const name of stores) {
            const store = tx.objectStore(name);
            store.clear();
            for (const record of data[name]) store.put(record);
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
        open.onerror = () => reject(open.error ?? new Error('open failed'));
      }),
    { stores: STORES, data },
  );
}

const oldSummary = (): Summary => ({
  counts: { companies: 1, cases: 1, attempts: 6, escalations: 1, responses: 1 },
  imported: 0,
  lastActivityAt: OLD.cases[0]!.lastActivityAt,
  records: { ...OLD },
});

/** Replace: exactly the file. Merge: the old records and the file's, the case's activity moved up to the newest attempt. */
const newSummary = (mode: ImportMode): Summary =>
  mode === 'replace'
    ? {
        counts: { companies: 1, cases: 1, attempts: BIG, escalations: 1, responses: 1 },
        imported: BIG,
        lastActivityAt: FILE.cases[0]!.lastActivityAt,
      }
    : {
        counts: { companies: 1, cases: 1, attempts: BIG + 6, escalations: 1, responses: 1 },
        imported: BIG,
        lastActivityAt: FILE.attempts.at(-1)!.at,
      };

/** Picks the file, waits for the preview, chooses the mode and starts the import. */
async function startImport(page: Page, file: string, mode: ImportMode): Promise<void> {
  await page.getByLabel('Backup file').setInputFiles(file);
  await page.getByRole('table', { name: /What a merge would do/ }).waitFor({ timeout: 60_000 });
  if (mode === 'replace') await page.getByRole('radio', { name: /Replace everything/ }).check();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
}

describe('an import interrupted by closing the options tab (real Chromium)', () => {
  let h: ExtensionHarness;
  const dir = mkdtempSync(join(tmpdir(), 'pt-import-atomic-'));
  const file = join(dir, 'big-backup.json');
  beforeAll(async () => {
    writeFileSync(
      file,
      serializeBackup(buildBackup({ data: FILE, scope: 'all', appVersion: '0.1.0', now: Date.UTC(2026, 10, 1) })),
    );
    h = await launchExtension();
  });
  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each<ImportMode>(['replace', 'merge'])(
    '%s: the tab closed mid-write leaves all the old data or all the new, and the next import completes',
    async (mode) => {
      const options = await h.openExtensionPage('options.html#data');
      await storeOnly(options, OLD);
      expect(await stored(options)).toEqual(oldSummary());

      await startImport(options, file, mode);
      // Records are being written (progress above 0), or — on a fast machine — the import is done.
      await options
        .locator('progress:not([value="0"])')
        .or(options.getByText(/^Imported: /))
        .first()
        .waitFor({ timeout: 60_000 });
      const finishedFirst = await options.getByText(/^Imported: /).isVisible();
      await options.close();

      // The next extension page: the browser has aborted (or finished) the transaction; reads wait for it.
      const next = await h.openExtensionPage('options.html#data');
      const after = await stored(next);
      expect([oldSummary(), newSummary(mode)], 'all the old data or all the new').toContainEqual(after);
      const outcome = isDeepStrictEqual(after, oldSummary()) ? 'old' : 'new';
      if (finishedFirst) expect(outcome).toBe('new');
      console.info(
        `${mode}: closed ${finishedFirst ? 'after' : 'during'} the write; the database holds the ${outcome} data`,
      );

      // The next import goes through.
      await startImport(next, file, mode);
      const result = next.getByText(/^(Imported|The import failed)/);
      await result.waitFor({ timeout: 60_000 });
      expect(await result.innerText()).toMatch(/^Imported: [\d,]+ records written\.$/);
      expect(await stored(next)).toEqual(newSummary(mode));
      await next.close();
    },
    180_000,
  );
});
