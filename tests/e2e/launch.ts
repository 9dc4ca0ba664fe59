import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { poll } from './poll';

/** The e2e build (`wxt build --mode e2e`): the production manifest plus host access to 127.0.0.1. */
export const EXTENSION_DIR = path.resolve('.output/chrome-mv3-e2e');
/** Debian's Chromium; override with CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Launched {
  context: BrowserContext;
  extensionId: string;
  sw: Worker;
  userDataDir: string;
  /** With `cdp: true`: the DevTools endpoint, for pages Playwright does not list (the toolbar popup). */
  cdpUrl?: string;
  close(): Promise<void>;
}

/** What is missing to launch (Chromium, the e2e build), with the fix; null when nothing is. */
export function launchProblem(extensionDir = EXTENSION_DIR): string | null {
  if (!fs.existsSync(CHROMIUM))
    return (
      `Chromium was not found at ${CHROMIUM}. Install it with: sudo apt-get install -y chromium (or set ` +
      `CHROMIUM_PATH). Never run "playwright install": this project uses the system browser.`
    );
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json')))
    return `The e2e build is missing (${extensionDir}). Run: npx wxt build --mode e2e (npm test does this for you).`;
  return null;
}

/**
 * Starts headless Chromium with the built extension loaded (the e2e build, or `extensionDir`), in a
 * fresh profile (or the given one, which is kept).
 */
export async function launch(
  opts: { userDataDir?: string; extensionDir?: string; extraArgs?: string[]; cdp?: boolean } = {},
): Promise<Launched> {
  const userDataDir = opts.userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'offprint-e2e-'));
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  // Chromium writes the port it picked to DevToolsActivePort in the profile; a kept profile has an old one.
  const portFile = path.join(userDataDir, 'DevToolsActivePort');
  if (opts.cdp) fs.rmSync(portFile, { force: true });
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(opts.cdp ? ['--remote-debugging-port=0'] : []),
      ...(opts.extraArgs ?? []),
    ],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;
  const port = opts.cdp
    ? await poll(() => fs.existsSync(portFile) && fs.readFileSync(portFile, 'utf8').split('\n')[0], {
        what: portFile,
      })
    : null;
  const cdpUrl = port ? `http://127.0.0.1:${port}` : undefined;
  return {
    context,
    extensionId,
    sw,
    userDataDir,
    cdpUrl,
    close: async () => {
      await context.close();
      if (!opts.userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
