import type { Article } from '@/utils/article';
import { getDb, type OffprintDB } from '@/utils/storage/db';
import {
  BackupError,
  recordProblem,
  validateManifest,
  type BackupManifest,
  type BackupRecord,
} from '@/utils/data/backup/backup-format';
import { openZip, ZipError, type ZipReader } from '@/utils/lib/zip-reader';
import { normalizeUrl } from '@/utils/storage/normalize-url';
import { throwIfAborted, type Progress } from '@/utils/data/backup/export-backup';
import {
  beatImport,
  commitImport,
  importTables,
  IMPORT_BATCH,
  newImportId,
  removeArticleRows,
  rollbackImport,
} from '@/utils/data/import-batch';
import { recordFileNames, recordFiles, writeRecord } from './restore-record';

/** merge: keep what is here, take the backup's copy when it is newer. replace: the library becomes the backup. */
export type RestoreMode = 'merge' | 'replace';

/** What a restore will change (preview) or changed (result). */
export interface RestoreSummary {
  mode: RestoreMode;
  manifest: BackupManifest;
  added: number;
  updated: number;
  unchanged: number;
  /** Library articles that replace mode deletes (not in the backup). */
  removed: number;
  /** Records of the backup that cannot be restored, with why. */
  skipped: { page: string; index: number; url: string | null; reason: string }[];
}

/** Options of previewRestore and restoreBackup. */
export interface RestoreOptions {
  db?: OffprintDB;
  signal?: AbortSignal;
  onProgress?: Progress;
  /** Writes the backup's settings.json; defaults to browser.storage.local (all keys on replace, missing ones on merge). */
  writeSettings?: (settings: Record<string, unknown>, mode: RestoreMode) => Promise<void>;
}

/** Opens a backup file and checks its manifest; anything unreadable or foreign throws BackupError. */
export async function openBackup(file: Blob): Promise<{ zip: ZipReader; manifest: BackupManifest }> {
  try {
    const zip = await openZip(file);
    if (!zip.has('manifest.json'))
      throw new BackupError('This zip is not an Offprint backup (it has no manifest.json).');
    let json: unknown;
    try {
      json = JSON.parse(await zip.text('manifest.json'));
    } catch (e) {
      throw e instanceof ZipError ? e : new BackupError('The backup manifest is not valid JSON.');
    }
    const manifest = validateManifest(json);
    for (const p of manifest.pages)
      if (!zip.has(p)) throw new BackupError(`The backup is incomplete: ${p} is missing.`);
    return { zip, manifest };
  } catch (e) {
    if (e instanceof ZipError) throw new BackupError(`This file cannot be read as a backup: ${e.message}`);
    throw e;
  }
}

async function readPage(zip: ZipReader, name: string): Promise<unknown[]> {
  let json: unknown;
  try {
    json = JSON.parse(await zip.text(name));
  } catch (e) {
    throw new BackupError(`The backup is damaged: ${name} cannot be read (${(e as Error).message}).`);
  }
  if (!Array.isArray(json)) throw new BackupError(`The backup is damaged: ${name} is not a list of articles.`);
  return json;
}

type Action = 'add' | 'update' | 'unchanged';

function classify(rec: BackupRecord, existing: Article | undefined, mode: RestoreMode): Action {
  if (!existing) return 'add';
  if (rec.article.updatedAt === existing.updatedAt) return 'unchanged';
  return mode === 'replace' || rec.article.updatedAt > existing.updatedAt ? 'update' : 'unchanged';
}

