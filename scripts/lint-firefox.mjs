// npm run lint:firefox — Mozilla's add-on linter (what `web-ext lint` and addons.mozilla.org run)
// over a fresh Firefox build. Fails on any error and on anything about eval or the Function
// constructor; prints the other warnings, counted by code, and lists them.
import linter from 'addons-linter';
import { join } from 'node:path';
import { root, run } from './run.mjs';

/** Codes about building code from strings: never allowed, whatever their severity. */
const EVAL_CODES = new Set(['DANGEROUS_EVAL', 'NO_IMPLIED_EVAL', 'MANIFEST_CSP_UNSAFE_EVAL']);

// Its own output folder, so that it never replaces a build another command is using.
const outDir = process.env.PT_LINT_OUT_DIR ?? join(root, '.output', 'lint-firefox');
const extDir = join(outDir, 'firefox-mv2');

console.log(`Building the Firefox extension into ${extDir}…`);
if (run('wxt', ['build', '-b', 'firefox'], { PT_OUT_DIR: outDir }) !== 0) process.exit(1);

// The settings `web-ext lint` passes (web-ext/lib/cmd/lint.js), without its file filter: a build
// has no hidden files, archives or node_modules to skip.
const result = await linter
  .createInstance({
    config: {
      _: [extDir],
      logLevel: 'fatal',
      stack: false,
      pretty: false,
      privileged: false,
      warningsAsErrors: false,
      metadata: false,
      output: 'none',
      boring: false,
      selfHosted: false,
      enterprise: false,
      minManifestVersion: 2,
      maxManifestVersion: 3,
      enableDataCollectionPermissions: true,
    },
    runAsBinary: false,
  })
  .run();

const where = (m) => [m.file, m.line, m.column].filter((x) => x !== undefined && x !== null).join(':');
const show = (m) =>
  `${m.code}  ${where(m)}  ${m.message}${m.description ? `\n      ${String(m.description).replace(/\s+/g, ' ')}` : ''}`;
const all = [...result.errors, ...result.warnings, ...result.notices];
const failures = [...result.errors, ...all.filter((m) => m._type !== 'error' && EVAL_CODES.has(m.code))];

const byCode = new Map();
for (const m of [...result.warnings, ...result.notices])
  byCode.set(`${m._type} ${m.code}`, (byCode.get(`${m._type} ${m.code}`) ?? 0) + 1);

console.log(
  `\naddons-linter: ${result.summary.errors} errors, ${result.summary.warnings} warnings, ${result.summary.notices} notices`,
);
if (byCode.size > 0) {
  console.log('Warnings and notices by code:');
  for (const [code, count] of [...byCode].sort()) console.log(`  ${String(count).padStart(3)}  ${code}`);
  for (const m of [...result.warnings, ...result.notices]) console.log(`  - ${show(m)}`);
}
if (failures.length > 0) {
  console.error(`\nFAIL: ${failures.length} finding(s) this check does not allow (any error; anything about eval):`);
  for (const m of failures) console.error(`  ✗ ${show(m)}`);
  process.exit(1);
}
console.log('\nOK: no errors, nothing about eval or the Function constructor.');
