import type { Article } from '@/utils/article';
import { getDb, type OffprintDB } from '@/utils/storage/db';
import {
  BackupError,
  backupEntryCap,
  nestsDeeperThan,
  RESTORE_INFLATE_RATIO,
  validateManifest,
  type BackupManifest,
} from '@/utils/data/backup/backup-format';
import { compactKnownTerms, KnownTerms } from '@/utils/search/known-terms';
import { sanitizeHtml } from '@/utils/extraction/sanitize-html';
import { openZip, ZipError, type ZipReader } from '@/utils/lib/zip-reader';
import { normalizeUrl } from '@/utils/storage/normalize-url';
import { throwIfAborted, type Progress } from '@/utils/data/backup/export-backup';
import { beatImport, importTables, IMPORT_BATCH, undoableImport } from '@/utils/data/import-batch';
import { removeArticleRows } from '@/utils/storage/remove-article-rows';
import { importedIds, importRows } from '@/utils/storage/import-rows';
import { bulkArticleBytes, recordFiles, recordImageTypes, toBulkArticle } from './restore-record';
import { backupPages, type BackupPages, type ReaderOptions } from './backup-pages';
import type { GoodRecord, RecordVerdict } from './page-jobs';
import {
  buildBulkArticle,
  bulkWriteArticles,
  type BuiltArticle,
  type BulkArticle,
} from '@/utils/storage/bulk-write-articles';
import { runSliced } from '@/utils/lib/run-sliced';
import { syncIsOn } from '@/utils/sync/sync-store';

/** A promise with its resolve and reject (Promise.withResolvers); its rejection is handled when nobody awaits it. */
function promiseWithResolvers<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

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
  /**
   * Of those, how many sync would delete on the user's other browsers too (sync is on: every article here
   * is on the server). Above 0, restoreBackup in replace mode needs `deleteEverywhere: true`: ask first.
   */
  removedEverywhere: number;
  /** Records of the backup that cannot be restored, with why. */
  skipped: { page: string; index: number; url: string | null; reason: string }[];
}

/** Options of previewRestore and restoreBackup. */
export interface RestoreOptions {
  db?: OffprintDB;
  signal?: AbortSignal;
  onProgress?: Progress;
  /**
   * Writes the backup's settings.json; defaults to browser.storage.local (all keys on replace, missing ones on merge).
   */
  writeSettings?: (settings: Record<string, unknown>, mode: RestoreMode) => Promise<void>;
  /** Untrusted article HTML → safe HTML, as for imports; defaults to DOMPurify (needs a DOM). */
  prepareHtml?: (html: string) => string;
  /**
   * Replace mode with sync on: the user agreed that the articles it deletes are deleted on their other
   * browsers too. Without it such a restore throws RestoreNeedsConsent before writing anything.
   */
  deleteEverywhere?: boolean;
  /** Whether sync is on (defaults to sync's own store); tests give their own. */
  syncOn?: () => Promise<boolean>;
  /**
   * Bounds of one write transaction (defaults WRITE_ARTICLES and WRITE_BYTES); tests set small ones. `eager`
   * (default true): a batch is also written, however small, as soon as the writer is free; false: only full
   * batches and the last (tests of transactions that span several pages).
   */
  batch?: { articles?: number; bytes?: number; eager?: boolean };
  /** Adds the ms spent in each phase of the restore to this object (bench:backup shows where the time goes). */
  timings?: Record<string, number>;
  /** Bytes of page files kept in memory from the check for the write pass (default KEEP_PAGE_BYTES). */
  keepPages?: number;
  /** Restored rows merged into the search index at a time (default INDEX_EVERY); bench:backup compares sizes. */
  indexEvery?: number;
  /** The reader's worker (tests give a stand-in) and how long its silence is borne (default READER_SILENCE_MS). */
  reader?: ReaderOptions;
}

/**
 * Restored rows merged into the search index per transaction (see writeAll). Each merge rewrites the last
 * posting segment of every word it touches (about the whole vocabulary: two merges of 1,000 articles wrote
 * 39,834 posting rows where one of 2,000 wrote 20,751), so fewer, larger merges do less work. The words of the
 * rows written since the last merge are held as each row's id and word numbers (KnownTerms: about 5 MB of varints
 * at this size since session 34, 20 MB of Uint32Arrays before; a map of words to JS arrays of ids until session 28),
 * not the rows. Was 5,000 until session 23.
 */
