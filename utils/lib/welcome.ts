/** The first-run page: how to save, the optional permissions with their reasons, and imports. */
export const WELCOME_PAGE = '/welcome.html' as const;

interface Tabs {
  create(props: { url: string }): Promise<unknown>;
}

/**
 * Opens the welcome page in a new tab after a fresh install (not after an update or a browser update).
 * A browser that cannot open it (no tabs) only skips it: the popup works without it.
 */
export async function openWelcomeOnInstall(
  details: { reason: string },
  tabs: Tabs = browser.tabs,
  url: (path: string) => string = (p) => browser.runtime.getURL(p as typeof WELCOME_PAGE),
): Promise<boolean> {
  if (details.reason !== 'install') return false;
  try {
    await tabs.create({ url: url(WELCOME_PAGE) });
    return true;
  } catch {
    return false;
  }
}
