import { toolbarAction } from './toolbar-action';
import { getDb, type OffprintDB } from '@/utils/storage/db';
import { normalizeUrl } from '@/utils/storage/normalize-url';
import { saveTitle } from '@/utils/lib/browser-apis';
import { targetTab } from './target-tab';

/**
 * True when the page (after normalizing: no tracking parameters, no fragment) is in the library,
 * by URL or canonical URL.
 */
export async function isSaved(url: string, db: OffprintDB = getDb()): Promise<boolean> {
  const n = normalizeUrl(url);
  if (!/^https?:/.test(n)) return false;
  return (
    (await db.articles.where('url').equals(n).count()) > 0 ||
    (await db.articles.where('canonicalUrl').equals(n).count()) > 0
  );
}

async function urlOf(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}

/**
 * Shows ✓ on the toolbar icon of a tab whose page is saved, and clears it otherwise. Without the
 * `tabs` permission the URL is only known for tabs where Offprint was used (activeTab): others are left alone.
 */
export async function markTab(tabId: number, url?: string, db: OffprintDB = getDb()): Promise<boolean | null> {
  const u = url ?? (await urlOf(tabId));
  if (!u) return null;
  const saved = await isSaved(u, db);
  await toolbarAction().setBadgeBackgroundColor({ color: '#1a7f37', tabId });
  await toolbarAction().setBadgeText({ text: saved ? '✓' : '', tabId });
  await toolbarAction().setTitle({
    title: saved ? 'Offprint — already in your library' : saveTitle(),
    tabId,
  });
  return saved;
}

/** The active tab's id (the popup's target when it was not given one); never `self`, the popup opened as a tab. */
export async function activeTabId(self?: number): Promise<number | undefined> {
  return (await targetTab(undefined, self))?.id;
}
