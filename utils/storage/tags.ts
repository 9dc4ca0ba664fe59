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

/** Tags as stored: each normalized (so "Travel" and "travel" are one tag), duplicates and empties dropped. */
export function cleanTagList(tags: unknown[]): string[] {
  return [...new Set(tags.map((t) => normalizeTag(String(t ?? ''))).filter(Boolean))];
}

/** The tags typed in one field: a comma separates them ("Food, Howto" is two tags). */
export function splitTags(input: string): string[] {
  return cleanTagList(input.split(','));
}

/**
 * Every tag in the library with its article count, most used first (reads the tags index only): one step of a
 * cursor per distinct tag, then one count per tag, all sent at once. Walking every key of the index (one step
 * per tag of every article, each answered on the page's thread) took seconds in a 10,000-article library, and
 * the options page runs this after every write (docs/backup.md, session 24).
 */
export async function listTags(db: OffprintDB = getDb()): Promise<TagCount[]> {
  const tags = (await db.articles.orderBy('tags').uniqueKeys()) as string[];
  const counts = await Promise.all(tags.map((t) => db.articles.where('tags').equals(t).count()));
  return tags
    .map((tag, i) => ({ tag, count: counts[i] }))
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

/** Adds a tag to the articles (no duplicates); "Food, Howto" adds two. */
export async function addTag(ids: number[], tag: string, db: OffprintDB = getDb()): Promise<void> {
  const add = splitTags(tag);
  if (add.length) await editTags(ids, db, (tags) => cleanTagList([...tags, ...add]));
}

/** Removes a tag from the articles (in any case: "Travel" is "travel"). */
export async function removeTag(ids: number[], tag: string, db: OffprintDB = getDb()): Promise<void> {
  const t = normalizeTag(tag);
  await editTags(ids, db, (tags) => tags.filter((x) => normalizeTag(x) !== t));
}

/** Ids of the articles with a tag, in any case (a library not yet through the schema 3 rewrite may hold "Travel"). */
export async function taggedIds(tag: string, db: OffprintDB = getDb()): Promise<number[]> {
  const t = normalizeTag(tag);
  return t ? [...new Set((await db.articles.where('tags').equalsIgnoreCase(t).primaryKeys()) as number[])] : [];
}

/** Renames a tag across the library (merging into an existing tag of the new name); returns the count changed. */
export async function renameTag(from: string, to: string, db: OffprintDB = getDb()): Promise<number> {
  const target = normalizeTag(to);
  if (!target || target === from) return 0;
  const source = normalizeTag(from);
  const ids = await taggedIds(from, db);
  await editTags(ids, db, (tags) => cleanTagList(tags.map((x) => (normalizeTag(x) === source ? target : x))));
  return ids.length;
}

/** Removes a tag from every article that has it; returns those ids (for undo). */
export async function deleteTag(tag: string, db: OffprintDB = getDb()): Promise<number[]> {
  const ids = await taggedIds(tag, db);
  await removeTag(ids, tag, db);
  return ids;
}
