import type { Highlight, HighlightColor, TextPosition } from '@/utils/article';
import { getDb, type OffprintDB } from '@/utils/storage/db';
import { reindexArticle } from '@/utils/storage/write-article';
import { boundTo } from '@/utils/storage/bound-to';

/**
 * Writes an article's search terms again with its notes' words, after a note was added, changed or
 * removed: the article builder's own path (reindexArticle), never a direct index write.
 */
export async function reindexNotes(db: OffprintDB, articleId: number): Promise<void> {
  await reindexArticle(db, articleId);
}

/** What the reader knows when the user highlights a selection. */
export interface NewHighlight {
  articleId: number;
  quote: string;
  prefix: string;
  suffix: string;
  position: TextPosition;
  color: HighlightColor;
  note?: string | null;
  /** The body version it was made on (ArticleContent.updatedAt): it is anchored there. */
  contentAt: number;
}

const byPosition = (a: Highlight, b: Highlight) =>
  (a.position?.start ?? Infinity) - (b.position?.start ?? Infinity) || a.createdAt - b.createdAt;

/** An article's highlights (not deleted), in reading order; those never anchored come last, oldest first. */
export async function listHighlights(articleId: number, db: OffprintDB = getDb()): Promise<Highlight[]> {
  const rows = await db.highlights.where('[deleted+articleId]').equals([0, articleId]).toArray();
  return rows.sort(byPosition);
}

/** Stores a new highlight with a fresh global id; returns it with its row id. */
export async function addHighlight(h: NewHighlight, db: OffprintDB = getDb(), now = Date.now()): Promise<Highlight> {
  const { contentAt, ...fields } = h;
  const row: Highlight = {
    ...fields,
    gid: crypto.randomUUID(),
    note: h.note?.trim() ? h.note : null,
    createdAt: now,
    updatedAt: now,
    deleted: 0,
    anchor: { contentAt, found: true },
  };
  row.id = (await db.highlights.add(row)) as number;
  if (row.note) await reindexNotes(db, row.articleId);
  return row;
}

/** Changes a highlight's colour or note (an empty note removes it) and stamps updatedAt. */
export async function updateHighlight(
  id: number,
  changes: { color?: HighlightColor; note?: string | null },
  db: OffprintDB = getDb(),
  now = Date.now(),
): Promise<void> {
  const patch: Partial<Highlight> = { updatedAt: now };
  if (changes.color) patch.color = changes.color;
  if (changes.note !== undefined) patch.note = changes.note?.trim() ? changes.note : null;
  await db.highlights.update(id, patch);
  if (changes.note !== undefined) await reindexOf(db, id);
}

/** Deletes a highlight: it becomes a tombstone (deleted, updatedAt stamped) so a merge does not bring it back. */
export async function deleteHighlight(id: number, db: OffprintDB = getDb(), now = Date.now()): Promise<void> {
  await db.highlights.update(id, { deleted: 1, updatedAt: now });
  await reindexOf(db, id, true);
}

/** Re-indexes the article of a highlight (only when it has a note, if `ifNote`). */
async function reindexOf(db: OffprintDB, id: number, ifNote = false): Promise<void> {
  const h = await db.highlights.get(id);
  if (h && (!ifNote || h.note)) await reindexNotes(db, h.articleId);
}

/** Undo of deleteHighlight: the highlight is live again, with a newer updatedAt than its tombstone. */
export async function undeleteHighlight(id: number, db: OffprintDB = getDb(), now = Date.now()): Promise<void> {
  await db.highlights.update(id, { deleted: 0, updatedAt: now });
  await reindexOf(db, id, true);
}

/**
 * Stores what anchoring learnt (the local anchor cache, position and context), in one transaction.
 * updatedAt is not stamped: finding a highlight again is not a change the user made.
 */
export async function saveAnchors(
  updates: { id: number; changes: Partial<Pick<Highlight, 'anchor' | 'position' | 'prefix' | 'suffix'>> }[],
  db: OffprintDB = getDb(),
): Promise<void> {
  if (!updates.length) return;
  await db.transaction('rw', db.highlights, async (tx) => {
    const t = boundTo(db, tx); // several awaits: see boundTo
    for (const u of updates) await t.highlights.update(u.id, u.changes);
  });
}
