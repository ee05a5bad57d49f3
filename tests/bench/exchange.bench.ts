import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { z } from 'zod';
import { longestBusy } from './support/cpu-profile';
import type { BenchModule } from './support/types';

const CASES = 300;
const ATTEMPTS = 100_000;
const TIMEOUT = 180_000;
const IDLE_MS = 8_000;

// Installed before the options page's scripts: records long tasks (≥ 50 ms) and the largest gap
// of a setTimeout heartbeat, but only while window.__ptMeasure is on (during the import).
const WATCH_MAIN_THREAD = `
  window.__ptMeasure = false;
  window.__ptLongTasks = [];
  window.__ptGaps = [];
  new PerformanceObserver((list) => {
    if (!window.__ptMeasure) return;
    for (const entry of list.getEntries()) window.__ptLongTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask' });
  let last = performance.now();
  const beat = () => {
    const now = performance.now();
    if (window.__ptMeasure && now - last > 20) window.__ptGaps.push([last, now - last]);
    last = now;
    setTimeout(beat, 0);
  };
  setTimeout(beat, 0);
`;

const Spans = z.array(z.tuple([z.number(), z.number()]));
const MainThread = z.object({ longTasks: Spans, gaps: Spans });
const pageNow = (page: Page) => page.evaluate(() => performance.now());
const longest = (spans: ReadonlyArray<[number, number]>) => Math.round(Math.max(0, ...spans.map(([, d]) => d)));

/**
 * Export and re-import of 100,000 attempts (300 cases) through the options page, as a person
 * would: JSON backup download, CSV download, then import of that backup into an empty database
 * (parsed, validated and written in a worker, in one transaction). Measures each
 * step and the page's longest main-thread block during the import (long tasks and a heartbeat),
 * and from a CPU profile the longest uninterrupted run of page script (with and without GC).
 */
const exchange: BenchModule = {
  name: 'exchange',
  async run(h) {
    const stored = await h.counts();
    if (stored.attempts !== ATTEMPTS || stored.cases !== CASES) {
      await h.clear();
      await h.seed({ cases: CASES, attempts: ATTEMPTS });
    }
    const dir = mkdtempSync(join(tmpdir(), 'pt-bench-exchange-'));
    const page = await h.context.newPage();
    try {
      await page.addInitScript(WATCH_MAIN_THREAD);
      await page.goto(`chrome-extension://${h.extensionId}/options.html#data`, { waitUntil: 'load' });

      let start = performance.now();
      const [json] = await Promise.all([
        page.waitForEvent('download', { timeout: TIMEOUT }),
        page.getByRole('button', { name: 'Download backup' }).click(),
      ]);
      const exportJsonMs = performance.now() - start;
      const file = join(dir, 'backup.json');
      await json.saveAs(file);

      start = performance.now();
      const [csv] = await Promise.all([
        page.waitForEvent('download', { timeout: TIMEOUT }),
        page.getByRole('button', { name: 'Download spreadsheet (CSV)' }).click(),
      ]);
      const exportCsvMs = performance.now() - start;
      const csvFile = join(dir, 'timeline.csv');
      await csv.saveAs(csvFile);

      await h.clear();
      await page.reload({ waitUntil: 'load' });
      const collect = async () =>
        MainThread.parse(
          await page.evaluate(() => {
            window.__ptMeasure = false;
            const spans = { longTasks: window.__ptLongTasks, gaps: window.__ptGaps };
            window.__ptLongTasks = [];
            window.__ptGaps = [];
            return spans;
          }),
        );
      const measure = () =>
        page.evaluate(() => {
          window.__ptMeasure = true;
        });

      // The machine's own noise (2 shared cores): the same page, idle, for IDLE_MS.
      await measure();
      await page.waitForTimeout(IDLE_MS);
      const idle = await collect();

      const cdp = await h.context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      await measure();
      start = performance.now();
      const beforeFile = await pageNow(page);
      await page.getByLabel('Backup file').setInputFiles(file);
      // Handing a 40 MB file to the page is Playwright's own work (a person picks it in a dialog).
      const fileHandedOver = await pageNow(page);
      await page.getByRole('table', { name: /What a merge would do/ }).waitFor({ timeout: TIMEOUT });
      const importCheckMs = performance.now() - start;
      const checked = await pageNow(page);
      start = performance.now();
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await page.getByText(/^Imported: /).waitFor({ timeout: TIMEOUT });
      const importWriteMs = performance.now() - start;
      const main = await collect();
      const busy = longestBusy((await cdp.send('Profiler.stop')).profile);
      await cdp.detach();
      const between = (spans: ReadonlyArray<[number, number]>, from: number, to: number) =>
        spans.filter(([at]) => at >= from && at < to);
      const ours = (spans: ReadonlyArray<[number, number]>) => between(spans, fileHandedOver, Infinity);
      const after = await h.counts();
      if (after.attempts !== ATTEMPTS) throw new Error(`imported ${after.attempts} attempts, expected ${ATTEMPTS}`);
      return {
        exportJsonMs: Math.round(exportJsonMs),
        backupMegabytes: Math.round(statSync(file).size / 1e5) / 10,
        exportCsvMs: Math.round(exportCsvMs),
        csvMegabytes: Math.round(statSync(csvFile).size / 1e5) / 10,
        importCheckMs: Math.round(importCheckMs),
        importWriteMs: Math.round(importWriteMs),
        importLongTasks: ours(main.longTasks).length,
        importLongestTaskMs: longest(ours(main.longTasks)),
        importMaxHeartbeatGapMs: longest(ours(main.gaps)),
        importCheckLongestTaskMs: longest(between(main.longTasks, fileHandedOver, checked)),
        importWriteLongestTaskMs: longest(between(main.longTasks, checked, Infinity)),
        importLongestScriptMs: busy.script,
        importLongestScriptOrGcMs: busy.withGc,
        fileHandoverLongestTaskMs: longest(between(main.longTasks, beforeFile, fileHandedOver)),
        idleLongTasks: idle.longTasks.length,
        idleLongestTaskMs: longest(idle.longTasks),
        idleMaxHeartbeatGapMs: longest(idle.gaps),
      };
    } finally {
      await page.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

declare global {
  interface Window {
    __ptMeasure?: boolean;
    __ptLongTasks?: Array<[number, number]>;
    __ptGaps?: Array<[number, number]>;
  }
}

export default exchange;
