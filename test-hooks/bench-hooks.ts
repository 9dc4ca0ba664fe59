// Benchmark and test hooks: installed on window only in the e2e build (`wxt build --mode e2e`), so
// scripts/bench-library.ts and the real-browser tests can drive the app's own code in a real page.
import { getDb } from '@/utils/storage/db';
import { deleteArticle, saveArticle } from '@/utils/storage/save-article';
import { readCatalogue, searchArticles } from '@/utils/search/search-articles';
import { enqueueSaveUrls } from '@/utils/saving/save-url-queue';
import { saveAllTabs } from '@/utils/saving/save-all-tabs';
import { benchArticle, seedLibrary } from './bench-seed';
import { seedBenchImages } from './bench-sync-seed';
import { compactSearchIndex, pendingTerms } from '@/utils/search/search-index';

/** Installs the hooks on window (e2e build only). */
export function installBenchHooks(): void {
  Object.assign(globalThis, {
    __offprint: {
      getDb,
      saveArticle,
      deleteArticle,
      searchArticles,
      readCatalogue,
      seedLibrary,
      seedBenchImages,
      benchArticle,
      enqueueSaveUrls,
      saveAllTabs,
      compactSearchIndex,
      pendingTerms,
    },
  });
}
