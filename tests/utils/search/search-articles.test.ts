import { beforeEach, describe, expect, it } from 'vitest';
import { OffprintDB, setDb } from '@/utils/storage/db';
import { deleteArticle, restoreArticle, saveArticle, updateArticle } from '@/utils/storage/save-article';
import { firstRows, orderedIds, readCatalogue, searchArticles } from '@/utils/search/search-articles';
import { compactSearchIndex } from '@/utils/search/search-index';
import { makeArticle } from '../../helpers/make-article';
import { addHighlight, deleteHighlight, updateHighlight } from '@/utils/highlights/highlight-store';

let db: OffprintDB;
const ids: Record<string, number> = {};

async function add(key: string, text: string, over = {}, at = 0) {
  ids[key] = (await saveArticle(makeArticle(`https://${key}.example/${key}`, text, over), db, 1000 + at)).id;
}
let compacted = false;
const titles = async (
  q: string,
  view: Parameters<typeof searchArticles>[1] = 'all',
  sort: Parameters<typeof searchArticles>[2] = 'newest',
) => {
  if (compacted) await compactSearchIndex(db);
  return (await searchArticles(q, view, sort, db)).ids.map((id) => Object.keys(ids).find((k) => ids[k] === id));
};

beforeEach(async () => {
  db = new OffprintDB(`test-${crypto.randomUUID()}`);
  setDb(db);
  await add(
    'oil',
    'Oil prices rose as the Middle East talks stalled in Geneva on Monday.',
    { title: 'Markets today', byline: 'Ana Lima' },
    1,
  );
  await add('peace', 'Talks on peace in the Middle East resumed. Negotiators met twice.', { title: 'Diplomacy' }, 2);
  await add(
    'cafe',
    'A short note about a café in Zürich with sanctions-free coffee and a long, long text here.',
    { title: 'Coffee', siteName: 'Daily Brew' },
    3,
  );
  await updateArticle(ids.cafe, { status: 'archived', favorite: 1, tags: ['food', 'long reads'] }, db);
});

