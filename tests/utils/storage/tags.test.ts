import { beforeEach, describe, expect, it } from 'vitest';
import { OffprintDB } from '@/utils/storage/db';
import { saveArticle } from '@/utils/storage/save-article';
import { addTag, deleteTag, listTags, normalizeTag, removeTag, renameTag } from '@/utils/storage/tags';
import { searchArticles } from '@/utils/search/search-articles';
import { makeArticle } from '../../helpers/make-article';

let db: OffprintDB;
let a: number, b: number, c: number;
const tagsOf = async (id: number) => (await db.articles.get(id))!.tags;

beforeEach(async () => {
  db = new OffprintDB(`test-${crypto.randomUUID()}`);
  a = (await saveArticle(makeArticle('https://x.example/a', 'alpha'), db)).id;
  b = (await saveArticle(makeArticle('https://x.example/b', 'beta'), db)).id;
  c = (await saveArticle(makeArticle('https://x.example/c', 'gamma'), db)).id;
});

describe('tags', () => {
  it('normalizes tags: trimmed, lower case, single spaces', () => {
    expect(normalizeTag('  Long   Reads ')).toBe('long reads');
    expect(normalizeTag('   ')).toBe('');
  });

  it('adds a tag once to many articles and lists tags with counts, most used first', async () => {
    await addTag([a, b], 'Climate', db);
    await addTag([a], 'climate', db);
    await addTag([c], 'art', db);
    expect(await tagsOf(a)).toEqual(['climate']);
    expect(await listTags(db)).toEqual([
      { tag: 'climate', count: 2 },
      { tag: 'art', count: 1 },
    ]);
  });

  it('ignores an empty tag', async () => {
    await addTag([a], '  ', db);
    expect(await tagsOf(a)).toEqual([]);
  });

  it('removes a tag from the given articles only', async () => {
    await addTag([a, b], 'x', db);
    await removeTag([a], 'x', db);
    expect(await tagsOf(a)).toEqual([]);
    expect(await tagsOf(b)).toEqual(['x']);
  });

  it('renames a tag across the library, merging into an existing one', async () => {
    await addTag([a, b], 'old', db);
    await addTag([b, c], 'new', db);
    expect(await renameTag('old', ' New ', db)).toBe(2);
    expect(await tagsOf(a)).toEqual(['new']);
    expect(await tagsOf(b)).toEqual(['new']);
    expect(await listTags(db)).toEqual([{ tag: 'new', count: 3 }]);
    expect((await searchArticles('tag:new', 'all', 'newest', db)).ids).toHaveLength(3);
  });

  it('deletes a tag everywhere and returns the ids it was on', async () => {
    await addTag([a, c], 'gone', db);
    expect((await deleteTag('gone', db)).sort()).toEqual([a, c].sort());
    expect(await listTags(db)).toEqual([]);
  });
});

describe('tags in any case (issue 17)', () => {
  it('splits what is typed at commas: "Food, Howto" is two tags', async () => {
    await addTag([a], 'Food, Howto', db);
    await addTag([b], ' , travel,,', db);
    expect(await tagsOf(a)).toEqual(['food', 'howto']);
    expect(await tagsOf(b)).toEqual(['travel']);
  });

  it('finds an imported "Travel" by tag:travel and by the tag list’s click', async () => {
    const { importItems } = await import('@/utils/data/import/import-items');
    const { parsePocketCsv } = await import('@/utils/data/import/parse-pocket-csv');
    const csv =
      'title,url,time_added,tags,status\nA trip,https://x.example/trip,1700000000,Travel|Long  Reads,unread\n';
    const parsed = parsePocketCsv(csv, 'part_000000.csv');
    await importItems(parsed.items, { db });
    const [trip] = await db.articles.where('url').equals('https://x.example/trip').toArray();
    expect(trip.tags).toEqual(['travel', 'long reads']);
    expect((await listTags(db)).map((t) => t.tag)).toContain('travel');
    // The tag list's click searches `tag:travel`; typing `tag:Travel` finds it too.
    expect((await searchArticles('tag:travel', 'all', 'newest', db)).ids).toEqual([trip.id]);
    expect((await searchArticles('tag:Travel', 'all', 'newest', db)).ids).toEqual([trip.id]);
  });

  it('finds and edits a tag stored in another case (a library not yet through the merge)', async () => {
    await db.articles.update(a, { tags: ['Travel'] });
    await db.articles.update(b, { tags: ['travel'] });
    expect((await searchArticles('tag:travel', 'all', 'newest', db)).ids.sort()).toEqual([a, b].sort());
    expect((await searchArticles('tag:TRAVEL', 'all', 'newest', db)).ids.sort()).toEqual([a, b].sort());
    await renameTag('travel', 'trips', db);
    expect(await tagsOf(a)).toEqual(['trips']);
    expect(await tagsOf(b)).toEqual(['trips']);
    expect((await deleteTag('Trips', db)).sort()).toEqual([a, b].sort());
    expect(await tagsOf(a)).toEqual([]);
  });
});
