/**
 * Attachments in real Chromium: a screenshot of the tab under the popup and a PDF chosen from disk,
 * attached to an attempt through the case view; both show in the timeline with thumbnails and in
 * the printable report; a file whose name lies about its content is refused and nothing is stored.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { axeViolations } from './support/axe';
import { defaultExtensionDir, extensionApi, launchExtension, type ExtensionHarness } from './support/harness';
import { storedRecords } from './support/records';

const BILL_PAGE = 'https://www.example-shop.com/account/billing';
const BILL_HTML = `<!doctype html><html lang="en"><head><title>Your bill</title></head>
<body style="margin:0;font:20px sans-serif;background:#f4f0e0"><h1 style="background:#0a5;color:#fff;padding:24px">Example Shop — bill 1182</h1>
<p style="padding:24px">Charged twice: 49.00 and 49.00</p>
<aside class="chat-widget" aria-label="Chat with Example Shop" style="position:fixed;right:16px;bottom:16px;width:300px;background:#fff;border:1px solid #999;padding:8px">
<ol role="log" style="list-style:none;margin:0;padding:0">
<li class="row visitor"><div class="message"><span class="time">14:02</span> I was charged twice for May.</div></li>
<li class="row agent"><span class="author">Sam</span><div class="message">I see it. The refund will reach you by Friday. <time datetime="2026-12-06T14:03">14:03</time></div></li>
</ol></aside></body></html>`;

/** A small, valid PDF (one empty page): what a bill downloaded from a company looks like to a sniffer. */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
/** A zip archive's first bytes under a PDF's name. */
const FAKE_PDF = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x21, 0x00, 0x00, 0x00]);

const StoredAttachment = z.looseObject({
  id: z.string(),
  ownerId: z.string(),
  kind: z.string(),
  name: z.string(),
  type: z.string(),
  size: z.number(),
  sha256: z.string(),
});
const shots = process.env.PT_SCREENSHOTS;

/**
 * The built extension, with the one grant headless Chromium cannot give by a click. In use, the
 * person clicks the toolbar button over the bill and the browser grants activeTab on that tab;
 * a test cannot click the toolbar, and action.openPopup() opens the popup without that grant. So
 * this copy is granted the bill's site up front: the same access the click gives, nothing the
 * product code path does differently (the popup still asks tabs.query and captureVisibleTab).
 */
function extensionWithGrant(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'pt-attach-ext-'));
  cpSync(dir, copy, { recursive: true });
  const manifestPath = join(copy, 'manifest.json');
  const manifest = z.looseObject({}).parse(JSON.parse(readFileSync(manifestPath, 'utf8')));
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, host_permissions: ['<all_urls>'] }));
  return copy;
}

/** Writes records into the extension's database from one of its pages (raw IndexedDB, schema already made). */
async function seed(page: Page, records: Record<string, Record<string, unknown>[]>): Promise<void> {
  await page.evaluate(
    (all) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('paper-trail');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(Object.keys(all), 'readwrite');
          for (const [name, rows] of Object.entries(all)) for (const row of rows) tx.objectStore(name).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
        open.onerror = () => reject(open.error ?? new Error('open failed'));
      }),
    records,
  );
}

