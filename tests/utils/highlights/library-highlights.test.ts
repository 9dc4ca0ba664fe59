// The library's side of highlights: counts on the list rows and the Highlights view of the whole library.
import { beforeEach, describe, expect, it } from 'vitest';
import { OffprintDB } from '@/utils/storage/db';
import { addHighlight, deleteHighlight } from '@/utils/highlights/highlight-store';
import { highlightCounts } from '@/utils/highlights/highlight-counts';
import { highlightQuery, listAllHighlights } from '@/utils/highlights/all-highlights';
import { seedLibrary } from '../../helpers/seed-library';

let db: OffprintDB;
beforeEach(() => {
  db = new OffprintDB(`lib-hl-${crypto.randomUUID()}`);
});

const add = (articleId: number, quote: string, at: number, note: string | null = null) =>
  addHighlight(
    {
      articleId,
      quote,
      prefix: '',
      suffix: '',
      position: { start: 0, end: quote.length },
      color: 'yellow',
      note,
      contentAt: 1,
    },
    db,
    at,
  );

describe('highlightCounts', () => {
  it('counts live highlights of the asked articles only, tombstones excluded', async () => {
    await add(1, 'a', 1);
    await add(1, 'b', 2);
    const gone = await add(1, 'c', 3);
    await add(2, 'd', 4);
    await add(3, 'e', 5);
    await deleteHighlight(gone.id!, db);
    expect(await highlightCounts([1, 2, 4], db)).toEqual(
      new Map([
        [1, 2],
        [2, 1],
      ]),
    );
    expect(await highlightCounts([], db)).toEqual(new Map());
  });
});

describe('listAllHighlights', () => {
  it('lists every live highlight newest first with its article, a page at a time', async () => {
    await seedLibrary(db, 3);
    await db.highlights.clear(); // the seed's own highlights
    const [a, b] = await db.articles.orderBy('id').toArray();
    for (let i = 0; i < 450; i++) await add(i % 2 ? a.id : b.id, `quote ${i}`, 1000 + i);
    const gone = await add(a.id, 'deleted one', 5000);
    await deleteHighlight(gone.id!, db);
    const first = await listAllHighlights('', 10, db);
    expect(first.more).toBe(true);
    expect(first.entries.map((e) => e.highlight.quote)).toEqual(
      Array.from({ length: 10 }, (_, k) => `quote ${449 - k}`),
    );
    expect(first.entries[0].article).toMatchObject({ id: a.id, title: a.title }); // quote 449 is on a
    const all = await listAllHighlights('', 1000, db);
    expect(all.more).toBe(false);
    expect(all.entries).toHaveLength(450); // across the 200-row chunks, the tombstone left out
  });

  it('finds words and "phrases" in quotes, notes and titles, accents and case folded, all required', async () => {
    await seedLibrary(db, 2);
    await db.highlights.clear();
    const [a, b] = await db.articles.orderBy('id').toArray();
    await db.articles.update(a.id, { title: 'Tides of the Fjord' });
    await add(a.id, 'The Café opened at dawn', 1, 'Remember the crème brûlée');
    await add(a.id, 'Nothing special here', 2);
    await add(b.id, 'opened late in the evening', 3);
    const quotes = async (q: string) => (await listAllHighlights(q, 50, db)).entries.map((e) => e.highlight.quote);
    expect(await quotes('cafe')).toEqual(['The Café opened at dawn']);
    expect(await quotes('CREME')).toEqual(['The Café opened at dawn']); // in the note
    expect(await quotes('opened')).toEqual(['opened late in the evening', 'The Café opened at dawn']);
    expect(await quotes('"opened at dawn"')).toEqual(['The Café opened at dawn']);
    expect(await quotes('"dawn opened"')).toEqual([]);
    expect(await quotes('fjord special')).toEqual(['Nothing special here']); // a title word and a quote word
    expect(await quotes('opened zebra')).toEqual([]);
  });

  it('reads a query as words and phrases, leaving library operators out', () => {
    expect(highlightQuery('  Café "at  Dawn" tag:news is:unread x ')).toEqual(['at dawn', 'cafe', 'x']);
  });
});
