import { launchExtension } from '../../e2e/support/harness';
import type { BenchHarness } from './types';

/** Launch the bench build and open its bench page, waiting until `window.ptBench` is there. */
export async function launchBenchHarness(extensionDir: string): Promise<BenchHarness> {
  const h = await launchExtension({ extensionDir });
  try {
    const benchPage = await h.openExtensionPage('bench.html');
    await benchPage.waitForFunction(() => window.ptBench !== undefined, undefined, { timeout: 15_000 });
    return {
      ...h,
      benchPage,
      // These functions run inside the page (serialised by Playwright): nothing from Node's side is in scope there.
      clear: () =>
        benchPage.evaluate(() => window.ptBench?.clear() ?? Promise.reject(new Error('bench page not ready'))),
      seed: (spec) =>
        benchPage.evaluate((s) => window.ptBench?.seed(s) ?? Promise.reject(new Error('bench page not ready')), spec),
      timeline: (caseId) =>
        benchPage.evaluate(
          (id) => window.ptBench?.timeline(id) ?? Promise.reject(new Error('bench page not ready')),
          caseId,
        ),
      counts: () =>
        benchPage.evaluate(() => window.ptBench?.counts() ?? Promise.reject(new Error('bench page not ready'))),
      storedReference: () =>
        benchPage.evaluate(
          () => window.ptBench?.storedReference() ?? Promise.reject(new Error('bench page not ready')),
        ),
      seedAttachments: (spec) =>
        benchPage.evaluate(
          (s) => window.ptBench?.seedAttachments(s) ?? Promise.reject(new Error('bench page not ready')),
          spec,
        ),
    };
  } catch (error) {
    await h.close();
    throw new Error(`No bench page in this build (build with PT_BENCH=1): ${String(error)}`);
  }
}
