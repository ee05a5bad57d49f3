import type { BrowserContext } from 'playwright-core';
import { loadFixtureManifest } from '../e2e/support/fixtures';
import { benchBuildDir, launchBenchBrowser, measurePageScript } from './support/page-cost';
import { median } from './support/stats';
import type { BenchModule } from './support/types';

/**
 * The social script's cost on a busy thread page (x.com conversation): its size, the scripting
 * main-thread CPU it adds to a page load (with the extension − without, alternating order so machine noise
 * hits both), and long tasks (≥ 50 ms) on the page.
 */

const PAIRS = Number.parseInt(process.env.PT_BENCH_SOCIAL_PAIRS ?? '8', 10) || 8;
// document_idle, then the first thread scan (~0.8 s after load).
const SETTLE_MS = 1500;

const bench: BenchModule = {
  name: 'social-script',
  async run(h) {
    const bytes = await h.serviceWorker.evaluate<number>(
      `(async () => (await (await fetch(chrome.runtime.getURL('social.js'))).arrayBuffer()).byteLength)()`,
    );
    const url = loadFixtureManifest().find((e) => e.file === 'social-x-post-tmobilehelp.html')?.url ?? '';
    // Browsers launched alike (not h.context, whose flags and listeners differ).
    const real = await launchBenchBrowser(h.serverPort, benchBuildDir());
    const plain = await launchBenchBrowser(h.serverPort);
    try {
      const added: number[] = [];
      let longWith = 0;
      let longWithout = 0;
      for (let i = 0; i < PAIRS; i++) {
        const order = i % 2 === 0 ? [real.context, plain.context] : [plain.context, real.context];
        const times = new Map<BrowserContext, { scriptMs: number; longTasks: number }>();
        for (const context of order) times.set(context, await measurePageScript(context, url, SETTLE_MS));
        const withExt = times.get(real.context);
        const without = times.get(plain.context);
        if (!withExt || !without) continue;
        added.push(withExt.scriptMs - without.scriptMs);
        longWith += withExt.longTasks;
        longWithout += without.longTasks;
      }
      return {
        socialScriptBytes: bytes,
        threadAddedScriptMs: median(added),
        threadLongTasksWith: longWith,
        threadLongTasksWithout: longWithout,
      };
    } finally {
      await real.close();
      await plain.close();
    }
  },
};

export default bench;
