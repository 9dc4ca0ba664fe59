import fs from 'node:fs';
import { FIREFOX, FIREFOX_EXTENSION_DIR } from './launch-firefox';

/** Fails the Firefox tier at once, with the fix, when Firefox or its e2e build is missing. */
export default function setup() {
  if (!fs.existsSync(FIREFOX))
    throw new Error(
      `Firefox ESR was not found at ${FIREFOX}. Install it with: sudo apt-get install -y firefox-esr (or set FIREFOX_PATH).`,
    );
  if (!fs.existsSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`))
    throw new Error(
      `The Firefox e2e build is missing (${FIREFOX_EXTENSION_DIR}). Run: npx wxt build -b firefox --mode e2e (npm test does this for you).`,
    );
}