const INDEX_EVERY = 10_000;

/**
 * Bounds of one restore write transaction (several backup pages): at most this many articles, and a batch
 * is written once its text, originals and images reach WRITE_BYTES (two batches are held at once: one
 * being written, the next being read), so memory stays bounded whatever the articles weigh. 200 articles (one
 * backup page) and 16 MB since session 34 (400 and 32 MB before; 1,000 until session 27): what the page holds for
 * the writer is most of its live heap (~30 KB an article with its search terms), and V8 lets garbage grow in
 * proportion to what is live before it collects (docs/backup.md, session 34: restores of 10,000 articles
 * interleaved in one quiet run peaked at +225–235 MB against +328–425 MB, at 2.74× the plain write against 2.33×).
 */
export const WRITE_ARTICLES = 200;
export const WRITE_BYTES = 16 * 1024 * 1024;

/** A write refused by a unique index (Dexie reports a bulk write's refusals per row). */
function isUniqueClash(e: unknown): boolean {
  const err = e as { name?: string; failures?: { name?: string }[]; inner?: { name?: string } } | null;
  return [err?.name, err?.inner?.name, ...(err?.failures ?? []).map((f) => f?.name)].includes('ConstraintError');
}

/** Runs `f`, adding its time to `timings[name]` when timings are kept. */
async function timed<T>(timings: Record<string, number> | undefined, name: string, f: () => Promise<T>): Promise<T> {
  if (!timings) return f();
  const t = performance.now();
  try {
    return await f();
  } finally {
    timings[name] = (timings[name] ?? 0) + performance.now() - t;
  }
}

/**
 * A restore in replace mode would delete articles on the user's other browsers (sync is on) and the user
 * has not agreed yet. Nothing was written. Offer: restore and delete everywhere (`deleteEverywhere: true`),
 * restore in merge mode instead (deletes nothing), or cancel.
 */
export class RestoreNeedsConsent extends BackupError {
  constructor(readonly removedEverywhere: number) {
    const one = removedEverywhere === 1;
    super(
      `Replacing the library deletes ${removedEverywhere.toLocaleString('en')} article${one ? '' : 's'} ` +
        `that ${one ? 'is' : 'are'} not in the backup, and sync deletes ${one ? 'it' : 'them'} on your other ` +
        'browsers too. Confirm to go on, or restore in merge mode (it deletes nothing).',
    );
    this.name = 'RestoreNeedsConsent';
  }
}

/** An opened backup: its zip, its checked manifest and its checked settings (null when it has none). */
export interface OpenedBackup {
  zip: ZipReader;
  manifest: BackupManifest;
  settings: Record<string, unknown> | null;
}

/**
 * Opens a backup file and checks its manifest and settings; anything unreadable, foreign or hostile
 * (entries larger than their kind allows, a file that unpacks to far more than it holds) throws BackupError.
 */
export async function openBackup(file: Blob): Promise<OpenedBackup> {
  try {
    const zip = await openZip(file, {
      maxSize: backupEntryCap,
      maxTotal: RESTORE_INFLATE_RATIO * file.size + 64 * 1024 * 1024,
    });
    if (!zip.has('manifest.json'))
      throw new BackupError('This zip is not an Offprint backup (it has no manifest.json).');
    let json: unknown;
    try {
      json = JSON.parse(await zip.text('manifest.json'));
    } catch (e) {
      throw e instanceof ZipError ? e : new BackupError('The backup manifest is not valid JSON.');
    }
    const manifest = validateManifest(json);
    if (new Set(manifest.pages).size !== manifest.pages.length)
      throw new BackupError('The backup is damaged: its manifest lists a page file twice.');
    for (const p of manifest.pages) {
      if (!zip.has(p)) throw new BackupError(`The backup is incomplete: ${p} is missing.`);
      if (!p.startsWith('articles/')) throw new BackupError(`The backup is damaged: ${p} is not a page file.`);
    }
    return { zip, manifest, settings: await readSettings(zip, manifest) };
  } catch (e) {
    if (e instanceof ZipError) throw new BackupError(`This file cannot be read as a backup: ${e.message}`);
    throw e;
  }
}

