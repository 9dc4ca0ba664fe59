import { defineConfig } from 'vitest/config';

/** Real-browser tier in Firefox ESR (puppeteer-core over WebDriver BiDi), after `wxt build -b firefox --mode e2e`. */
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    globalSetup: ['tests/firefox/global-setup.ts'],
  },
});
