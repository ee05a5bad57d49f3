import { defineConfig } from 'vitest/config';

// Debian's Firefox ESR with the built Firefox add-on, over WebDriver BiDi (tests/firefox/support).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/firefox/**/*.firefox.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
    // A state a test waits for comes when the product gets there: a generous bound, never a pause.
    expect: { poll: { timeout: 20_000, interval: 50 } },
  },
});
