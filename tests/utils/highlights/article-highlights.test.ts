import { describe, expect, it } from 'vitest';
import { OffprintDB } from '@/utils/storage/db';
import { articleHighlights } from '@/utils/highlights/article-highlights';

describe('articleHighlights', () => {
  it("lists only the article's highlights, oldest first", async () => {
    const db = new OffprintDB(`test-${crypto.randomUUID()}`);
    await db.highlights.bulkAdd([
      { articleId: 1, quote: 'later', note: 'a note', createdAt: 300 },
      { articleId: 2, quote: 'other article', note: null, createdAt: 100 },
      { articleId: 1, quote: 'first', note: null, createdAt: 200 },
    ]);
    expect((await articleHighlights(1, db)).map((h) => [h.quote, h.note])).toEqual([
      ['first', null],
      ['later', 'a note'],
    ]);
    expect(await articleHighlights(3, db)).toEqual([]);
  });
});
