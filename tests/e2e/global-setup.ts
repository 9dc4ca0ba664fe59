import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startLazyCouchServer } from '../helpers/couch/lazy-couch-server';
import { CHROMIUM, EXTENSION_DIR } from './launch';

/**
 * Fails the real-browser tier at once, with the fix, when Chromium or the e2e build is missing.
 * Then provides `couchUrl`, the sync tests' server (tests/helpers/couch): started on first connection, stopped at the end.
 */
export default async function setup(project: TestProject) {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(
      `Chromium was not found at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH). Never run "playwright install": this project uses the system browser.`,
    );
  if (!fs.existsSync(`${EXTENSION_DIR}/manifest.json`))
    throw new Error(
      `The e2e build is missing (${EXTENSION_DIR}). Run: npx wxt build --mode e2e (npm test does this for you).`,
    );
  // The sync tests' CouchDB-protocol server: its URL now, its process only when a test first connects.
  const couch = await startLazyCouchServer();
  project.provide('couchUrl', couch.url);
  return () => couch.close();
}
