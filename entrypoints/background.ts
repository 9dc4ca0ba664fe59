import { onMessages } from '@/utils/messages';
import { saveTab } from '@/utils/saving/save-tab';
import { showBadge } from '@/utils/saving/show-badge';
import { createContextMenus, onContextMenuClick, refreshHostAccess } from '@/utils/saving/context-menus';
import { watchSearchIndex } from '@/utils/search/watch-search-index';
import { activeTabId, markTab } from '@/utils/saving/saved-mark';
import { registerSaveUrlWorker, workSaveUrlQueue } from '@/utils/saving/save-url-queue';
import { queueArticleImages, startImageQueue } from '@/utils/images/start-image-queue';
import { backfillGlobalIds } from '@/utils/storage/backfill-global-ids';
import { syncEngine, syncHandlers } from '@/utils/sync/sync-api';
import { scheduleSync } from '@/utils/sync/schedule-sync';
import { allowOrigin, forgetAllowedOrigin, installRequestGuard, POLICY_KEY } from '@/utils/saving/request-guard';

export default defineBackground(() => {
  onMessages({
    'tab:save': (opts) => saveTab(opts, queueArticleImages),
    'tab:mark': async ({ tabId }) => {
      const id = tabId ?? (await activeTabId());
      return { ok: true, saved: id == null ? null : await markTab(id) };
    },
    'queue:work': () => (void workSaveUrlQueue(), { ok: true }),
    'images:resume': () => (void startImageQueue(), { ok: true }),
    ...syncHandlers(),
  });
  // Rows from schema 1 get their global ids (resumable), then sync runs on its triggers.
  void backfillGlobalIds().catch((e) => console.warn('global id backfill failed', e));
  scheduleSync(syncEngine());
  // A stopped service worker left its queues half-done: pick them up now.
  void startImageQueue(true);
  registerSaveUrlWorker({ afterSave: queueArticleImages });
  watchSearchIndex();
  void workSaveUrlQueue();
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (info.url || info.status === 'complete') void markTab(tabId, tab.url).catch(() => {});
  });
  browser.tabs.onActivated.addListener(({ tabId }) => void markTab(tabId).catch(() => {}));
  browser.runtime.onInstalled.addListener(() => void createContextMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenuClick(info, tab));
  void refreshHostAccess();
  // Offprint's own requests to private addresses are blocked by the browser once its permission is granted.
  void installRequestGuard();
  browser.permissions.onAdded.addListener(() => void refreshHostAccess().then(() => installRequestGuard()));
  browser.permissions.onRemoved.addListener(() => void refreshHostAccess());
  browser.storage.onChanged.addListener((changes) => {
    if (POLICY_KEY in changes) void installRequestGuard();
  });
  // Test build only: menus cannot be clicked in headless Chromium, so tests call the handler.
  if (import.meta.env.MODE === 'e2e')
    Object.assign(globalThis, {
      __offprintMenuClick: onContextMenuClick,
      __offprintGuard: { installRequestGuard, allowOrigin, forgetAllowedOrigin },
    });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'save-page') return;
    const result = await saveTab({ tabId: tab?.id }, queueArticleImages);
    await showBadge(result, tab?.id);
  });
});
