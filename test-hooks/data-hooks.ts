// Test and benchmark hooks for the Data section: installed on window only in the e2e build
// (`wxt build --mode e2e`), so tests/e2e/backup.e2e.test.ts and scripts/bench-backup.ts drive the
// app's own store, export and restore functions in a real extension page with real IndexedDB.
import { getDb } from '@/utils/storage/db';
import { dumpLibrary } from './dump-library';
import { saveArticle, updateArticle } from '@/utils/storage/save-article';
import { gzip, toBase64 } from '@/utils/lib/gzip';
import { exportBackup } from '@/utils/data/backup/export-backup';
import { previewRestore, restoreBackup } from '@/utils/data/restore/restore-backup';
import { markBackedUp } from '@/utils/data/backup/backup-reminder';
import { benchArticle } from './bench-seed';
import { fetchLinkOnly } from '@/utils/data/import/fetch-link-only';
import { copyBaseline, searchUntilFound, seedBackupBench } from './backup-bench-hooks';
import { reindexNotes } from '@/utils/highlights/highlight-store';
import { inflatedOffThread } from '@/utils/lib/inflate-off-thread';
import { backupPagesServedOffThread } from '@/utils/data/restore/backup-pages';
import { termsMadeOffThread } from '@/utils/search/terms-off-thread';
import { searchArticles } from '@/utils/search/search-articles';
import { compactSearchIndex, pendingTerms } from '@/utils/search/search-index';

/** Every record of the library in comparable form. */
const dump = () => dumpLibrary(getDb());

/** Empties every table (as if the browser's data had been lost). */
async function wipe() {
  const db = getDb();
  await Promise.all(db.tables.map((t) => t.clear()));
}

/** Installs the hooks on window (e2e build only). */
export function installDataHooks(): void {
  Object.assign(globalThis, {
    __offprintData: {
      getDb,
      saveArticle,
      reindexNotes: (id: number) => reindexNotes(getDb(), id),
      updateArticle,
      gzip,
      toBase64,
      exportBackup,
      previewRestore,
      restoreBackup,
      markBackedUp,
      benchArticle,
      fetchLinkOnly,
      seedBackupBench,
      copyBaseline,
      dump,
      wipe,
      inflatedOffThread,
      backupPagesServedOffThread,
      termsMadeOffThread,
      searchArticles,
      searchUntilFound,
      /** Terms rows the background has not merged into the search index yet. */
      pendingTerms: async () => (await pendingTerms(getDb())).rows.length,
      /** Merges every pending terms row into the search index here, `chunk` rows per transaction. */
      compactIndex: (chunk: number) => compactSearchIndex(getDb(), chunk),
    },
  });
}
