// npm run test:stress — the end-to-end suite N times in a row, optionally with every core kept
// busy alongside, then failures per test. A test that fails here is a race to find and fix.
//   npm run test:stress -- --rounds 10 --load [vitest filters…]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium, outDir, root, run } from './run.mjs';

const args = process.argv.slice(2);
let rounds = 10;
let load = false;
const filters = [];
for (let i = 0; i < args.length; i += 1) {
  if (args[i] === '--rounds') rounds = Number(args[++i]);
  else if (args[i] === '--load') load = true;
  else filters.push(args[i]);
}
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error('--rounds takes a whole number of at least 1');
  process.exit(2);
}
if (!ensureChromium()) process.exit(1);

let extDir = process.env.PT_EXT_DIR;
if (!extDir) {
  if (run('wxt', ['build']) !== 0) process.exit(1);
  extDir = join(outDir(), 'chrome-mv3');
}

// Busy loops on every core: the suite then runs as on a loaded CI machine. Each stops by itself
// when this script ends (it is killed) and after two hours at the most.
const busy = load
  ? Array.from({ length: availableParallelism() }, () =>
      spawn(process.execPath, ['-e', 'const end = Date.now() + 7_200_000; while (Date.now() < end) {}'], {
        stdio: 'ignore',
      }),
    )
  : [];
const stopBusy = () => busy.forEach((child) => child.kill());
process.on('exit', stopBusy);
process.on('SIGINT', () => process.exit(130));

const reports = mkdtempSync(join(tmpdir(), 'pt-stress-'));
const failures = new Map();
let failedRounds = 0;
const started = Date.now();
for (let round = 1; round <= rounds; round += 1) {
  const file = join(reports, `round-${round}.json`);
  console.log(`\n━━ Round ${round} of ${rounds}${load ? ` (with ${busy.length} busy cores)` : ''} ━━`);
  const result = spawnSync(
    join(root, 'node_modules/.bin/vitest'),
    ['run', '-c', 'vitest.e2e.config.ts', '--reporter=dot', '--reporter=json', `--outputFile.json=${file}`, ...filters],
    { cwd: root, stdio: 'inherit', env: { ...process.env, PT_EXT_DIR: extDir } },
  );
  if (result.status !== 0) failedRounds += 1;
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  for (const suite of report.testResults ?? []) {
    for (const test of suite.assertionResults ?? []) {
      if (test.status !== 'failed') continue;
      const name = `${suite.name.replace(`${root}/`, '')} › ${test.fullName}`;
      failures.set(name, [...(failures.get(name) ?? []), round]);
    }
  }
}
stopBusy();

console.log('\n━━ Stress summary ━━');
console.log(
  `${rounds} rounds in ${((Date.now() - started) / 60_000).toFixed(1)} min${load ? `, ${busy.length} busy cores alongside` : ''}`,
);
for (const [name, inRounds] of failures)
  console.log(`FAILED ${inRounds.length}/${rounds}  ${name}  (rounds ${inRounds.join(', ')})`);
console.log(`rounds: ${rounds - failedRounds} passed, ${failedRounds} failed`);
process.exit(failedRounds === 0 ? 0 : 1);
