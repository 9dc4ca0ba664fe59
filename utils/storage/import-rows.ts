import type { OffprintDB } from './db';

/**
 * The articles one write of an import or restore added (deleted if it is rolled back) and replaced (their
 * earlier state is in importUndo). Kept beside the rows rather than as a tag on each row, so making the
 * import final drops a few records instead of rewriting every row it wrote.
 */
export interface ImportRows {
  added: number[];
  replaced: number[];
}

/**
 * The records live in `importUndo`, under `importId` "rows:<the import's id>" (its undo copies are under the
 * import's id itself): a table sync's flush reads without waiting for the search index's compaction, which
 * holds `meta`. No schema change: importUndo's rows carry any value.
 */
const PREFIX = 'rows:';
const recordKey = (importId: string) => `${PREFIX}${importId}`;

/** Records the articles a write of `importId` added and replaced; call inside the write's transaction. */
export async function recordImportRows(db: OffprintDB, importId: string, rows: ImportRows): Promise<void> {
  if (!rows.added.length && !rows.replaced.length) return;
  await db.importUndo.add({ importId: recordKey(importId), articleId: 0, snapshot: rows });
}

/** The records of one import, or of every import not made final yet (running, or interrupted) without `importId`. */
export async function importRows(db: OffprintDB, importId?: string): Promise<{ id: number; rows: ImportRows }[]> {
  const found = await (
    importId == null
      ? db.importUndo.where('importId').startsWith(PREFIX)
      : db.importUndo.where('importId').equals(recordKey(importId))
  ).toArray();
  return found.map((r) => ({ id: r.id!, rows: r.snapshot as ImportRows }));
}

/** Drops the records of an import (inside the caller's transaction, over importUndo). */
export async function dropImportRows(db: OffprintDB, importId: string): Promise<void> {
  await db.importUndo.where('importId').equals(recordKey(importId)).delete();
}

/** Every article id in these records (added and replaced). */
export function importedIds(records: { rows: ImportRows }[]): Set<number> {
  return new Set(records.flatMap((r) => [...r.rows.added, ...r.rows.replaced]));
}
