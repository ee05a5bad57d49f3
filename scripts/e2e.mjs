// npm run test:e2e — build the Chrome extension (unless PT_EXT_DIR points at a build), then run
// the real-Chromium tests. Extra arguments go to vitest, e.g. `npm run test:e2e -- tests/e2e/x.e2e.ts`.
import { join } from 'node:path';
import { ensureChromium, outDir, run } from './run.mjs';

if (!ensureChromium()) process.exit(1);

let extDir = process.env.PT_EXT_DIR;
if (!extDir) {
  console.log(`Building the Chrome extension into ${outDir()}…`);
  if (run('wxt', ['build']) !== 0) process.exit(1);
  extDir = join(outDir(), 'chrome-mv3');
}
process.exit(run('vitest', ['run', '-c', 'vitest.e2e.config.ts', ...process.argv.slice(2)], { PT_EXT_DIR: extDir }));
