import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

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

/** Starts headless Chromium with the built extension loaded, in a fresh profile (or the given one). */
export async function launch(
  opts: { userDataDir?: string; extraArgs?: string[]; cdp?: boolean } = {},
): Promise<Launched> {
  const userDataDir = opts.userDataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'offprint-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
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
  // Chromium writes the port it picked to DevToolsActivePort in the profile.
  const portFile = path.join(userDataDir, 'DevToolsActivePort');
  const cdpUrl =
    opts.cdp && fs.existsSync(portFile)
      ? `http://127.0.0.1:${fs.readFileSync(portFile, 'utf8').split('\n')[0]}`
      : undefined;
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
