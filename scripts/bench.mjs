// npm run bench — build the extension with its unlisted bench page (PT_BENCH=1) into its own
// directory, run every tests/bench/*.bench.ts module several times in real Chromium, and print
// ONE JSON object of medians on stdout (progress goes to stderr).
//   PT_BENCH_RUNS=5        runs per module (at least 5 is recommended)
//   PT_BENCH_EXT_DIR=…     use an existing bench build (…/chrome-mv3) instead of building
//   npm run bench -- popup only the modules whose file name contains "popup"
// The modules are TypeScript; Vite's module runner (runnerImport) loads them, no compile step.
import { join } from 'node:path';
import { runnerImport } from 'vite';
import { ensureChromium, root, run } from './run.mjs';

const runs = Math.max(1, Number.parseInt(process.env.PT_BENCH_RUNS ?? '5', 10) || 5);
if (!ensureChromium()) process.exit(1);

let extensionDir = process.env.PT_BENCH_EXT_DIR;
if (!extensionDir) {
  // Under .output/ so it is ignored by git and lint like every other build.
  const out = join(root, '.output/bench');
  console.error(`Building the bench build into ${out}…`);
  const status = run('wxt', ['build'], { PT_BENCH: '1', PT_OUT_DIR: out });
  if (status !== 0) process.exit(status);
  extensionDir = join(out, 'chrome-mv3');
}

const load = async (file) => (await runnerImport(file, { configFile: false, logLevel: 'error' })).module;
const { runBenchmarks } = await load(join(root, 'tests/bench/support/runner.ts'));
const report = await runBenchmarks({ extensionDir, runs, only: process.argv.slice(2), load });
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
