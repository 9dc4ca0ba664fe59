import type { Article } from '@/utils/article';
import { getDb, type OffprintDB } from '@/utils/storage/db';
import { readOwnedRows } from '@/utils/storage/read-owned-rows';
import {
  BACKUP_FORMAT,
  BACKUP_PAGE_SIZE,
  BACKUP_VERSION,
  imageExt,
  type BackupManifest,
  type BackupRecord,
} from './backup-format';
import { createZipWriter, type ZipWriter } from '@/utils/lib/zip-writer';

/** Progress of a long job: `done` of `total` units (articles, rows or files). */
export type Progress = (done: number, total: number) => void;

/** Options of exportBackup (database, cancel signal, progress, settings source). */
export interface ExportBackupOptions {
  db?: OffprintDB;
  signal?: AbortSignal;
  onProgress?: Progress;
  /** Everything in extension storage (settings); defaults to browser.storage.local. */
  readSettings?: () => Promise<Record<string, unknown>>;
  appVersion?: string;
  now?: number;
}

/** Throws the signal's AbortError when the user cancelled. */
export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted)
    throw signal.reason instanceof Error ? signal.reason : new DOMException('Cancelled', 'AbortError');
}

/** The app's version from the manifest ('unknown' where there is none, as in unit tests). */
export function appVersion(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return 'unknown';
  }
}

/** One page of articles with everything they own, read in one IndexedDB transaction. */
async function readPage(db: OffprintDB, articles: Article[]) {
  const ids = articles.map((a) => a.id);
  return db.transaction('r', [db.contents, db.originals, db.images, db.highlights], () => readOwnedRows(db, ids));
}

/** Writes one page's files (originals, images, then the page JSON) into the zip; returns counts. */
async function writePage(zip: ZipWriter, db: OffprintDB, articles: Article[], pageName: string) {
  const page = await readPage(db, articles);
  const counts = { originals: 0, images: 0, highlights: page.highlights.length };
  const records: BackupRecord[] = [];
  for (const [i, article] of articles.entries()) {
    const { gzip, ...orig } = page.originals[i] ?? ({} as never);
    const original = gzip ? { ...orig, file: `originals/${article.id}.html.gz` } : null;
    if (original) {
      zip.add(original.file, gzip, { store: true });
      counts.originals++;
    }
    const images = [];
    for (const [n, { blob, ...row }] of page.images.filter((im) => im.articleId === article.id).entries()) {
      const file = `images/${article.id}/${n + 1}.${imageExt(blob.type || row.type)}`;
      zip.add(file, new Uint8Array(await blob.arrayBuffer()), { store: true });
      images.push({ ...row, file, blobType: blob.type });
      counts.images++;
    }
    const content = page.contents[i] ?? null;
    records.push({
      article,
      content,
      original,
      images,
      highlights: page.highlights.filter((h) => h.articleId === article.id),
    });
  }
  zip.addText(pageName, JSON.stringify(records));
  return counts;
}

/**
 * The whole library as one .zip (see docs/backup.md for the layout), read from IndexedDB a page of
 * articles at a time and streamed into Blob parts, so neither the library nor the archive is ever
 * held in memory as a whole. Cancel with `signal` (nothing is written anywhere).
 */
export async function exportBackup(opts: ExportBackupOptions = {}): Promise<{ blob: Blob; manifest: BackupManifest }> {
  const db = opts.db ?? getDb();
  const total = await db.articles.count();
  const zip = createZipWriter();
  const counts = { articles: 0, originals: 0, images: 0, highlights: 0 };
  const pages: string[] = [];
  for (let last = -Infinity; ;) {
    throwIfAborted(opts.signal);
    const articles = await db.articles.where('id').above(last).limit(BACKUP_PAGE_SIZE).toArray();
    if (!articles.length) break;
    last = articles[articles.length - 1].id;
    const name = `articles/${String(pages.length + 1).padStart(5, '0')}.json`;
    const c = await writePage(zip, db, articles, name);
    pages.push(name);
    counts.articles += articles.length;
    counts.originals += c.originals;
    counts.images += c.images;
    counts.highlights += c.highlights;
    opts.onProgress?.(counts.articles, Math.max(total, counts.articles));
  }
  const settings = await (opts.readSettings ?? (() => browser.storage.local.get(null)))();
  zip.addText('settings.json', JSON.stringify(settings));
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    appVersion: opts.appVersion ?? appVersion(),
    createdAt: opts.now ?? Date.now(),
    counts,
    pages,
    settingsFile: 'settings.json',
  };
  zip.addText('manifest.json', JSON.stringify(manifest, null, 2));
  return { blob: await zip.finish(), manifest };
}

/** File name for a backup made at `when`: offprint-backup-2026-11-25.zip. */
export function backupFileName(when = Date.now()): string {
  return `offprint-backup-${new Date(when).toISOString().slice(0, 10)}.zip`;
}
