import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_PATH } from '../e2e/support/harness';
import { loadFixtureManifest } from '../e2e/support/fixtures';
import { median } from './support/stats';
import type { BenchModule } from './support/types';

/**
 * The social script's cost on a busy thread page (x.com conversation): its size, the scripting
 * time it adds to a page load (with the extension − without, alternating order so machine noise
 * hits both), and long tasks (≥ 50 ms) on the page.
 */

const PAIRS = Number.parseInt(process.env.PT_BENCH_SOCIAL_PAIRS ?? '8', 10) || 8;
// document_idle, then the first thread scan (~0.8 s after load).
const SETTLE_MS = 1500;
const WATCH_LONG_TASKS = `window.__ptLongTasks = 0;
new PerformanceObserver((list) => { window.__ptLongTasks += list.getEntries().length; }).observe({ type: 'longtask', buffered: true });`;

async function plainBrowser(port: number): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'pt-bench-social-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    ignoreHTTPSErrors: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-sync', `--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function measure(context: BrowserContext, url: string): Promise<{ scriptMs: number; longTasks: number }> {
  const page = await context.newPage();
  await page.addInitScript(WATCH_LONG_TASKS);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const script = metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
  const longTasks = await page.evaluate<number>('window.__ptLongTasks');
  await cdp.detach();
  await page.close();
  return { scriptMs: script * 1000, longTasks };
}

const bench: BenchModule = {
  name: 'social-script',
  async run(h) {
    const bytes = await h.serviceWorker.evaluate<number>(
      `(async () => (await (await fetch(chrome.runtime.getURL('content-scripts/social.js'))).arrayBuffer()).byteLength)()`,
    );
    const url = loadFixtureManifest().find((e) => e.file === 'social-x-post-tmobilehelp.html')?.url ?? '';
    const plain = await plainBrowser(h.serverPort);
    try {
      const added: number[] = [];
      let longWith = 0;
      let longWithout = 0;
      for (let i = 0; i < PAIRS; i++) {
        const order = i % 2 === 0 ? [h.context, plain.context] : [plain.context, h.context];
        const times = new Map<BrowserContext, { scriptMs: number; longTasks: number }>();
        for (const context of order) times.set(context, await measure(context, url));
        const withExt = times.get(h.context);
        const without = times.get(plain.context);
        if (!withExt || !without) continue;
        added.push(withExt.scriptMs - without.scriptMs);
        longWith += withExt.longTasks;
        longWithout += without.longTasks;
      }
      return { socialScriptBytes: bytes, threadAddedScriptMs: median(added), threadLongTasksWith: longWith, threadLongTasksWithout: longWithout };
    } finally {
      await plain.close();
    }
  },
};

export default bench;
