import fs from 'node:fs';
import { CHROMIUM, EXTENSION_DIR } from './launch';

/** Fails the real-browser tier at once, with the fix, when Chromium or the e2e build is missing. */
export default function setup() {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(
      `Chromium was not found at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium (or set CHROMIUM_PATH). Never run "playwright install": this project uses the system browser.`,
    );
  if (!fs.existsSync(`${EXTENSION_DIR}/manifest.json`))
    throw new Error(
      `The e2e build is missing (${EXTENSION_DIR}). Run: npx wxt build --mode e2e (npm test does this for you).`,
    );
}
