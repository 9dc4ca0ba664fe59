import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'tests/firefox/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    // The machine is shared (2 cores, several engineers): fake-indexeddb-heavy tests need headroom.
    testTimeout: 20_000,
  },
});
