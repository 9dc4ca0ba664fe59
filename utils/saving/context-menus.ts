import type { Browser } from 'wxt/browser';
import type { SaveResult } from '@/utils/article';
import { saveTab } from './save-tab';
import { saveUrlTask } from './save-url-queue';
import { hostPattern } from './host-pattern';
import { GUARD_PERMISSIONS, withGuard } from './request-guard';
import { showBadge } from './show-badge';
import { markTab } from './saved-mark';
import { queueArticleImages } from '@/utils/images/start-image-queue';
import { menusApi } from '@/utils/lib/browser-apis';

/** Ids of Offprint's context-menu items. */
export const MENU = { page: 'offprint-save-page', link: 'offprint-save-link' } as const;

let granted: string[] = [];
let guarded = false;

/** Keeps a synchronous copy of the granted host patterns: permissions.request must run before any await in a click. */
export async function refreshHostAccess(): Promise<void> {
  const all = await browser.permissions.getAll();
  granted = all.origins ?? [];
  guarded = GUARD_PERMISSIONS.every((p) => (all.permissions ?? []).includes(p));
}

/** True when a granted host pattern (`<all_urls>`, `*://*\/*`, `http://127.0.0.1/*`, …) covers the URL. */
export function coveredBy(patterns: string[], url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return patterns.some((p) => {
    if (p === '<all_urls>') return true;
    const m = p.match(/^(\*|https?):\/\/([^/]+)\//);
    if (!m) return false;
    const [, scheme, host] = m;
    const schemeOk = scheme === '*' ? /^https?:$/.test(u.protocol) : u.protocol === `${scheme}:`;
    const hostOk =
      host === '*' ||
      u.hostname === host ||
      (host.startsWith('*.') && (u.hostname === host.slice(2) || u.hostname.endsWith(host.slice(1))));
    return schemeOk && hostOk;
  });
}

/** Adds "Save page to Offprint" and "Save link to Offprint" (on install and update); none where menus are missing. */
export async function createContextMenus(): Promise<void> {
  const menus = menusApi();
  if (!menus) return;
  await menus.removeAll();
  menus.create({ id: MENU.page, title: 'Save page to Offprint', contexts: ['page'] });
  menus.create({ id: MENU.link, title: 'Save link to Offprint', contexts: ['link'] });
}

const NEED_HOSTS =
  'To save a link without opening it, Offprint needs permission to download web pages. Allow it when asked, or ' +
  'open the link and save it.';

/**
 * Handles a menu click: saves the page (as the toolbar button does) or fetches and saves the link;
 * shows the outcome on the badge.
 */
export async function onContextMenuClick(
  info: Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'linkUrl'>,
  tab?: Browser.tabs.Tab,
): Promise<SaveResult | null> {
  let result: SaveResult;
  if (info.menuItemId === MENU.page) {
    result = await saveTab({ tabId: tab?.id, force: true }, queueArticleImages);
  } else if (info.menuItemId === MENU.link && info.linkUrl) {
    const url = info.linkUrl;
    // The click is the user gesture: ask before any await, only when not already allowed, and only for
    // the link's own site (with the request guard's permission).
    const ok =
      (guarded && coveredBy(granted, url)) ||
      (await browser.permissions.request(withGuard([hostPattern(url)])).catch(() => false));
    if (ok) await refreshHostAccess();
    result = ok
      ? await saveUrlTask({ url, articleId: null, data: { cookies: true } })
      : { ok: false, error: 'no-access', message: NEED_HOSTS, url };
  } else return null;
  await showBadge(result, tab?.id).catch(() => {});
  if (info.menuItemId === MENU.page && result.ok && tab?.id != null) await markTab(tab.id).catch(() => {});
  return result;
}