describe.each([false, true])('searchArticles (index compacted: %s)', (compact) => {
  beforeEach(() => {
    compacted = compact;
  });

  it('has:highlights and has:notes keep articles with live highlights (with notes); notes are searched', async () => {
    const h = await addHighlight(
      {
        articleId: ids.oil,
        quote: 'Oil prices rose',
        prefix: '',
        suffix: '',
        position: { start: 0, end: 15 },
        color: 'yellow',
        contentAt: 1,
      },
      db,
    );
    const n = await addHighlight(
      {
        articleId: ids.peace,
        quote: 'Negotiators met twice',
        prefix: '',
        suffix: '',
        position: { start: 44, end: 65 },
        color: 'blue',
        note: 'Remember the ceasefire timeline',
        contentAt: 1,
      },
      db,
    );
    expect(await titles('has:highlights')).toEqual(['peace', 'oil']);
    expect(await titles('has:notes')).toEqual(['peace']);
    expect(await titles('has:highlights talks')).toEqual(['peace', 'oil']);
    expect(await titles('ceasefire')).toEqual(['peace']);
    expect(await titles('"ceasefire timeline"')).toEqual(['peace']);
    expect(await titles('"middle east" "remember the ceasefire"')).toEqual(['peace']);
    await deleteHighlight(n.id!, db);
    expect(await titles('has:notes')).toEqual([]);
    expect(await titles('ceasefire')).toEqual([]);
    expect(await titles('has:highlights')).toEqual(['oil']);
    await updateHighlight(h.id!, { note: 'crude benchmark' }, db);
    expect(await titles('crude')).toEqual(['oil']);
    // A re-save (or re-extract) of the article keeps its notes searchable.
    await saveArticle(makeArticle(`https://oil.example/oil`, 'Oil prices fell.', { title: 'Markets today' }), db, 5000);
    expect(await titles('crude')).toEqual(['oil']);
  });

  it('lists the view newest first when the query is empty', async () => {
    expect(await titles('', 'all')).toEqual(['cafe', 'peace', 'oil']);
    expect(await titles('', 'unread')).toEqual(['peace', 'oil']);
    expect(await titles('', 'archived')).toEqual(['cafe']);
    expect(await titles('', 'favorites')).toEqual(['cafe']);
  });

  it('sorts oldest first and shortest first', async () => {
    expect(await titles('', 'all', 'oldest')).toEqual(['oil', 'peace', 'cafe']);
    expect(await titles('', 'all', 'shortest')).toEqual(['peace', 'oil', 'cafe']);
  });

  it('finds articles by a body word, accent- and case-insensitively', async () => {
    expect(await titles('geneva ')).toEqual(['oil']);
    expect(await titles('ZURICH ')).toEqual(['cafe']);
  });

  it('finds by title, byline and site words', async () => {
    expect(await titles('diplomacy ')).toEqual(['peace']);
    expect(await titles('lima ')).toEqual(['oil']);
    expect(await titles('brew ')).toEqual(['cafe']);
  });

  it('requires every word', async () => {
    expect(await titles('middle east ')).toEqual(['peace', 'oil']);
    expect(await titles('middle geneva ')).toEqual(['oil']);
    expect(await titles('middle zurich ')).toEqual([]);
  });

  it('matches the word being typed as a prefix', async () => {
    expect(await titles('negot')).toEqual(['peace']);
    expect(await titles('middle negot')).toEqual(['peace']);
    expect(await titles('negot ')).toEqual([]);
  });

  it('verifies quoted phrases against the text', async () => {
    expect(await titles('"middle east talks"')).toEqual(['oil']);
    expect(await titles('"peace in the middle east"')).toEqual(['peace']);
    expect(await titles('"east middle"')).toEqual([]);
    expect(await titles('"cafe in zurich"')).toEqual(['cafe']);
    expect(await titles('"Zürich with"')).toEqual(['cafe']);
  });

  it('checks a phrase in the first candidates only when asked (first screen), and says so', async () => {
    const quick = await searchArticles('"middle east"', 'all', 'newest', db, undefined, 1);
    expect(quick).toEqual({ ids: [ids.peace], partial: true });
    expect((await searchArticles('"middle east"', 'all', 'newest', db)).partial).toBe(false);
  });

  it('applies is: to the kept catalogue in the All view as the list does', async () => {
    if (compacted) await compactSearchIndex(db);
    const cat = await readCatalogue(db, 'newest');
    expect(cat.ids).toEqual(await orderedIds(db, null, null, 'newest'));
    expect((await searchArticles('is:archived', 'all', 'newest', db, cat)).ids).toEqual([ids.cafe]);
    expect((await searchArticles('is:unread talks ', 'all', 'newest', db, cat)).ids).toEqual([ids.peace, ids.oil]);
  });

  it('gives the same lists from the kept catalogue as from the indexes in each view, sort and is: filter', async () => {
    if (compacted) await compactSearchIndex(db);
    await updateArticle(ids.oil, { favorite: 1 }, db);
    for (const sort of ['newest', 'oldest', 'shortest'] as const) {
      const cat = await readCatalogue(db, sort);
      for (const view of ['unread', 'archived', 'favorites', 'all'] as const) {
        for (const q of [
          '',
          'is:unread',
          'is:archived',
          'is:favorite',
          'is:unread is:favorite',
          'talks ',
          'is:archived coffee ',
          '"middle east"',
        ]) {
          expect((await searchArticles(q, view, sort, db, cat)).ids, `${view} ${sort} ${q}`).toEqual(
            (await searchArticles(q, view, sort, db)).ids,
          );
        }
      }
    }
    const cat = await readCatalogue(db, 'newest');
    // the view's status stays
    expect((await searchArticles('is:favorite', 'unread', 'newest', db, cat)).ids).toEqual([ids.oil]);
    expect((await searchArticles('is:favorite', 'all', 'newest', db, cat)).ids).toEqual([ids.cafe, ids.oil]);
    expect((await searchArticles('is:archived', 'unread', 'newest', db, cat)).ids).toEqual([ids.cafe]);
  });

  it("reads the first rows of every view and sort in the list's order", async () => {
    for (const sort of ['newest', 'oldest', 'shortest'] as const)
      for (const view of ['unread', 'archived', 'favorites', 'all'] as const) {
        const ids = (await searchArticles('', view, sort, db)).ids;
        expect(
          (await firstRows(view, sort, 2, db)).map((r) => r.id),
          `${view} ${sort}`,
        ).toEqual(ids.slice(0, 2));
      }
  });

  it('filters by is:, tag: and site:, and operators override the view', async () => {
    expect(await titles('is:archived', 'unread')).toEqual(['cafe']);
    expect(await titles('is:favorite')).toEqual(['cafe']);
    expect(await titles('tag:"long reads"')).toEqual(['cafe']);
    expect(await titles('tag:nothing')).toEqual([]);
    expect(await titles('site:www.oil.example')).toEqual(['oil']);
    expect(await titles('is:unread talks ')).toEqual(['peace', 'oil']);
  });

  it('follows saves, edits and deletes', async () => {
    await add('new', 'Geneva again, a fresh report.', {}, 4);
    expect(await titles('geneva ')).toEqual(['new', 'oil']);
    await saveArticle(makeArticle('https://oil.example/oil', 'Rewritten without the city.'), db, 5000);
    expect(await titles('geneva ')).toEqual(['new']);
    const snap = await deleteArticle(ids.new, db);
    expect(await titles('geneva ')).toEqual([]);
    await restoreArticle(snap!, db);
    expect(await titles('geneva ')).toEqual(['new']);
  });
});

describe('imported articles', () => {
  it('are found by a word of their body, before and after compaction', async () => {
    const { importItems } = await import('@/utils/data/import/import-items');
    const item = {
      url: 'https://imp.example/a',
      title: 'Imported',
      tags: [],
      status: 'unread' as const,
      favorite: false,
      savedAt: 5,
      progress: null,
      html: '<p>The lighthouse keeper wrote letters every winter.</p>',
      excerpt: null,
      byline: null,
      highlights: [],
    };
    await importItems([item as never], { db });
    const found = async () => (await searchArticles('lighthouse ', 'all', 'newest', db)).ids.length;
    expect(await found()).toBe(1);
    await compactSearchIndex(db);
    expect(await found()).toBe(1);
  });
});
