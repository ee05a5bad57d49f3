import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_PATH } from '../../e2e/support/harness';
import { repoRoot } from '../../e2e/support/fixtures';

/**
 * What a content script costs a page: browsers launched alike (with or without an extension) on
 * the same fixture server, and a page's scripting in main-thread CPU time. Shared by the contact
 * and social script benchmarks.
 */

const WATCH_LONG_TASKS = `window.__ptLongTasks = 0;
new PerformanceObserver((list) => { window.__ptLongTasks += list.getEntries().length; }).observe({ type: 'longtask', buffered: true });`;

/** The bench build, as scripts/bench.mjs chose it. */
export function benchBuildDir(): string {
  return process.env.PT_BENCH_EXT_DIR ?? join(repoRoot, '.output/bench/chrome-mv3');
}

export interface BenchBrowser {
  context: BrowserContext;
  /** The loaded extension's id (from its service worker's address). */
  extensionId?: string;
  close: () => Promise<void>;
}

/** A browser on the fixture server at `port`: without any extension, or with `extensionDir`. */
export async function launchBenchBrowser(port: number, extensionDir?: string): Promise<BenchBrowser> {
  const dir = mkdtempSync(join(tmpdir(), 'pt-bench-profile-'));
  const extension = extensionDir
    ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
    : [];
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    ignoreHTTPSErrors: true,
    args: [
      ...extension,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-sync',
      `--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`,
    ],
  });
  let extensionId: string | undefined;
  if (extensionDir) {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    extensionId = new URL(worker.url()).host;
  }
  return {
    context,
    ...(extensionId ? { extensionId } : {}),
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Loads a URL in a fresh tab; the page's scripting and all its main-thread tasks (both in
 * main-thread CPU time) and its long tasks.
 */
export async function measurePageScript(
  context: BrowserContext,
  url: string,
  settleMs: number,
): Promise<{ scriptMs: number; taskMs: number; longTasks: number }> {
  const page = await context.newPage();
  await page.addInitScript(WATCH_LONG_TASKS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const script = metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
  // Every main-thread task, script or not: also counts what the metric above misses.
  const task = metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  const longTasks = await page.evaluate<number>('window.__ptLongTasks');
  await cdp.detach();
  await page.close();
  return { scriptMs: script * 1000, taskMs: task * 1000, longTasks };
}
