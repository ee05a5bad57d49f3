// npm test — every check in order, stopping at the first failure, with a summary at the end.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium, ensureFirefox, outDir, run } from './run.mjs';

// Vitest also writes a JSON report, so the summary can count tests, not just steps.
const reports = mkdtempSync(join(tmpdir(), 'pt-test-'));
const tests = { passed: 0, failed: 0, skipped: 0 };
// The summary is the part of a long log that gets read, so it names each failed test too.
const failures = [];
function vitest(name, args, env) {
  const file = join(reports, `${name}.json`);
  const status = run('vitest', [...args, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], env);
  if (existsSync(file)) {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    tests.passed += report.numPassedTests ?? 0;
    tests.failed += report.numFailedTests ?? 0;
    tests.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    for (const file of report.testResults ?? []) {
      for (const test of file.assertionResults ?? []) {
        if (test.status !== 'failed') continue;
        const firstLine = (test.failureMessages?.[0] ?? '').split('\n')[0].slice(0, 300);
        failures.push(`${file.name.replace(`${process.cwd()}/`, '')} › ${test.fullName}\n      ${firstLine}`);
      }
    }
  }
  return status;
}

const chromeDir = join(outDir(), 'chrome-mv3');
const firefoxDir = join(outDir(), 'firefox-mv2');
const steps = [
  ['Chromium present', () => (ensureChromium() ? 0 : 1)],
  ['Firefox present', () => (ensureFirefox() ? 0 : 1)],
  ['Lint (eslint)', () => run('eslint', ['.'])],
  // Runtime import cycles (type-only imports are erased, so they cannot form one).
  ['Import cycles (dpdm)', () => run('npm', ['run', '--silent', 'lint:cycles'])],
  ['Formatting (prettier --check)', () => run('prettier', ['--check', '.'])],
  ['Typecheck (tsc)', () => run('tsc', ['--noEmit', '-p', '.'])],
  ['Unit tests (vitest)', () => vitest('unit', ['run'])],
  ['Chrome build', () => run('wxt', ['build'])],
  ['Firefox build', () => run('wxt', ['build', '-b', 'firefox'])],
  ['Firefox lint (addons-linter)', () => run('node', ['scripts/lint-firefox.mjs'])],
  ['Chrome zip', () => run('wxt', ['zip'])],
  ['Firefox zip', () => run('wxt', ['zip', '-b', 'firefox'])],
  [
    'End-to-end tests (Chromium)',
    () => vitest('e2e', ['run', '-c', 'vitest.e2e.config.ts'], { PT_EXT_DIR: chromeDir }),
  ],
  [
    'End-to-end tests (Firefox)',
    () => vitest('firefox', ['run', '-c', 'vitest.firefox.config.ts'], { PT_FIREFOX_EXT_DIR: firefoxDir }),
  ],
];

const results = [];
for (const [name, step] of steps) {
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const status = step();
  results.push({ name, ok: status === 0, seconds: (Date.now() - started) / 1000 });
  if (status !== 0) break;
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log('\n━━ Summary ━━');
for (const r of results) console.log(`${r.ok ? 'PASS' : 'FAIL'}  ${r.name} (${r.seconds.toFixed(1)} s)`);
for (const [name] of steps.slice(results.length)) console.log(`SKIP  ${name} (not run after the failure)`);
for (const failure of failures) console.log(`FAILED TEST  ${failure}`);
console.log(`steps: ${passed} passed, ${failed} failed`);
console.log(`tests: ${tests.passed} passed, ${tests.failed} failed, ${tests.skipped} skipped`);
process.exit(failed === 0 && tests.failed === 0 ? 0 : 1);
