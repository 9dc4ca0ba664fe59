import { getDb, type OffprintDB } from './db';

/** A tag and how many articles carry it. */
export interface TagCount {
  tag: string;
  count: number;
}

/** The tag as stored: trimmed, lower case, inner spaces collapsed; '' when nothing is left. */
export function normalizeTag(tag: string): string {
  return tag.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Every tag in the library with its article count, most used first (reads the tags index only). */
export async function listTags(db: OffprintDB = getDb()): Promise<TagCount[]> {
  const counts = new Map<string, number>();
  for (const t of (await db.articles.orderBy('tags').keys()) as string[]) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

async function editTags(ids: number[], db: OffprintDB, edit: (tags: string[]) => string[]): Promise<void> {
  const now = Date.now();
  await db.transaction('rw', db.articles, async () => {
    await db.articles
      .where('id')
      .anyOf(ids)
      .modify((a) => {
        a.tags = [...new Set(edit(a.tags ?? []))];
        a.updatedAt = now;
      });
  });
}

/** Adds a tag to the articles (no duplicates). */
export async function addTag(ids: number[], tag: string, db: OffprintDB = getDb()): Promise<void> {
  const t = normalizeTag(tag);
  if (t) await editTags(ids, db, (tags) => [...tags, t]);
}

/** Removes a tag from the articles. */
export async function removeTag(ids: number[], tag: string, db: OffprintDB = getDb()): Promise<void> {
  await editTags(ids, db, (tags) => tags.filter((x) => x !== tag));
}

/** Renames a tag across the library (merging into an existing tag of the new name); returns the count changed. */
export async function renameTag(from: string, to: string, db: OffprintDB = getDb()): Promise<number> {
  const target = normalizeTag(to);
  if (!target || target === from) return 0;
  const ids = (await db.articles.where('tags').equals(from).primaryKeys()) as number[];
  await editTags(ids, db, (tags) => tags.map((x) => (x === from ? target : x)));
  return ids.length;
}

/** Removes a tag from every article that has it; returns those ids (for undo). */
export async function deleteTag(tag: string, db: OffprintDB = getDb()): Promise<number[]> {
  const ids = (await db.articles.where('tags').equals(tag).primaryKeys()) as number[];
  await removeTag(ids, tag, db);
  return ids;
}
