import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startLazyCouchServer } from '../helpers/couch/lazy-couch-server';
import { FIREFOX, FIREFOX_EXTENSION_DIR } from './launch-firefox';

/**
 * Fails the Firefox tier at once, with the fix, when Firefox or its e2e build is missing.
 * Then provides `couchUrl`, the sync tests' server (tests/helpers/couch): started on first connection,
 * stopped at the end.
 */
export default async function setup(project: TestProject) {
  if (!fs.existsSync(FIREFOX))
    throw new Error(
      `Firefox ESR was not found at ${FIREFOX}. ` +
        'Install it with: sudo apt-get install -y firefox-esr (or set FIREFOX_PATH).',
    );
  if (!fs.existsSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`))
    throw new Error(
      `The Firefox e2e build is missing (${FIREFOX_EXTENSION_DIR}). Run: npx wxt build -b firefox --mode e2e ` +
        `(npm test does this for you).`,
    );
  // The sync tests' CouchDB-protocol server: its URL now, its process only when a test first connects.
  const couch = await startLazyCouchServer();
  project.provide('couchUrl', couch.url);
  return () => couch.close();
}
