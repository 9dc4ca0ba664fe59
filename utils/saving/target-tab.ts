import type { Browser } from 'wxt/browser';

type Tab = Browser.tabs.Tab;

/** True for a tab showing one of Offprint's own pages (its URL is known to Offprint even without `tabs`). */
function isOwnPage(tab: Tab): boolean {
  return !!tab.url?.startsWith(browser.runtime.getURL('/'));
}

/** The tab used last before `self`, preferring `self`'s window, never one of Offprint's own pages. */
async function lastUsedTab(self: number): Promise<Tab | undefined> {
  const me = await browser.tabs.get(self).catch(() => undefined);
  const others = (await browser.tabs.query({})).filter((t) => t.id != null && t.id !== self && !isOwnPage(t));
  // Firefox reports "now" for the selected tab of every window, so ties are common: the newer tab wins.
  const recent = (a: Tab, b: Tab) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0) || (b.id ?? 0) - (a.id ?? 0);
  const sameWindow = others.filter((t) => me && t.windowId === me.windowId).sort(recent);
  return sameWindow[0] ?? others.sort(recent)[0];
}

/**
 * The tab a save or the ✓ mark is for: `tabId` when given, else the active tab. `self` is the tab of the
 * page that asked, when that page is a tab itself (Firefox for Android opens the popup as a tab, which
 * then is the active one): then the target is the tab the user was on before, never the popup and never
 * another Offprint page (the "last focused" window is not always the popup's own, e.g. with no window
 * manager, whose active tab may be the library).
 */
export async function targetTab(tabId?: number, self?: number): Promise<Tab | undefined> {
  if (tabId != null) return browser.tabs.get(tabId);
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (self == null) return tab;
  if (tab && tab.id !== self && !isOwnPage(tab)) return tab;
  return lastUsedTab(self);
}
