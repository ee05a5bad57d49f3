import { defineConfig } from 'vitest/config';

// Real Chromium with the built extension (see tests/e2e/support/harness.ts). One file at a time:
// each launches its own browser and the machine may be small.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    // A state a test waits for comes when the product gets there: a generous bound, never a pause.
    expect: { poll: { timeout: 20_000, interval: 50 } },
  },
});