/** settings.json, parsed and checked before anything is written (a bad one refuses the whole restore). */
async function readSettings(zip: ZipReader, manifest: BackupManifest): Promise<Record<string, unknown> | null> {
  const name = typeof manifest.settingsFile === 'string' ? manifest.settingsFile : 'settings.json';
  if (name !== 'settings.json') throw new BackupError('The backup is damaged: its settings file is not settings.json.');
  if (!zip.has(name)) return null;
  let json: unknown;
  try {
    json = JSON.parse(await zip.text(name));
  } catch (e) {
    if (e instanceof ZipError) throw e;
    throw new BackupError('The backup is damaged: its settings.json is not valid JSON. Nothing was changed.');
  }
  if (!json || typeof json !== 'object' || Array.isArray(json) || nestsDeeperThan(json))
    throw new BackupError('The backup is damaged: its settings.json is not a set of settings. Nothing was changed.');
  return json as Record<string, unknown>;
}

/**
 * What checking every page found, for the write pass: the records skipped (by page and index), so the write
 * pass checks no record twice. (The reader kept the bytes of the first pages, up to KEEP_PAGE_BYTES, so the
 * write pass does not read those from the file again.)
 */
interface CheckedPages {
  skipped: RestoreSummary['skipped'];
  skip: Map<string, Set<number>>;
}

/**
 * Page files (their JSON, inflated) the check before a restore keeps in memory for the write pass, in bytes.
 * The rest are read from the file again when their turn comes (their checks are not repeated). 16 MB since
 * session 34 (32 MB before), with the smaller write batches above.
 */
export const KEEP_PAGE_BYTES = 16 * 1024 * 1024;

type Action = 'add' | 'update' | 'unchanged';

/** A record of the write pass, classified against the library, with its search terms (made by the reader). */
type PageEntry = GoodRecord & { action: Action; existing?: Article };

function classify(updatedAt: number, existing: Article | undefined, mode: RestoreMode): Action {
  if (!existing) return 'add';
  if (updatedAt === existing.updatedAt) return 'unchanged';
  return mode === 'replace' || updatedAt > existing.updatedAt ? 'update' : 'unchanged';
}

/** How walk goes through a backup's pages. */
interface WalkOptions {
  /** Acts on each page's records (the write pass). */
  /**
   * Acts on each page's records (the write pass). `readNext` starts reading the next page (walk starts it after
   * visit otherwise): the write pass asks for this page's files first, so the reader does not make them wait
   * behind the next page's parsing and tokenizing.
   */
  visit?: (page: PageEntry[], readNext: () => void) => Promise<void>;
  /** URLs of the backup found in the library when it was checked (the write pass looks up only those pages). */
  existedBefore?: Set<string>;
  /** What the check pass found: the write pass takes its verdicts instead of checking again. */
  checked?: CheckedPages;
  /**
   * The check pass fills these (the write pass reads them as they fill): its verdicts, and the URLs it found
   * in the library.
   */
  into?: { pages: CheckedPages; found: Set<string> };
  /** The check pass calls this once page k is checked and looked up. */
  pageDone?: (k: number) => void;
  /**
   * The write pass, run beside the check pass: page k's records are asked for once `ready(k)` resolves (page k
   * is checked), and the end of the walk waits for `checkedAll` (the whole check).
   */
  ready?: (k: number) => Promise<void>;
  checkedAll?: Promise<unknown>;
}

/**
 * Walks every page of a backup, classifying each record against the library. Without `checked` (the check
 * pass) every record is checked; with it (the write pass) the check's verdicts are reused.
 */
