import { existsSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * PouchDB's browser ES builds in unit tests too (Blob attachments, fetch), as the extension bundles them:
 * Node would otherwise load the CommonJS Node builds, which want Buffers.
 */
const pouchBrowserBuilds: Plugin = {
  name: 'pouchdb-browser-builds',
  enforce: 'pre',
  resolveId(id) {
    if (!/^pouchdb-[a-z0-9-]+$/.test(id)) return null;
    const dir = resolvePath('node_modules', id, 'lib');
    const browser = resolvePath(dir, 'index-browser.es.js');
    return existsSync(browser) ? browser : resolvePath(dir, 'index.es.js');
  },
};

export default defineConfig({
  plugins: [pouchBrowserBuilds, WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'tests/firefox/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    // Bundled (not loaded by Node) so the aliases above pick PouchDB's browser builds.
    server: { deps: { inline: [/pouchdb/] } },
    // The machine is shared (2 cores, several engineers): fake-indexeddb-heavy tests need headroom.
    testTimeout: 20_000,
  },
});
