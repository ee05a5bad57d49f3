import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { longestBusy } from './support/cpu-profile';
import type { BenchModule } from './support/types';

const CASES = 300;
const ATTEMPTS = 100_000;
/** 200 files of 1 MB: 200 MB of attachments. */
const FILES = 200;
const FILE_BYTES = 1_000_000;
const TIMEOUT = 600_000;
const IDLE_MS = 8_000;

// Installed before the options page's scripts: while window.__ptMeasure is on, records long tasks
// (≥ 50 ms) and the largest gaps between animation frames (a frame the page could not paint).
const WATCH_MAIN_THREAD = `
  window.__ptMeasure = false;
  window.__ptLongTasks = [];
  window.__ptGaps = [];
  new PerformanceObserver((list) => {
    if (!window.__ptMeasure) return;
    for (const entry of list.getEntries()) window.__ptLongTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask' });
  let last = performance.now();
  const frame = (now) => {
    if (window.__ptMeasure && now - last > 20) window.__ptGaps.push([last, now - last]);
    last = now;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
`;

const Spans = z.array(z.tuple([z.number(), z.number()]));
const MainThread = z.object({ longTasks: Spans, gaps: Spans });
const longest = (spans: ReadonlyArray<[number, number]>) => Math.round(Math.max(0, ...spans.map(([, d]) => d)));

/**
 * "Download backup" of 100,000 attempts (300 cases) with 200 MB of attachments (200 pictures of
 * 1 MB), through the options page: the time from the click to the browser's download, the
 * archive's size, and the page's longest main-thread block meanwhile — long tasks, the largest
 * gap between animation frames, and from a CPU profile the longest uninterrupted run of the
 * page's own script (long tasks and frame gaps also count the machine taking the core away).
 * The same page idle for 8 s first gives the machine's own noise.
 */
const backupAttachments: BenchModule = {
  name: 'backup-attachments',
  async run(h) {
    const stored = await h.counts();
    if (stored.attempts !== ATTEMPTS || stored.cases !== CASES) {
      await h.clear();
      await h.seed({ cases: CASES, attempts: ATTEMPTS });
    }
    const seeded = await h.benchPage.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const open = indexedDB.open('paper-trail');
          open.onsuccess = () => {
            const request = open.result.transaction('attachments').objectStore('attachments').count();
            request.onsuccess = () => {
              open.result.close();
              resolve(request.result);
            };
          };
        }),
    );
    if (seeded !== FILES) await h.seedAttachments({ count: FILES - seeded, bytesEach: FILE_BYTES });
    const dir = mkdtempSync(join(tmpdir(), 'pt-bench-backup-'));
    const page = await h.context.newPage();
    try {
      await page.addInitScript(WATCH_MAIN_THREAD);
      await page.goto(`chrome-extension://${h.extensionId}/options.html#data`, { waitUntil: 'load' });
      await page.getByRole('button', { name: 'Download backup' }).waitFor();
      const measure = () =>
        page.evaluate(() => {
          window.__ptMeasure = true;
        });
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
      await measure();
      await page.waitForTimeout(IDLE_MS);
      const idle = await collect();

      const cdp = await h.context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
      await measure();
      const clickedAt = await page.evaluate(() => performance.now());
      const start = performance.now();
      const [download] = await Promise.all([
        page.waitForEvent('download', { timeout: TIMEOUT }),
        page.getByRole('button', { name: 'Download backup' }).click(),
      ]);
      const exportMs = performance.now() - start;
      const main = await collect();
      const profile: unknown = (await cdp.send('Profiler.stop')).profile;
      const busy = longestBusy(profile);
      // Sampled every 0.2 ms: a longer silence is the machine taking the core away, not script.
      const sampled = longestBusy(profile, { maxGapMs: 2 });
      await cdp.detach();
      if (!download.suggestedFilename().endsWith('.zip'))
        throw new Error(`expected a .zip, got ${download.suggestedFilename()}`);
      const file = join(dir, 'backup.zip');
      await download.saveAs(file);
      const bytes = statSync(file).size;
      if (bytes < FILES * FILE_BYTES) throw new Error(`the archive holds ${bytes} bytes, less than its files`);
      return {
        exportMs: Math.round(exportMs),
        archiveMegabytes: Math.round(bytes / 1e5) / 10,
        longTasks: main.longTasks.length,
        longestTaskMs: longest(main.longTasks),
        /** When the longest task started, from the click (compare with exportMs: the download's start). */
        longestTaskAtMs: main.longTasks.length
          ? Math.round((main.longTasks.reduce((a, b) => (b[1] > a[1] ? b : a))[0] ?? 0) - clickedAt)
          : null,
        longestFrameGapMs: longest(main.gaps),
        longestScriptMs: busy.script,
        longestScriptOrGcMs: busy.withGc,
        longestScriptSampledMs: sampled.script,
        idleLongTasks: idle.longTasks.length,
        idleLongestTaskMs: longest(idle.longTasks),
        idleLongestFrameGapMs: longest(idle.gaps),
      };
    } finally {
      await page.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

export default backupAttachments;