describe('attachments (real Chromium)', () => {
  let h: ExtensionHarness;
  let ext: Page;
  let cdp: Browser;
  let extDir: string;
  const port = 20_000 + Math.floor(Math.random() * 30_000);
  const now = Date.now();
  const caseId = crypto.randomUUID();
  const attemptId = crypto.randomUUID();

  beforeAll(async () => {
    extDir = extensionWithGrant(defaultExtensionDir());
    h = await launchExtension({ extensionDir: extDir, args: [`--remote-debugging-port=${port}`] });
    h.route(BILL_PAGE, BILL_HTML);
    // Any page of the extension opens (and so creates) its database; this one then writes the case.
    const first = await h.openExtensionPage('popup.html');
    await first.getByRole('heading', { level: 1 }).first().waitFor();
    await seed(first, {
      cases: [
        {
          id: caseId,
          companyId: 't-mobile',
          title: 'Charged twice for May',
          needsTitle: false,
          problem: 'Charged twice',
          ask: 'Refund 49.00',
          status: 'open',
          openedAt: now - 86_400_000,
          lastActivityAt: now - 3_600_000,
          createdAt: now - 86_400_000,
          updatedAt: now - 3_600_000,
        },
      ],
      attempts: [
        {
          id: attemptId,
          caseId,
          companyId: 't-mobile',
          channel: 'phone',
          at: now - 3_600_000,
          endedAt: now - 3_000_000,
          agents: ['Priya'],
          outcome: 'unresolved',
          source: 'manual',
          createdAt: now - 3_600_000,
          updatedAt: now - 3_000_000,
        },
      ],
    });
    await first.close();
    // Records are read back from a page that shows none of them (it is never taken for the popup).
    ext = await h.openExtensionPage('welcome.html');
  });
  afterAll(async () => {
    await cdp?.close();
    await h?.close();
    if (extDir) rmSync(extDir, { recursive: true, force: true });
  });

  /** Stored attachments, in a fixed order (by kind: file, screenshot, transcript). */
  const attachments = async () =>
    (await storedRecords<unknown>(ext, 'attachments'))
      .map((r) => StoredAttachment.parse(r))
      .sort((a, b) => a.kind.localeCompare(b.kind));
  /** The stored bytes of an attachment, as text. */
  const storedText = (id: string) =>
    ext.evaluate(
      (key) =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('paper-trail');
          open.onsuccess = () => {
            const request = open.result.transaction('attachmentFiles').objectStore('attachmentFiles').get(key);
            request.onsuccess = () => {
              open.result.close();
              void (request.result as { data: Blob }).data.text().then(resolve, reject);
            };
            request.onerror = () => reject(new Error('read failed'));
          };
        }),
      id,
    );
  const files = async () => (await storedRecords<{ id: string }>(ext, 'attachmentFiles')).map((f) => f.id);

  it('attaches a screenshot of the tab and a PDF to an attempt from the popup, and refuses a lying file', async () => {
    const bill = await h.context.newPage();
    await bill.goto(BILL_PAGE);
    await bill.bringToFront();
    const api = await extensionApi(h.serviceWorker);
    await h.serviceWorker.evaluate((chrome) => chrome.action.openPopup(), api);
    // A second connection to the browser, made once the popup is open, lists the toolbar popup as
    // a page (the harness's own connection does not).
    cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const popup = await expect
      .poll(
        () =>
          cdp
            .contexts()
            .flatMap((c) => c.pages())
            .find((p) => p.url().includes('/popup.html')),
        { timeout: 15_000 },
      )
      .toBeDefined()
      .then(() =>
        cdp
          .contexts()
          .flatMap((c) => c.pages())
          .find((p) => p.url().includes('/popup.html')),
      );
    if (!popup) throw new Error('no popup');

    await popup.getByRole('link', { name: /Charged twice for May/ }).click();
    const attempt = popup.getByTestId('timeline-attempt');
    const screenshotButton = attempt.getByRole('button', { name: /^Screenshot this tab to the contact of/ });
    await screenshotButton.click();
    await expect.poll(async () => (await attachments()).map((a) => a.kind)).toEqual(['screenshot']);
    const thumb = attempt.getByTestId('attachment-thumbnail');
    await thumb.waitFor();
    // The thumbnail is a real, decoded picture (made in the page from the capture).
    expect(
      await thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0 && img.naturalWidth <= 96),
    ).toBe(true);

    const attach = attempt.getByRole('button', { name: /^Attach files to the contact of/ });
    const [chooser] = await Promise.all([popup.waitForEvent('filechooser'), attach.click()]);
    await chooser.setFiles({ name: 'bill-may.pdf', mimeType: 'application/pdf', buffer: PDF });
    await attempt
      .getByRole('link', { name: /^bill-may\.pdf \(PDF document, \d+ bytes, opens in a new tab\)$/ })
      .waitFor();
    await expect(attempt.getByRole('status').textContent()).resolves.toContain('Attached “bill-may.pdf”.');

    const [liar] = await Promise.all([popup.waitForEvent('filechooser'), attach.click()]);
    await liar.setFiles({ name: 'refund.pdf', mimeType: 'application/pdf', buffer: FAKE_PDF });
    await expect(attempt.getByRole('alert').textContent()).resolves.toContain(
      '“refund.pdf” is not a picture (PNG, JPEG, WebP, GIF), a PDF or a plain text file',
    );

    // The chat open on the page, saved as a transcript to the case as a whole.
    const whole = popup.getByRole('region', { name: 'Evidence for the whole case' });
    await whole.getByRole('button', { name: 'Save chat transcript to the case' }).click();
    await whole
      .getByRole('link', {
        name: /^Chat transcript www\.example-shop\.com .*\.txt \(Text, \d+ bytes, opens in a new tab\)$/,
      })
      .waitFor();

    const stored = await attachments();
    expect(stored.map((a) => [a.kind, a.type, a.ownerId])).toEqual([
      ['file', 'application/pdf', attemptId],
      ['screenshot', 'image/png', attemptId],
      ['transcript', 'text/plain', caseId],
    ]);
    const [pdf, shot, transcript] = stored;
    expect(pdf).toMatchObject({ name: 'bill-may.pdf', size: PDF.byteLength });
    expect(shot?.name).toMatch(/^Screenshot www\.example-shop\.com \d{4}-\d\d-\d\d \d\d\.\d\d\.\d\d\.png$/);
    const text = await storedText(transcript?.id ?? '');
    expect(text).toContain(
      'Chat transcript — Chat with Example Shop\nPage: https://www.example-shop.com/account/billing\n',
    );
    expect(text).toContain(
      '[14:02] You:\n  I was charged twice for May.\n\n[14:03] Sam:\n  I see it. The refund will reach you by Friday.\n',
    );
    expect((await files()).sort()).toEqual(stored.map((a) => a.id).sort());

    expect(await axeViolations(popup)).toEqual([]);
    if (shots) await popup.screenshot({ path: `${shots}/attach-popup.png`, fullPage: true });
    await popup.close();
    await bill.close();
  });

  it('shows them in the timeline in a narrow side panel, light and dark, and opens one in a tab', async () => {
    const view = await h.openExtensionPage(`popup.html#/case/${caseId}`);
    await view.setViewportSize({ width: 360, height: 900 });
    const attempt = view.getByTestId('timeline-attempt');
    await expect.poll(() => attempt.getByTestId('attachment').count()).toBe(2);
    // No "Screenshot this tab" in a tab of Paper Trail's own: there is no page to capture.
    expect(await attempt.getByRole('button', { name: /^Screenshot this tab/ }).count()).toBe(0);
    // Nothing sticks out of a 360 px panel.
    expect(await view.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    for (const colorScheme of ['light', 'dark'] as const) {
      await view.emulateMedia({ colorScheme });
      expect(await axeViolations(view)).toEqual([]);
      if (shots) await view.screenshot({ path: `${shots}/attach-timeline-${colorScheme}-360.png`, fullPage: true });
    }
    await view.emulateMedia({ colorScheme: 'light' });

    const [viewer] = await Promise.all([
      h.context.waitForEvent('page'),
      attempt
        .getByRole('link', { name: /^Screenshot www\.example-shop\.com .*\(PNG picture, .*, opens in a new tab\)$/ })
        .click(),
    ]);
    const image = viewer.getByTestId('viewer-image');
    await image.waitFor();
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 96)).toBe(true);
    expect(await axeViolations(viewer)).toEqual([]);
    if (shots) await viewer.screenshot({ path: `${shots}/attach-viewer.png` });
    await viewer.close();
    await view.close();
  });

  it('lists them in the printable report with thumbnail, type, size, time and SHA-256', async () => {
    const [pdf, shot, transcript] = await attachments();
    const report = await h.openExtensionPage(`report.html?case=${caseId}`);
    const items = report.getByTestId('report-attachment');
    await expect.poll(() => items.count()).toBe(3);
    const texts = await items.allTextContents();
    expect(texts[0]).toMatch(
      new RegExp(
        `^Screenshot www\\.example-shop\\.com .*\\.pngPNG picture, [\\d.]+ KB, added .+, SHA-256 ${shot?.sha256.slice(0, 12)}…$`,
      ),
    );
    expect(texts[1]).toMatch(
      new RegExp(`^PDFbill-may\\.pdfPDF document, ${pdf?.size} bytes, added .+, SHA-256 ${pdf?.sha256.slice(0, 12)}…$`),
    );
    expect(texts[2]).toMatch(
      new RegExp(
        `^TXTChat transcript www\\.example-shop\\.com .*\\.txtText, \\d+ bytes, added .+, SHA-256 ${transcript?.sha256.slice(0, 12)}…$`,
      ),
    );
    // The attempt's inside its row of the timeline table; the case's under their own heading.
    expect(await report.locator('.report-timeline tbody tr').filter({ has: items.first() }).count()).toBe(1);
    expect(
      await report.getByRole('list', { name: 'Attachments to the case' }).getByTestId('report-attachment').count(),
    ).toBe(1);
    await report.getByTestId('attachment-thumbnail').waitFor();
    expect(await axeViolations(report)).toEqual([]);
    if (shots) {
      await report.screenshot({ path: `${shots}/attach-report.png`, fullPage: true });
      await report.emulateMedia({ media: 'print' });
      await report.screenshot({ path: `${shots}/attach-report-print.png`, fullPage: true });
    }
    await report.close();
  });

  it('removes one after confirmation, bytes and all, and shows storage use in Options', async () => {
    const view = await h.openExtensionPage(`popup.html#/case/${caseId}`);
    const attempt = view.getByTestId('timeline-attempt');
    await attempt.getByRole('button', { name: 'Remove bill-may.pdf' }).click();
    const confirm = attempt.getByRole('group', { name: 'Remove “bill-may.pdf” from Paper Trail?' });
    await expect
      .poll(() => confirm.getByRole('button', { name: 'Remove' }).evaluate((b) => b === document.activeElement))
      .toBe(true);
    await confirm.getByRole('button', { name: 'Remove' }).click();
    await expect.poll(async () => (await attachments()).map((a) => a.kind)).toEqual(['screenshot', 'transcript']);
    expect(await files()).toHaveLength(2);
    // The keyboard goes on from the attempt's Attach button.
    expect(await view.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '')).toMatch(
      /^Attach files to the contact of/,
    );
    await view.close();

    const options = await h.openExtensionPage('options.html#data');
    await expect
      .poll(() => options.getByTestId('storage-use').textContent())
      .toMatch(/^Paper Trail uses [\d.]+ (bytes|KB|MB|GB) of about [\d.]+ (MB|GB|TB) available\.$/);
    if (shots)
      await options
        .getByRole('heading', { name: 'Storage' })
        .screenshot({ path: `${shots}/attach-storage-heading.png` });
    if (shots) await options.screenshot({ path: `${shots}/attach-options.png`, fullPage: true });
    await options.close();

    expect(h.externalRequests).toEqual([]);
    expect(h.extensionErrors).toEqual([]);
  });
});
