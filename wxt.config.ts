import { defineConfig } from 'wxt';
import { manifestFor } from './manifest.config';
import { eagerCompileHint } from './scripts/eager-compile-hint';
import { noEval } from './scripts/no-eval';

// The manifest lives in manifest.config.ts; see README "Permissions" — tests/unit/manifest.test.ts
// fails when it changes without the README being updated.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/i18n/module'],
  // Explicit imports everywhere: a reader should see where each name comes from.
  imports: false,
  manifest: ({ browser }) => manifestFor(browser),
  // Tests and parallel builds may build elsewhere (e.g. a benchmark build).
  outDir: process.env.PT_OUT_DIR ?? '.output',
  hooks: {
    // The benchmark pages (entrypoints/bench, entrypoints/bench-bare) ship only in `npm run bench`
    // builds (PT_BENCH=1).
    'entrypoints:resolved': (_wxt, entrypoints) => {
      if (process.env.PT_BENCH === '1') return;
      for (const name of ['bench', 'bench-bare']) {
        const index = entrypoints.findIndex((e) => e.name === name);
        if (index >= 0) entrypoints.splice(index, 1);
      }
    },
  },
  vite: () => ({
    // Dexie contains raw \uffff characters; Chromium refuses non-UTF-8-clean content scripts.
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
    // No code built from strings: zod's JIT and core-js's global lookup are left out (see the file).
    plugins: [noEval(), eagerCompileHint(['contact.js', 'contact-page.js'])],
    // Workers (the import worker) are bundled apart, with only the plugins named here.
    worker: { plugins: () => [noEval()] },
  }),
});