/** Walks every page of a backup, classifying each record against the library; `visit` acts on a page. */
async function walk(
  zip: ZipReader,
  manifest: BackupManifest,
  mode: RestoreMode,
  db: OffprintDB,
  opts: RestoreOptions,
  visit?: (page: { rec: BackupRecord; action: Action; existing?: Article }[]) => Promise<void>,
): Promise<{ summary: RestoreSummary; kept: Set<number> }> {
  const summary: RestoreSummary = { mode, manifest, added: 0, updated: 0, unchanged: 0, removed: 0, skipped: [] };
  const seen = new Set<string>();
  const kept = new Set<number>();
  let done = 0;
  for (const name of manifest.pages) {
    throwIfAborted(opts.signal);
    const raw = await readPage(zip, name);
    const good: { rec: BackupRecord; url: string }[] = [];
    raw.forEach((r, index) => {
      const problem = recordProblem(r, (f) => zip.has(f));
      const url = problem ? null : normalizeUrl((r as BackupRecord).article.url);
      const reason = problem ?? (seen.has(url!) ? 'the same URL appears twice in the backup' : null);
      if (reason) summary.skipped.push({ page: name, index, url: (r as BackupRecord)?.article?.url ?? null, reason });
      else {
        good.push({ rec: r as BackupRecord, url: url! });
        seen.add(url!);
      }
    });
    const existing = await db.articles
      .where('url')
      .anyOf(good.map((g) => g.url))
      .toArray();
    const byUrl = new Map(existing.map((a) => [a.url, a]));
    const page = good.map(({ rec, url }) => ({
      rec,
      existing: byUrl.get(url),
      action: classify(rec, byUrl.get(url), mode),
    }));
    for (const p of page) {
      summary[p.action === 'add' ? 'added' : p.action === 'update' ? 'updated' : 'unchanged']++;
      if (p.existing) kept.add(p.existing.id);
    }
    if (visit) await visit(page);
    done += raw.length;
    opts.onProgress?.(done, manifest.counts.articles);
  }
  // Articles whose backup record is damaged are kept, never deleted on its account.
  for (const s of summary.skipped) {
    const a = s.url ? await db.articles.where('url').equals(normalizeUrl(s.url)).first() : undefined;
    if (a) kept.add(a.id);
  }
  if (mode === 'replace') summary.removed = (await db.articles.count()) - kept.size;
  return { summary, kept };
}

/** Checks a whole backup and says what restoring it would do, writing nothing. Throws BackupError for a bad file. */
export async function previewRestore(
  file: Blob,
  mode: RestoreMode,
  opts: RestoreOptions = {},
): Promise<RestoreSummary> {
  const { zip, manifest } = await openBackup(file);
  return (await walk(zip, manifest, mode, opts.db ?? getDb(), opts)).summary;
}

async function defaultWriteSettings(settings: Record<string, unknown>, mode: RestoreMode): Promise<void> {
  if (mode === 'replace') return browser.storage.local.set(settings);
  const current = await browser.storage.local.get(null);
  const missing = Object.fromEntries(Object.entries(settings).filter(([k]) => !(k in current)));
  if (Object.keys(missing).length) await browser.storage.local.set(missing);
}

async function deleteOthers(db: OffprintDB, kept: Set<number>): Promise<void> {
  const all = (await db.articles.toCollection().primaryKeys()) as number[];
  const gone = all.filter((id) => !kept.has(id));
  for (let i = 0; i < gone.length; i += IMPORT_BATCH) {
    const ids = gone.slice(i, i + IMPORT_BATCH);
    await db.transaction('rw', importTables(db), () => removeArticleRows(db, ids));
  }
}

/**
 * Restores a backup: validates it all first, then writes a page at a time, each row tagged with this
 * restore's id. Replace mode keeps the current articles until every backup record is in, then deletes
 * the rest. On error or cancel before that point, everything written is rolled back.
 */
export async function restoreBackup(file: Blob, mode: RestoreMode, opts: RestoreOptions = {}): Promise<RestoreSummary> {
  const db = opts.db ?? getDb();
  const { zip, manifest } = await openBackup(file);
  await walk(zip, manifest, mode, db, { signal: opts.signal }); // validate every page before writing anything
  const importId = newImportId();
  let result: Awaited<ReturnType<typeof walk>>;
  try {
    result = await walk(zip, manifest, mode, db, opts, async (page) => {
      const todo = page.filter((p) => p.action !== 'unchanged');
      const bytes = await zip.many(todo.flatMap((p) => recordFileNames(p.rec))); // one Blob read per page, not per file
      const files = todo.map((p) => recordFiles(p.rec, bytes));
      throwIfAborted(opts.signal);
      await beatImport(db, importId);
      await db.transaction('rw', importTables(db), async () => {
        for (const [i, p] of todo.entries()) await writeRecord(db, importId, p.rec, files[i], p.existing);
      });
    });
    // The new records are complete: collect their ids for replace mode's sweep.
    for (const id of (await db.articles.where('importId').equals(importId).primaryKeys()) as number[])
      result.kept.add(id);
    if (mode === 'replace') result.summary.removed = (await db.articles.count()) - result.kept.size;
  } catch (e) {
    await rollbackImport(db, importId);
    throw e instanceof ZipError ? new BackupError(`The backup is damaged, nothing was changed: ${e.message}`) : e;
  }
  // Point of no return: the backup's records are made final first, so a page that dies while
  // replace mode deletes the others leaves extra old articles behind, never missing ones.
  await commitImport(db, importId);
  if (mode === 'replace') await deleteOthers(db, result.kept);
  const settings = zip.has(manifest.settingsFile) ? JSON.parse(await zip.text(manifest.settingsFile)) : null;
  if (settings && typeof settings === 'object') await (opts.writeSettings ?? defaultWriteSettings)(settings, mode);
  return result.summary;
}
