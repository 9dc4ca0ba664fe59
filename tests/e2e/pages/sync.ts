import type { BrowserContext, Page } from 'playwright-core';

export interface SyncForm {
  url: string;
  username?: string;
  password?: string;
  passphrase: string;
}

type Hooks = Record<string, (...a: any[]) => Promise<any>>;

/**
 * Page object for Options → Sync (components/options/SyncSetup.tsx, SyncState.tsx), on the options page of
 * the e2e build, whose sync hooks (test-hooks/sync-hooks.ts) read and change that browser's library.
 */
export async function openSyncSection(context: BrowserContext, extensionId: string, page?: Page) {
  page ??= await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html#sync`);
  return syncSection(page);
}

/** The same page object on a page already showing options.html (Firefox opens it its own way). */
export async function syncSection(page: Page) {
  await page.waitForSelector('#sync #sync-on, #sync #sync-target');
  await page.waitForFunction(() => (globalThis as any).__offprintSync);
  const section = page.locator('#sync');
  const text = (sel: string) =>
    page
      .locator(sel)
      .textContent({ timeout: 1000 })
      .catch(() => null);
  return {
    page,
    section,
    /**
     * Fills the form (by the fields' labels) and clicks Turn on sync; `repeat` types the passphrase again when
     * asked.
     */
    async fill(f: SyncForm) {
      await section.getByLabel('Database URL').fill(f.url);
      await section.getByLabel('User name').fill(f.username ?? '');
      await section.getByLabel('Password', { exact: true }).fill(f.password ?? '');
      await section.getByLabel('Sync passphrase').fill(f.passphrase);
    },
    clickTurnOn: () => section.getByRole('button', { name: 'Turn on sync' }).click(),
    /** Turns sync on with a new library (the passphrase twice) or an existing one; resolves when it is on. */
    async turnOn(f: SyncForm & { create?: boolean }) {
      await this.fill(f);
      await this.clickTurnOn();
      const next = await page.waitForSelector('#sync-target, #sync-repeat, #sync-create, #sync-setup-error', {
        timeout: 20_000,
      });
      const id = await next.getAttribute('id');
      if (id === 'sync-setup-error' && !(await page.locator('#sync-repeat').count()))
        throw new Error(`sync did not turn on: ${await next.textContent()}`);
      if (id !== 'sync-target') {
        await section.getByLabel('Repeat passphrase').fill(f.passphrase);
        if (await page.locator('#sync-create').count()) await page.locator('#sync-create').click();
        else await this.clickTurnOn();
      }
      await page.waitForSelector('#sync-target', { timeout: 20_000 });
    },
    error: () => text('#sync-setup-error, #sync-error'),
    lastSynced: () => text('#sync-last'),
    pending: () => text('#sync-pending'),
    progress: () => text('#sync-progress'),
    syncNow: () => page.locator('#sync-now').click(),
    /** Calls a sync hook (test-hooks/sync-hooks.ts) in this page. */
    hook<T = unknown>(name: string, ...args: unknown[]): Promise<T> {
      return page.evaluate(([n, a]) => ((globalThis as any).__offprintSync as Hooks)[n as string](...(a as [])), [
        name,
        args,
      ] as const) as Promise<T>;
    },
    /** The background's sync state (the `sync:status` message). */
    status: () =>
      page.evaluate(async () => {
        const r = await (globalThis as any).chrome.runtime.sendMessage({ type: 'sync:status', data: null });
        return r.status;
      }),
  };
}

export type SyncPage = Awaited<ReturnType<typeof syncSection>>;
