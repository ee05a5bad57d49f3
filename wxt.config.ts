import { defineConfig } from 'wxt';

// See README "Permissions" — tests/unit/manifest.test.ts fails when this list changes
// without the README being updated.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports everywhere: a reader should see where each name comes from.
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Paper Trail',
    description:
      'Log every contact with a company, then draft a courteous public escalation that cites the history.',
    permissions: ['storage', 'alarms', 'notifications', 'contextMenus', 'activeTab', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // No externally_connectable: no web page or other extension may message us.
    browser_specific_settings:
      browser === 'firefox' ? { gecko: { id: 'paper-trail@example.org', strict_min_version: '128.0' } } : undefined,
  }),
  // Tests and parallel builds may build elsewhere (e.g. a benchmark build).
  outDir: process.env.PT_OUT_DIR ?? '.output',
  vite: () => ({
    // Dexie contains raw \uffff characters; Chromium refuses non-UTF-8-clean content scripts.
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
  }),
});
