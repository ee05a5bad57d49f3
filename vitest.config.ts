import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    environment: 'happy-dom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    // Loaded per test file like the code under test, so they see that file's fake `browser`.
    server: { deps: { inline: ['@wxt-dev/i18n', '@wxt-dev/browser'] } },
  },
});