async function walk(
  reader: BackupPages,
  manifest: BackupManifest,
  mode: RestoreMode,
  db: OffprintDB,
  opts: RestoreOptions,
  { visit, existedBefore, checked, into, pageDone, ready, checkedAll }: WalkOptions = {},
): Promise<{ summary: RestoreSummary; kept: Set<number>; existing: Set<string>; pages: CheckedPages }> {
  const pages: CheckedPages = checked ?? into?.pages ?? { skipped: [], skip: new Map() };
  const summary: RestoreSummary = {
    mode,
    manifest,
    added: 0,
    updated: 0,
    unchanged: 0,
    removed: 0,
    removedEverywhere: 0,
    skipped: checked ? [] : pages.skipped, // the write pass copies the check's list at its end
  };
  const seen = new Set<string>();
  const files = new Set<string>();
  const kept = new Set<number>();
  const found = into?.found ?? new Set<string>();
  let done = 0;
  type Read = { verdicts: RecordVerdict[] } | { records: GoodRecord[]; count: number };
  // The next page is read (inflated, decoded, parsed and checked by the reader: a worker) while this one is
  // looked up and written: the page's thread would otherwise sit idle for every page's file read.
  const read = (k: number): Promise<Read> | null => {
    if (k >= manifest.pages.length) return null;
    const name = manifest.pages[k];
    const reading: Promise<Read> = checked
      ? (ready?.(k) ?? Promise.resolve()).then(() => reader.records(name, checked.skip.get(name)))
      : reader.check(name).then((verdicts) => ({ verdicts }));
    reading.catch(() => undefined); // awaited when its turn comes; never an unhandled rejection meanwhile
    return reading;
  };
  // The check pass asks for every page at once: the reader checks them one after another, behind only the few
  // pages the write pass takes before its first write (see pageJobs), instead of waiting for this thread to ask
  // for each next page (it is busy sanitizing; asked one at a time, each page's check waited behind a write-pass job).
  const checks = visit || checked ? null : manifest.pages.map((_name, k) => read(k));
  let next = checks ? checks[0] : read(0);
  let started = 0; // the last page whose read has been started
  for (const [k, name] of manifest.pages.entries()) {
    throwIfAborted(opts.signal);
    // The write pass's waits for the reader (bench:backup's `read pages: …`): the first page, then each next one.
    const waited = visit ? (k ? 'read pages: next page' : 'read pages: first page') : '';
    const page = await timed(waited ? opts.timings : undefined, waited, () => next!);
    const readNext = () => {
      if (started > k) return;
      started = k + 1;
      next = checks ? (checks[k + 1] ?? null) : read(k + 1);
    };
    if (!visit) readNext();
    let good: { url: string; updatedAt: number; record?: GoodRecord }[] = [];
    if ('records' in page) {
      // Checked before anything was written, from the same bytes (the archive's checksums hold them).
      good = page.records.map((record) => ({ record, url: record.url, updatedAt: record.rec.article.updatedAt }));
      done += page.count;
    } else {
      page.verdicts.forEach((v, index) => {
        // One file of the zip belongs to one record: a file named twice would be stored twice
        // (a cheap way to fill a disk).
        if (!v.problem)
          for (const f of v.files) {
            if (files.has(f)) throw new BackupError(`The backup is damaged: ${f} is used twice. Nothing was changed.`);
            files.add(f);
          }
        const reason = v.problem ?? (seen.has(v.url) ? 'the same URL appears twice in the backup' : null);
        if (reason) {
          summary.skipped.push({ page: name, index, url: v.named, reason });
          if (!pages.skip.has(name)) pages.skip.set(name, new Set());
          pages.skip.get(name)!.add(index);
        } else {
          good.push({ url: v.url, updatedAt: v.updatedAt });
          seen.add(v.url);
        }
      });
      done += page.verdicts.length;
    }
    // The write pass skips the lookup of a page none of whose URLs was in the library when the backup was
    // checked (a restore into a new browser): a lookup would wait for the previous page's write to end,
    // while without it this page is read and sanitized during that write. A page saved in between with one
    // of these URLs makes the write fail on the unique URL index, and the restore rolls back.
    const lookUp = !existedBefore || good.some((g) => existedBefore.has(g.url));
    const existing = lookUp
      ? await db.articles
          .where('url')
          .anyOf(good.map((g) => g.url))
          .toArray()
      : [];
    const byUrl = new Map(existing.map((a) => [a.url, a]));
    for (const a of existing) found.add(a.url);
    const classified = good.map(({ record, url, updatedAt }) => ({
      ...record!,
      existing: byUrl.get(url),
      action: classify(updatedAt, byUrl.get(url), mode),
    }));
    for (const p of classified) {
      summary[p.action === 'add' ? 'added' : p.action === 'update' ? 'updated' : 'unchanged']++;
      if (p.existing) kept.add(p.existing.id);
    }
    pageDone?.(k);
    if (visit) await visit(classified, readNext);
    readNext();
    opts.onProgress?.(done, manifest.counts.articles);
  }
  if (checked) {
    await timed(opts.timings, 'read pages: check end', async () => checkedAll);
    summary.skipped = [...checked.skipped];
  }
  // Articles whose backup record is damaged are kept, never deleted on its account.
  for (const s of summary.skipped) {
    const a = s.url ? await db.articles.where('url').equals(normalizeUrl(s.url)).first() : undefined;
    if (a) kept.add(a.id);
  }
  if (mode === 'replace') summary.removed = (await db.articles.count()) - kept.size;
  if (summary.removed > 0 && (await (opts.syncOn ?? syncIsOn)())) summary.removedEverywhere = summary.removed;
  return { summary, kept, existing: found, pages };
}

