import { readSnapshot, writeSnapshot, type ArticleSnapshot } from '@/utils/storage/save-article';
import { getDb, type OffprintDB } from '@/utils/storage/db';
import { removeArticleRows } from '@/utils/storage/remove-article-rows';
import { dropImportRows, importRows } from '@/utils/storage/import-rows';
import { localImports } from './local-imports';

/** Rows per write transaction during imports and restores (each batch commits on its own). */
export const IMPORT_BATCH = 200;

/** A fresh id for the rows an import writes (tagged, or recorded beside them), so it can be undone as a whole. */
export function newImportId(): string {
  return `import-${Date.now().toString(36)}-${crypto.randomUUID().slice(0, 8)}`;
}

/** Rows untagged per request when an import is made final. */
const COMMIT_BATCH = 2000;

/** An import whose page stopped (tab closed, browser crashed) stops beating; after this long it is rolled back. */
export const IMPORT_STALE_MS = 2 * 60_000;

/** Another import or restore is writing to the library (in another tab, or one whose tab just closed). */
export class ImportBusyError extends Error {
  constructor() {
    super(
      'Another import or restore is still running, perhaps in another tab. Nothing was changed: try again when ' +
        'it has finished (one whose tab was closed is undone after two minutes).',
    );
    this.name = 'ImportBusyError';
  }
}

/** Marks an import as running (meta row `import:<id>` with a heartbeat); call again after every batch. */
export async function beatImport(db: OffprintDB, importId: string, now = Date.now()): Promise<void> {
  await db.meta.put({ key: `import:${importId}`, value: now });
}

/** True while an import or a restore is writing somewhere (its heartbeat is fresher than IMPORT_STALE_MS). */
export async function importRunning(db: OffprintDB = getDb(), now = Date.now()): Promise<boolean> {
  const beats = await db.meta.where('key').startsWith('import:').toArray();
  return beats.some((m) => Number(m.value) > now - IMPORT_STALE_MS);
}

/** Rolls back imports whose page stopped mid-way (no heartbeat for IMPORT_STALE_MS); returns how many. */
export async function recoverInterruptedImports(db: OffprintDB = getDb(), now = Date.now()): Promise<number> {
  const stale = await db.meta
    .where('key')
    .startsWith('import:')
    .filter((m) => typeof m.value !== 'number' || now - m.value > IMPORT_STALE_MS)
    .toArray();
  for (const m of stale) {
    await rollbackImport(db, m.key.slice('import:'.length));
    await db.meta.delete(m.key);
  }
  return stale.length;
}

/** Every table an import or restore writes, for its transactions. */
export function importTables(db: OffprintDB) {
  return [
    db.articles,
    db.contents,
    db.originals,
    db.searchTerms,
    db.meta,
    db.images,
    db.highlights,
    db.queue,
    db.importUndo,
  ];
}

/**
 * Before an import changes an existing article, keeps its current state in importUndo (inside the
 * caller's transaction). Rows already tagged with this import were created or kept by it: skipped.
 */
export async function stashForUndo(db: OffprintDB, importId: string, articleId: number): Promise<void> {
  // Cheap check first: rows this import already touched need no stash (and their images stay unread).
  if ((await db.articles.get(articleId))?.importId === importId) return;
  const snapshot = await readSnapshot(db, articleId);
  if (snapshot) await db.importUndo.add({ importId, articleId, snapshot });
}

/**
 * Undoes an import: puts back every article it changed, then deletes every article it added (recorded beside
 * the rows by bulk writes, or tagged on them by imports of lists). Each step commits with the records it used
 * up, so a rollback cut short is finished later without touching anything twice.
 */
export async function rollbackImport(db: OffprintDB, importId: string): Promise<void> {
  await beatImport(db, importId); // a rollback cut short is finished by recoverInterruptedImports later
  for (;;) {
    const undo = await db.importUndo.where('importId').equals(importId).limit(IMPORT_BATCH).toArray();
    if (!undo.length) break;
    await db.transaction('rw', importTables(db), async () => {
      await removeArticleRows(
        db,
        undo.map((u) => u.articleId),
      );
      for (const u of undo) await writeSnapshot(db, u.snapshot as ArticleSnapshot);
      await db.importUndo.bulkDelete(undo.map((u) => u.id!));
    });
  }
  for (const { id, rows } of await importRows(db, importId)) {
    await db.transaction('rw', importTables(db), async () => {
      await removeArticleRows(db, rows.added);
      await db.importUndo.delete(id);
    });
  }
  for (;;) {
    const ids = (await db.articles.where('importId').equals(importId).limit(IMPORT_BATCH).primaryKeys()) as number[];
    if (!ids.length) break;
    await db.transaction('rw', importTables(db), () => removeArticleRows(db, ids));
  }
  await db.meta.delete(`import:${importId}`);
}

/**
 * Writes an import or a restore as one undoable whole: `write` tags or records every row it writes with the id it is
 * given (and beats with it); when `write` throws, all it wrote is rolled back and the error rethrown,
 * otherwise the import is made final.
 */
export function undoableImport<T>(
  db: OffprintDB,
  write: (importId: string) => Promise<T>,
): Promise<{ importId: string; written: T }> {
  return localImports.track(writeUndoably(db, write));
}

async function writeUndoably<T>(
  db: OffprintDB,
  write: (importId: string) => Promise<T>,
): Promise<{ importId: string; written: T }> {
  // One at a time: two imports over the same articles would each undo or delete what the other wrote. One
  // whose page stopped is rolled back first, once its heartbeat is stale.
  await recoverInterruptedImports(db);
  if (await importRunning(db)) throw new ImportBusyError();
  const importId = newImportId();
  let written: T;
  try {
    written = await write(importId);
  } catch (e) {
    await rollbackImport(db, importId);
    throw e;
  }
  await commitImport(db, importId);
  return { importId, written };
}

/**
 * Makes an import final: drops its undo copies and the records of what it wrote (one transaction, no row
 * rewritten), then the tag on rows an import of lists tagged (so records stay as exported).
 */
export async function commitImport(db: OffprintDB, importId: string): Promise<void> {
  await beatImport(db, importId);
  await db.transaction('rw', [db.importUndo], () =>
    Promise.all([db.importUndo.where('importId').equals(importId).delete(), dropImportRows(db, importId)]),
  );
  // Large batches, one bulkPut each: the tags come off thousands of rows in a few requests.
  for (;;) {
    const rows = await db.articles.where('importId').equals(importId).limit(COMMIT_BATCH).toArray();
    if (!rows.length) break;
    await db.articles.bulkPut(rows.map(({ importId: _, ...row }) => row));
  }
  await db.meta.delete(`import:${importId}`);
}
