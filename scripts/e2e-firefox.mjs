// npm run test:firefox — build the Firefox add-on (unless PT_FIREFOX_EXT_DIR points at a build),
// then run the Firefox tests over WebDriver BiDi. Extra arguments go to vitest.
import { join } from 'node:path';
import { ensureFirefox, outDir, run } from './run.mjs';

if (!ensureFirefox()) process.exit(1);

let extDir = process.env.PT_FIREFOX_EXT_DIR;
if (!extDir) {
  console.log(`Building the Firefox add-on into ${outDir()}…`);
  if (run('wxt', ['build', '-b', 'firefox']) !== 0) process.exit(1);
  extDir = join(outDir(), 'firefox-mv2');
}
process.exit(
  run('vitest', ['run', '-c', 'vitest.firefox.config.ts', ...process.argv.slice(2)], { PT_FIREFOX_EXT_DIR: extDir }),
);
