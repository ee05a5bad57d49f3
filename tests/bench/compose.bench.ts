import { build } from 'esbuild';
import { z } from 'zod';
import { repoRoot } from '../e2e/support/fixtures';
import type { BenchModule } from './support/types';

const ITERATIONS = 300;

/**
 * The composer's pure code (drafting, counting, checking) bundled as the popup bundles it, with
 * the six stories, exposed to the page as `ptComposeBench`. It runs in the extension's bench page:
 * the same V8 and ICU as the popup.
 */
const ENTRY = `
import { checkText, loadToneModel } from './lib/compose/check';
import { countPost } from './lib/compose/count';
import { draftFor } from './lib/compose/draft';
import { PLATFORMS } from './lib/model';
import { stories } from './tests/fixtures/stories';

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };

globalThis.ptComposeBench = async (iterations) => {
  // What the composer does when it opens: load the trained reader's weights, then the first check
  // compiles the rules.
  const l0 = performance.now();
  await loadToneModel();
  const readerLoad = performance.now() - l0;
  const c0 = performance.now();
  checkText('@AcmeHelp still no refund, ref 4471. Could someone call me back, please?');
  const firstCheck = performance.now() - c0;
  const all = Object.values(stories);
  const samples = { draftAll: [], countAll: [], check: [], keystroke: [] };
  for (let i = 0; i < iterations; i += 1) {
    const story = all[i % all.length];
    const req = { ...story, kind: 'initial', tone: ['friendly', 'firm', 'final'][i % 3], timeZone: 'UTC' };
    // What the person has typed so far: the X draft plus a few characters more each time.
    const typed = draftFor({ ...req, platform: 'x' }).text + ' still waiting'.slice(0, i % 15);
    const t0 = performance.now();
    for (const platform of PLATFORMS) {
      const d = draftFor({ ...req, platform });
      for (const part of d.parts) countPost(platform, part);
    }
    const t1 = performance.now();
    for (const platform of PLATFORMS) countPost(platform, typed);
    const t2 = performance.now();
    checkText(typed);
    const t3 = performance.now();
    samples.draftAll.push(t1 - t0);
    samples.countAll.push(t2 - t1);
    samples.check.push(t3 - t2);
    samples.keystroke.push(t3 - t1);
  }
  return {
    readerLoadMs: readerLoad,
    firstCheckMs: firstCheck,
    draftAndCountAllNetworksMs: median(samples.draftAll),
    countAllNetworksMs: median(samples.countAll),
    courtesyCheckMs: median(samples.check),
    keystrokeCountAndCheckMs: median(samples.keystroke),
  };
};
`;

const Result = z.strictObject({
  readerLoadMs: z.number(),
  firstCheckMs: z.number(),
  draftAndCountAllNetworksMs: z.number(),
  countAllNetworksMs: z.number(),
  courtesyCheckMs: z.number(),
  keystrokeCountAndCheckMs: z.number(),
});

let bundled: string | undefined;

async function composeBundle(): Promise<string> {
  bundled ??= (
    await build({
      stdin: { contents: ENTRY, resolveDir: repoRoot, loader: 'ts', sourcefile: 'compose-bench-entry.ts' },
      bundle: true,
      minify: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'chrome120',
      charset: 'ascii',
      logLevel: 'silent',
    })
  ).outputFiles[0]?.text;
  if (!bundled) throw new Error('the composer bundle is empty');
  return bundled;
}

/**
 * Drafting every network (eight drafts, each counted part by part) and, per keystroke, counting
 * the typed text on all eight networks plus the courtesy check: medians over 300 rounds in real
 * Chromium; and, once per fresh page, loading the trained reader and the first check, which
 * compiles the rules. The budget for a keystroke is 2 ms.
 */
const compose: BenchModule = {
  name: 'compose',
  async run(h) {
    const code = await composeBundle();
    await h.benchPage.evaluate(code);
    const result = Result.parse(await h.benchPage.evaluate(`ptComposeBench(${ITERATIONS})`));
    return Object.fromEntries(Object.entries(result).map(([k, v]) => [k, Math.round(v * 1000) / 1000]));
  },
};

export default compose;
