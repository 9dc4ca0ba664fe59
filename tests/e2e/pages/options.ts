import type { BrowserContext, Page } from 'playwright-core';

/** Test hooks the e2e build installs on the options page (test-hooks/data-hooks.ts). */
export type DataHooks = Record<string, (...args: any[]) => any>;

/** Opens the options page at its Data section and waits for the test hooks. */
export async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html#data`);
  await page.waitForFunction(() => !!(globalThis as any).__offprintData);
  return page;
}

/** Clicks a button that downloads a file and returns the saved file's path and name. */
export async function download(page: Page, selector: string): Promise<{ path: string; name: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.locator(selector).click()]);
  return { path: (await dl.path())!, name: dl.suggestedFilename() };
}