/** Checks a whole backup and says what restoring it would do, writing nothing. Throws BackupError for a bad file. */
export async function previewRestore(
  file: Blob,
  mode: RestoreMode,
  opts: RestoreOptions = {},
): Promise<RestoreSummary> {
  const { zip, manifest } = await openBackup(file);
  const reader = backupPages(file, zip, 0, opts.reader);
  try {
    return (await walk(reader, manifest, mode, opts.db ?? getDb(), opts)).summary;
  } finally {
    reader.close();
  }
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
 * Restores a backup: validates it all first (keeping the first pages in memory for the write), then writes
 * several pages per transaction, each write recording the articles it added and replaced under this
 * restore's id. Replace mode keeps the current articles until every backup record is in, then deletes
 * the rest. On error or cancel before that point, everything written is rolled back.
 */
export async function restoreBackup(file: Blob, mode: RestoreMode, opts: RestoreOptions = {}): Promise<RestoreSummary> {
  const db = opts.db ?? getDb();
  const tm = opts.timings;
  const { zip, manifest, settings } = await timed(tm, 'open', () => openBackup(file)); // manifest, settings checked
  // The page files, originals and images are read, parsed and checked by a worker of this restore.
  const reader = backupPages(file, zip, opts.keepPages ?? KEEP_PAGE_BYTES, opts.reader, tm);
  try {
    return await restoreFrom(reader, manifest, settings, mode, db, opts);
  } finally {
    reader.close();
  }
}

async function restoreFrom(
  reader: BackupPages,
  manifest: BackupManifest,
  settings: Record<string, unknown> | null,
  mode: RestoreMode,
  db: OffprintDB,
  opts: RestoreOptions,
): Promise<RestoreSummary> {
  const tm = opts.timings;
  // Every page is checked before anything is written (and the user asked before deleting on the other browsers),
  // but the write pass does not wait for the whole check to start: the check runs in the reader's worker, ahead
  // of it, and the write pass reads and sanitizes each page once it is checked, holding its first write (and so
  // at most a batch) until the check has ended. Until session 26 the page's thread sat idle during the check.
  const into = { pages: { skipped: [], skip: new Map() } as CheckedPages, found: new Set<string>() };
  const pageChecked = manifest.pages.map(() => promiseWithResolvers<void>());
  const checked = timed(tm, 'validate', () =>
    walk(
      reader,
      manifest,
      mode,
      db,
      { signal: opts.signal, syncOn: opts.syncOn },
      { into, pageDone: (k) => pageChecked[k].resolve() },
    ),
  ).then((c) => {
    if (c.summary.removedEverywhere > 0 && !opts.deleteEverywhere)
      throw new RestoreNeedsConsent(c.summary.removedEverywhere);
    return c;
  });
  // A check that fails stops the write pass where it is (no page past it is read, nothing is written).
  checked.catch((e) => pageChecked.forEach((p) => p.reject(e)));
  let checkEnded = false;
  void checked.then(
    () => (checkEnded = true),
    () => undefined,
  );
  const prepare = opts.prepareHtml ?? ((html: string) => sanitizeHtml(html));
  // Writes every page, recorded under this restore's id. Pipelined: a batch's write runs while the next pages
  // are read (or taken from memory) and sanitized (the main thread's work overlaps IndexedDB's); one write at a time.
  const maxArticles = opts.batch?.articles ?? WRITE_ARTICLES;
  const maxBytes = opts.batch?.bytes ?? WRITE_BYTES;
  const eager = opts.batch?.eager ?? true;
  let unindexed = 0;
  const indexEvery = opts.indexEvery ?? INDEX_EVERY;
  // The words of the rows written since the last merge, word → ids: the merge takes them from here instead of
  // reading the rows back (utils/search/known-terms.ts).
  const known = new KnownTerms();
  const writeAll = async (importId: string) => {
    // The batch being written: its terms awaited, its rows built, its transaction, the merge after it. One at a time.
    let inFlight: Promise<void> = Promise.resolve();
    let writing = false;
    const settle = () => inFlight.catch(() => undefined);
    // Rows of the pages read since the last write: several pages go in one transaction (a transaction per
    // page cost most of a restore's time), up to maxArticles rows or maxBytes of text, originals and images.
    let batch: BulkArticle[] = [];
    // Each row's search terms (as ids until the row is built: see TermIds) and word counts, made by the restore's
    // worker as it read the row's page (since session 26; a terms worker of their own before, sent each page's texts).
    let terms: Pick<GoodRecord, 'terms' | 'measure'>[] = [];
    let batchBytes = 0;
    // Builds and writes one batch (after the whole check, for the first). Its rows, their terms and the built rows
    // are let go when it returns: the index merge that may follow (seconds, at the end) holds none of them.
    const write = async (rows: BulkArticle[], making: Pick<GoodRecord, 'terms' | 'measure'>[]) => {
      await timed(tm, 'wait for check', () => checked); // the first write waits for the whole check
      const ready: BuiltArticle[] = [];
      const build = (r: BulkArticle, i: number) => {
        const { terms: ids, measure } = making[i];
        ready.push(buildBulkArticle(r, { terms: reader.terms(ids), measure }));
      };
      await timed(tm, 'build', () => runSliced(rows, build));
      throwIfAborted(opts.signal);
      await beatImport(db, importId);
      // One transaction per batch, one bulk request per table (utils/storage/bulk-write-articles.ts).
      await timed(tm, 'write', () => bulkWriteArticles(db, rows, { importId, built: ready, known, timings: tm }));
      return rows.length;
    };
    // Starts writing the rows read so far; call once the previous write has settled (awaited: its error stops here).
    const flush = () => {
      if (!batch.length) return;
      const written = write(batch, terms);
      batch = [];
      terms = [];
      batchBytes = 0;
      writing = true;
      // The page goes on reading and sanitizing the next pages meanwhile.
      inFlight = (async () => {
        try {
          // The words go into the search index in this flow, INDEX_EVERY rows at a time: the background's
          // compaction waits while a restore runs (the two would queue behind each other's transactions), and
          // a search right after the restore finds everything without reading thousands of unmerged rows.
          // Large chunks rewrite each common word's posting list once per chunk rather than once per page.
          unindexed += await written;
          if (unindexed >= indexEvery) {
            unindexed = 0;
            await timed(tm, 'index', () => compactKnownTerms(db, known, INDEX_EVERY, tm));
          }
        } finally {
          writing = false;
        }
      })();
      void settle(); // awaited before the next write or after the last; never an unhandled rejection meanwhile
    };
    const visit = async (page: PageEntry[], readNext: () => void) => {
      const todo = page.filter((p) => p.action !== 'unchanged');
      // A few Blob reads per page, not one per file. The images come back as slices of the backup file
      // (their bytes checked, not copied): IndexedDB reads them from the file when it stores them. Read while
      // the page is sanitized (until session 23 the thread waited for them first): `files` is what is left
      // to wait for after sanitizing.
      // One pass for both kinds: a page's originals and images alternate in the archive, and reading them apart
      // read the page's stretch of the file twice (until session 25: twice the reads and the ArrayBuffers to collect).
      const reading = reader.files(
        todo.flatMap((p) => (p.rec.original ? [p.rec.original.file] : [])),
        new Map(todo.flatMap((p) => recordImageTypes(p.rec))),
      );
      reading.catch(() => undefined); // awaited below; never an unhandled rejection if sanitizing throws
      readNext();
      // Restored HTML is untrusted like imported HTML: sanitized before it is stored (DOM work, outside the
      // transaction). This loop (and the rows' build before a write) gives way every few ms: the running
      // write's IndexedDB answers (and the file reads above) are handled on this thread too, and would
      // otherwise wait for the whole page.
      await timed(tm, 'sanitize', () =>
        runSliced(todo, (p) => {
          if (p.rec.content) p.rec.content = { ...p.rec.content, html: prepare(p.rec.content.html) };
        }),
      );
      const { bytes: originals, blobs: images } = await timed(tm, 'files', () => reading);
      const t = performance.now();
      const files = todo.map((p) => recordFiles(p.rec, originals, images));
      throwIfAborted(opts.signal);
      const rows = todo.map((p, i) => toBulkArticle(p.rec, files[i], p.existing));
      if (tm) tm['read pages: rows'] = (tm['read pages: rows'] ?? 0) + performance.now() - t;
      // Tokenized and counted by the worker that read the page (pageJobs), while this thread sanitized.
      for (const p of todo) terms.push({ terms: p.terms, measure: p.measure });
      for (const row of rows) {
        batch.push(row);
        batchBytes += bulkArticleBytes(row);
      }
      // A full batch waits for the write before it (memory holds two batches at most). Otherwise the rows go as
      // soon as the writer is free (`eager`): while the page's thread is the slower one (sanitizing), batches
      // stay small and the last one, which nothing overlaps, is a page or two rather than a full batch.
      const full = batch.length >= maxArticles || batchBytes >= maxBytes;
      if (full || (eager && !writing)) {
        // The previous batch's write (its error stops here); `: check` is the part before the check had ended.
        await timed(tm, checkEnded ? 'wait for write' : 'wait for write: check', () => inFlight);
        flush();
      }
    };
    let walked: Awaited<ReturnType<typeof walk>>;
    try {
      walked = await walk(reader, manifest, mode, db, opts, {
        visit,
        existedBefore: into.found,
        checked: into.pages,
        ready: (k) => pageChecked[k].promise,
        checkedAll: checked,
      });
      // The tail: the last write and its merge, after the last page (`wait for write: end`).
      await timed(tm, 'wait for write: end', async () => {
        await inFlight;
        flush();
        await inFlight;
      });
    } catch (e) {
      // Rolling back while a write still runs could miss its rows: let it end first.
      await settle();
      throw e;
    }
    await timed(tm, 'last index', () => compactKnownTerms(db, known, INDEX_EVERY, tm));
    // The new records are complete: collect their ids for replace mode's sweep.
    for (const id of importedIds(await importRows(db, importId))) walked.kept.add(id);
    if (mode === 'replace') {
      walked.summary.removed = (await db.articles.count()) - walked.kept.size;
      if (walked.summary.removedEverywhere) walked.summary.removedEverywhere = walked.summary.removed;
    }
    // Point of no return once this returns: the backup's records are made final first, so a page that
    // dies while replace mode deletes the others leaves extra old articles behind, never missing ones.
    return walked;
  };
  let result: Awaited<ReturnType<typeof walk>>;
  try {
    const t = performance.now();
    result = (await undoableImport(db, (id) => timed(tm, 'all pages', () => writeAll(id)))).written;
    if (tm) {
      // The write pass's own time is files, sanitize, waits for the write and the last index; the rest is
      // reading and checking its pages again. `terms`, `build`, `write` and `index` overlap the next pages' work.
      // `wait for write` is the whole wait for the writer; `: check` (before the check had ended) and `: end` (after
      // the last page) are parts of it.
      const waits = ['wait for write', 'wait for write: check', 'wait for write: end'];
      tm['wait for write'] = waits.reduce((sum, k) => sum + (tm[k] ?? 0), 0);
      const own = ['files', 'sanitize', 'wait for write', 'last index'];
      tm['read pages'] = tm['all pages'] - own.reduce((sum, k) => sum + (tm[k] ?? 0), 0);
      tm.commit = performance.now() - t - tm['all pages'];
      delete tm['all pages'];
    }
  } catch (e) {
    // Everything written is rolled back by now.
    if (isUniqueClash(e))
      throw new BackupError(
        'An article of the backup is already in this library under the same address (was it saved while the ' +
          'restore ran?). Nothing was changed: restore again to merge it.',
      );
    throw e instanceof ZipError ? new BackupError(`The backup is damaged, nothing was changed: ${e.message}`) : e;
  }
  if (mode === 'replace') await deleteOthers(db, result.kept);
  if (settings) await (opts.writeSettings ?? defaultWriteSettings)(settings, mode);
  return result.summary;
}
