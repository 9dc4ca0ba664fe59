import { beforeEach, describe, expect, it } from 'vitest';
import { OffprintDB, setDb } from '@/utils/storage/db';
import { deleteArticle, restoreArticle, saveArticle, updateArticle } from '@/utils/storage/save-article';
import { FOLDS, firstRows, orderedIds, readCatalogue, searchArticles } from '@/utils/search/search-articles';
import { foldText } from '@/utils/search/search-terms';
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

describe('phrase checks', () => {
  beforeEach(() => {
    compacted = false;
  });
  // 70 articles with the phrase's words in every text, so that the phrase check reads them in three chunks.
  async function library() {
    for (let i = 0; i < 70; i++)
      await add(
        `a${i}`,
        i === 5 ? 'The harbour walls held when the storm came in.' : 'Walls of the harbour; it held, the storm came.',
        { title: `Article ${i}` },
        10 + i,
      );
  }
  const noted = (articleId: number, note: string) =>
    addHighlight(
      {
        articleId,
        quote: 'Walls of the harbour',
        prefix: '',
        suffix: '',
        position: { start: 0, end: 20 },
        color: 'yellow',
        note,
        contentAt: 1,
      },
      db,
    );

  it('finds a phrase in the text, in a highlight note, and nowhere when it is in neither', async () => {
    await library();
    await noted(ids.a60, 'The storm broke the harbour walls in the end');
    expect(await titles('"harbour walls held"')).toEqual(['a5']);
    expect(await titles('"storm broke the harbour"')).toEqual(['a60']);
    expect(await titles('"harbour walls"')).toEqual(['a60', 'a5']);
    expect(await titles('"walls harbour held"')).toEqual([]);
    // A deleted highlight's note is no longer searched.
    const h = await noted(ids.a2, 'A quiet harbour at dusk');
    expect(await titles('"quiet harbour"')).toEqual(['a2']);
    await deleteHighlight(h.id!, db);
    expect(await titles('"quiet harbour"')).toEqual([]);
  });

  it('reads highlights only for the chunks that hold a highlighted article', async () => {
    await library();
    await noted(ids.a60, 'The storm broke the harbour walls in the end');
    const anyOf: number[][] = [];
    const where = db.highlights.where.bind(db.highlights);
    db.highlights.where = ((index: string) => {
      const clause = where(index as never);
      if (index !== 'articleId') return clause;
      return Object.assign(Object.create(clause), {
        anyOf: (keys: number[]) => (anyOf.push([...keys]), clause.anyOf(keys)),
      });
    }) as typeof db.highlights.where;
    // All 70 articles are candidates: three chunks of 30 are checked (no 60 matches to stop at), and one
    // article of them has a highlight.
    const r = await searchArticles('"harbour walls"', 'all', 'newest', db);
    expect(r.ids).toEqual([ids.a60, ids.a5]);
    expect(anyOf).toEqual([[ids.a60]]);
    anyOf.length = 0;
    await deleteHighlight((await db.highlights.toArray())[0].id!, db);
    expect((await searchArticles('"harbour walls"', 'all', 'newest', db)).ids).toEqual([ids.a5]);
    expect(anyOf).toEqual([]);
  });
});

describe('the fold check of phrase matching', () => {
  it('passes over only characters that fold to punctuation or spaces again (every code point)', () => {
    const skipped: string[] = [];
    for (let c = 0x80; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCodePoint(c);
      if (FOLDS.test(ch)) continue;
      const f = foldText(ch);
      if (!f || /[\p{L}\p{N}\p{M}]/u.test(f)) skipped.push(c.toString(16));
    }
    expect(skipped).toEqual([]);
    expect(FOLDS.test('It’s “quoted” — with spaces and soft­hyphens…')).toBe(false);
    expect(FOLDS.test('café')).toBe(true);
    expect(FOLDS.test('ﬁne')).toBe(true); // a ligature folds to letters
  });

  it('still finds a phrase through accents and ligatures in text that has curly quotes', async () => {
    await add('quotes', 'He said “the Café Zürich” — the ﬁnal word.', {}, 90);
    const found = async (q: string) => (await searchArticles(q, 'all', 'newest', db)).ids;
    expect(await found('"cafe zurich"')).toEqual([ids.quotes]);
    expect(await found('"the final word"')).toEqual([ids.quotes]);
    expect(await found('"said the cafe"')).toEqual([ids.quotes]);
    expect(await found('"said cafe"')).toEqual([]);
  });
});
