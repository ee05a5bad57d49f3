import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CASE_ID, sampleAttempt, sampleData, T0 } from '../unit/exchange/sample';
import { launchExtension, type ExtensionHarness } from './support/harness';

/**
 * A backup with attachments, through the options page as a person uses it: attachments stored,
 * "Download backup" gives a .zip, "Delete everything" empties every table, importing the .zip
 * brings every file back byte for byte (compared by SHA-256 inside the browser).
 */

const RECORD_STORES = ['companies', 'cases', 'attempts', 'escalations', 'responses'] as const;
const ALL_STORES = [...RECORD_STORES, 'attachments', 'attachmentFiles'] as const;
const PNG_ID = 'b1000000-0000-4000-8000-000000000001';
const PDF_ID = 'b1000000-0000-4000-8000-000000000002';

const Stored = z.object({
  counts: z.record(z.string(), z.number()),
  files: z.array(z.object({ id: z.string(), sha256: z.string(), size: z.number(), type: z.string() })),
});
type Stored = z.infer<typeof Stored>;

/** Counts of every table and, for each stored file, the SHA-256 of its bytes (raw IndexedDB, from an extension page). */
async function stored(page: Page): Promise<Stored> {
  const raw = await page.evaluate(
    (stores) =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('paper-trail');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction([...stores], 'readonly');
          const rows: Record<string, unknown[]> = {};
          for (const name of stores)
            tx.objectStore(name).getAll().onsuccess = (e) => (rows[name] = (e.target as IDBRequest<unknown[]>).result);
          tx.oncomplete = () => {
            db.close();
            const hex = (buffer: ArrayBuffer) =>
              [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
            const files = (rows.attachmentFiles ?? []) as Array<{ id: string; data: Blob }>;
            void Promise.all(
              files.map(async (f) => ({
                id: f.id,
                size: f.data.size,
                type: f.data.type,
                sha256: hex(await crypto.subtle.digest('SHA-256', await f.data.arrayBuffer())),
              })),
            ).then(
              (hashed) =>
                resolve({
                  counts: Object.fromEntries(stores.map((s) => [s, rows[s]?.length ?? 0])),
                  files: hashed.sort((a, b) => a.id.localeCompare(b.id)),
                }),
              reject,
            );
          };
          tx.onerror = () => reject(tx.error ?? new Error('read failed'));
        };
      }),
    ALL_STORES,
  );
  return Stored.parse(raw);
}

/**
 * Stores the sample records and two attachments made in the page: a real PNG drawn on a canvas
 * (on an attempt) and a small PDF (on the case). Returns the files' SHA-256 as computed there.
 */
async function storeWithAttachments(page: Page): Promise<Record<string, string>> {
  const data = sampleData(3);
  return page.evaluate(
    async ({ data, stores, pngId, pdfId, caseId, attemptId, at }) => {
      const canvas = new OffscreenCanvas(64, 48);
      const context = canvas.getContext('2d');
      if (!context) throw new Error('no 2d context');
      context.fillStyle = '#1a73e8';
      context.fillRect(0, 0, 64, 48);
      context.fillStyle = '#ffffff';
      context.fillText('ref TM-48213', 4, 28);
      const png = await canvas.convertToBlob({ type: 'image/png' });
      const pdf = new Blob(
        [
          '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
        ],
        { type: 'application/pdf' },
      );
      const hex = async (blob: Blob) =>
        [...new Uint8Array(await crypto.subtle.digest('SHA-256', await blob.arrayBuffer()))]
          .map((b) => b.toString(16).padStart(2, '0'))
          .join('');
      const pngSha = await hex(png);
      const pdfSha = await hex(pdf);
      const attachments = [
        {
          id: pngId,
          caseId,
          ownerType: 'attempt',
          ownerId: attemptId,
          kind: 'screenshot',
          name: 'chat.png',
          type: 'image/png',
          size: png.size,
          sha256: pngSha,
          createdAt: at,
          updatedAt: at,
        },
        {
          id: pdfId,
          caseId,
          ownerType: 'case',
          ownerId: caseId,
          kind: 'file',
          name: 'bill october.pdf',
          type: 'application/pdf',
          size: pdf.size,
          sha256: pdfSha,
          createdAt: at,
          updatedAt: at,
        },
      ];
      const files = [
        { id: pngId, data: png },
        { id: pdfId, data: pdf },
      ];
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('paper-trail');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction([...stores, 'attachments', 'attachmentFiles'], 'readwrite');
          for (const name of stores) for (const record of data[name]) tx.objectStore(name).put(record);
          for (const a of attachments) tx.objectStore('attachments').put(a);
          for (const f of files) tx.objectStore('attachmentFiles').put(f);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
      });
      return { [pngId]: pngSha, [pdfId]: pdfSha };
    },
    {
      data,
      stores: RECORD_STORES,
      pngId: PNG_ID,
      pdfId: PDF_ID,
      caseId: CASE_ID,
      attemptId: sampleAttempt(1).id,
      at: T0 + 3_600_000,
    },
  );
}

