import { onMessages } from '@/utils/messages';
import { openWelcomeOnInstall } from '@/utils/lib/welcome';
import { lastSaveTimings, saveTab } from '@/utils/saving/save-tab';
import { extractorLoaded, forgetExtractor, lastLoadMs, loadExtractorFor } from '@/utils/saving/load-extractor';
import { showBadge } from '@/utils/saving/show-badge';
import { createContextMenus, onContextMenuClick, refreshHostAccess } from '@/utils/saving/context-menus';
import { watchSearchIndex } from '@/utils/search/watch-search-index';
import { activeTabId, markTab } from '@/utils/saving/saved-mark';
import { registerSaveUrlWorker, workSaveUrlQueue } from '@/utils/saving/save-url-queue';
import { queueArticleImages, startImageQueue } from '@/utils/images/start-image-queue';
import { backfillGlobalIds } from '@/utils/storage/backfill-global-ids';
import { syncEngine, syncHandlers } from '@/utils/sync/sync-api';
import { scheduleSync } from '@/utils/sync/schedule-sync';
import { phaseTimings } from '@/utils/lib/phase-timings';
import { eventTrace } from '@/utils/lib/event-trace';
import { commandsApi, hasShortcut, menusApi, saveTitle } from '@/utils/lib/browser-apis';
import { toolbarAction } from '@/utils/saving/toolbar-action';
import { runLibraryRewrite } from '@/utils/storage/library-rewrite';
import { allowOrigin, forgetAllowedOrigin, installRequestGuard, POLICY_KEY } from '@/utils/saving/request-guard';

export default defineBackground(() => {
  // Sync runs on its triggers (writes here or in a page, the alarm, open pages); pages wake it with `sync:soon`.
  const sync = scheduleSync(syncEngine());
  onMessages({
    // `sender.tab`: the popup opened as a tab (Firefox for Android) is never the tab it saves.
    'tab:save': (opts, sender) => saveTab({ ...opts, self: sender.tab?.id }, queueArticleImages),
    'extractor:load': async ({ tabId }, sender) => ({
      ok: true,
      loaded: await loadExtractorFor(tabId, sender.tab?.id),
    }),
    'tab:mark': async ({ tabId }, sender) => {
      const id = tabId ?? (await activeTabId(sender.tab?.id));
      return { ok: true, saved: id == null ? null : await markTab(id) };
    },
    'queue:work': () => (void workSaveUrlQueue(), { ok: true }),
    'images:resume': () => (void startImageQueue(), { ok: true }),
    ...syncHandlers({ onEnabled: () => sync.start() }),
    'sync:soon': () => (sync.wake(), { ok: true }),
  });
  // Rows from before schema 4 get their global ids (resumable).
  void backfillGlobalIds().catch((e) => console.warn('global id backfill failed', e));
  // A stopped service worker left its queues half-done: pick them up now.
  void startImageQueue(true);
  registerSaveUrlWorker({ afterSave: queueArticleImages });
  watchSearchIndex();
  void workSaveUrlQueue();
  // A schema upgrade's library rewrite, in resumable chunks (a no-op once done).
  void runLibraryRewrite().catch((e) => console.warn('the library rewrite of schema 3 stopped', e));
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (info.status === 'loading') forgetExtractor(tabId); // another page: the extractor loaded there is gone
    if (info.url || info.status === 'complete') void markTab(tabId, tab.url).catch(() => {});
  });
  browser.tabs.onRemoved.addListener((tabId) => forgetExtractor(tabId));
  browser.tabs.onActivated.addListener(({ tabId }) => void markTab(tabId).catch(() => {}));
  // Firefox for Android has no context menus and no keyboard commands: those features are left out there.
  browser.runtime.onInstalled.addListener(() => void createContextMenus());
  // The welcome page after a fresh install (not in the test build, whose every launch is a fresh install).
  if (import.meta.env.MODE !== 'e2e') browser.runtime.onInstalled.addListener((d) => void openWelcomeOnInstall(d));
  menusApi()?.onClicked.addListener((info, tab) => void onContextMenuClick(info, tab));
  void refreshHostAccess();
  // Offprint's own requests to private addresses are blocked by the browser once its permission is granted.
  void installRequestGuard();
  browser.permissions.onAdded.addListener(() => void refreshHostAccess().then(() => installRequestGuard()));
  browser.permissions.onRemoved.addListener(() => void refreshHostAccess());
  browser.storage.onChanged.addListener((changes) => {
    if (POLICY_KEY in changes) void installRequestGuard();
  });
  // The manifest's button title names Alt+Shift+S (from popup/index.html): none where there is no shortcut.
  if (!hasShortcut())
    void toolbarAction()
      .setTitle({ title: saveTitle() })
      .catch(() => {});
  commandsApi()?.onCommand.addListener(async (command, tab) => {
    if (command !== 'save-page') return;
    const result = await saveTab({ tabId: tab?.id }, queueArticleImages);
    await showBadge(result, tab?.id);
  });
  // Test build only: menus cannot be clicked in headless Chromium, so tests call the handler. Set last:
  // their presence also tells the Firefox tier that the whole of this function ran.
  if (import.meta.env.MODE === 'e2e')
    Object.assign(globalThis, {
      __offprintMenuClick: onContextMenuClick,
      __offprintGuard: { installRequestGuard, allowOrigin, forgetAllowedOrigin },
      __offprintLastSave: () => lastSaveTimings,
      // bench:save: whether (once it is) and how fast the popup loaded the extractor into a tab.
      __offprintExtractorLoaded: async (tabId: number) => ({ loaded: await extractorLoaded(tabId), ms: lastLoadMs }),
      // bench:sync: where sync's time went in this background (utils/lib/phase-timings.ts).
      __offprintSyncTimings: phaseTimings,
      // bench:sync: what sync did when, for the trace of a slow save (utils/lib/event-trace.ts).
      __offprintSyncTrace: eventTrace,
    });
});