describe('backup with attachments: export, delete, import (real Chromium)', () => {
  let h: ExtensionHarness;
  let options: Page;
  const dir = mkdtempSync(join(tmpdir(), 'pt-backup-attachments-'));
  beforeAll(async () => {
    h = await launchExtension();
    options = await h.openExtensionPage('options.html#data');
  });
  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives back byte-identical files', async () => {
    const originals = await storeWithAttachments(options);
    const before = await stored(options);
    expect(before.counts).toMatchObject({ attempts: 3, attachments: 2, attachmentFiles: 2 });
    expect(Object.fromEntries(before.files.map((f) => [f.id, f.sha256]))).toEqual(originals);

    // Export through the page: a .zip, since there are attachments.
    await options.reload();
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Download backup' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^paper-trail-backup-\d{4}-\d\d-\d\d\.zip$/);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const entries = unzipSync(new Uint8Array(readFileSync(file)));
    expect(Object.keys(entries).sort()).toEqual(['backup.json', `files/${PNG_ID}`, `files/${PDF_ID}`]);
    for (const id of [PNG_ID, PDF_ID])
      expect(
        createHash('sha256')
          .update(entries[`files/${id}`] ?? new Uint8Array())
          .digest('hex'),
      ).toBe(originals[id]);

    // Delete everything through the page.
    await options.getByRole('button', { name: 'Delete everything…' }).click();
    await options.getByRole('alertdialog').getByRole('button', { name: 'Delete everything', exact: true }).click();
    await options.getByText('Everything was deleted.').waitFor();
    expect(Object.values((await stored(options)).counts)).toEqual([0, 0, 0, 0, 0, 0, 0]);

    // Import the .zip through the page.
    await options.getByLabel('Backup file').setInputFiles(file);
    const preview = options.getByRole('table', { name: /What a merge would do/ });
    await preview.waitFor();
    expect(await preview.getByRole('row', { name: /^Attachments/ }).innerText()).toMatch(
      /^Attachments\s+2\s+0\s+0\s+0$/,
    );
    await options.getByRole('button', { name: 'Import', exact: true }).click();
    const outcome = options.getByText(/^(Imported|The import failed)/);
    await outcome.waitFor();
    // 1 company + 1 case + 3 attempts + 1 post + 1 response + 2 attachments.
    expect(await outcome.innerText()).toBe('Imported: 9 records written.');

    const after = await stored(options);
    expect(after.counts).toEqual(before.counts);
    expect(after.files).toEqual(before.files);
    expect(Object.fromEntries(after.files.map((f) => [f.id, f.sha256]))).toEqual(originals);

    // A backup carries no thumbnails: the case view makes the picture's again from its bytes.
    const popup = await h.openExtensionPage(`popup.html#/case/${CASE_ID}`);
    const thumbnail = popup.getByTestId('attachment-thumbnail').first();
    await thumbnail.waitFor();
    await expect.poll(() => thumbnail.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    await popup.close();
    expect(h.externalRequests).toEqual([]);
  });

  it('refuses an archive whose file was swapped, naming it, and writes nothing', async () => {
    const before = await stored(options);
    const exported = readdirSync(dir).find((f) => f.startsWith('paper-trail-backup') && f.endsWith('.zip'));
    if (!exported) throw new Error('the first test did not leave its download');
    const entries = unzipSync(new Uint8Array(readFileSync(join(dir, exported))));
    entries[`files/${PDF_ID}`] = new TextEncoder().encode('MZ this is no PDF');
    const bad = join(dir, 'swapped.zip');
    writeFileSync(bad, zipSync(entries));
    await options.reload();
    await options.getByLabel('Backup file').setInputFiles(bad);
    const alert = options.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(
      /attachments\[\d\]\.size: declares \d+ bytes, but "files\/b1000000-0000-4000-8000-000000000002" holds 17/,
    );
    expect(await stored(options)).toEqual(before);
  });
});
