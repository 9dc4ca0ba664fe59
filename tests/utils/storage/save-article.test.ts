import { beforeEach, describe, expect, it } from 'vitest';
import { OffprintDB } from '@/utils/storage/db';
import {
  deleteArticle,
  findByUrl,
  listArticles,
  restoreArticle,
  saveArticle,
  updateArticle,
  isQuotaError,
} from '@/utils/storage/save-article';
import type { ExtractedArticle } from '@/utils/article';
import { completeHighlight } from '@/utils/highlights/complete-highlight';
import { searchArticles } from '@/utils/search/search-articles';

let db: OffprintDB;
beforeEach(() => {
  db = new OffprintDB(`test-${crypto.randomUUID()}`);
});

function extracted(over: Partial<ExtractedArticle> = {}): ExtractedArticle {
  return {
    url: 'https://www.example.com/news/a?utm_source=x#top',
    canonicalUrl: null,
    readerable: true,
    kind: 'article',
    title: 'A title',
    byline: 'Jane Reporter',
    siteName: 'Example News',
    lang: 'en',
    excerpt: 'An excerpt',
    publishedTime: '2025-04-11T10:00:00Z',
    leadImageUrl: null,
    contentHtml: '<p>ceasefire talks stall again</p>',
    textContent: 'ceasefire talks stall again',
    originalGzipBase64: null,
    originalLength: 100,
    ...over,
  };
}

describe('saveArticle', () => {
  it('stores the row apart from the body, under the normalized URL', async () => {
    const { id, existed } = await saveArticle(extracted(), db, 1000);
    expect(existed).toBe(false);
    const row = await db.articles.get(id);
    expect(row).toMatchObject({
      url: 'https://www.example.com/news/a',
      site: 'example.com',
      wordCount: 4,
      status: 'unread',
      favorite: 0,
      tags: [],
      savedAt: 1000,
      updatedAt: 1000,
    });
    expect(row).not.toHaveProperty('html');
    expect(await db.contents.get(id)).toMatchObject({
      html: '<p>ceasefire talks stall again</p>',
      text: 'ceasefire talks stall again',
    });
    expect((await db.searchTerms.get(id))?.terms).toEqual(
      expect.arrayContaining(['ceasefire', 'title', 'example', 'jane']),
    );
  });

  it('updates one entry for the same article under another tracking URL, keeping tags, state, progress', async () => {
    const first = await saveArticle(extracted(), db, 1000);
    await updateArticle(first.id, { tags: ['war'], status: 'archived', progress: 0.5 }, db);
    const again = await saveArticle(
      extracted({
        url: 'https://www.example.com/news/a?fbclid=abc',
        title: 'New title',
        textContent: 'five six',
        contentHtml: '<p>five six</p>',
      }),
      db,
      2000,
    );
    // With the row as written (the popup lists it from the reply): the new content, the kept state.
    const row = expect.objectContaining({ id: first.id, title: 'New title', status: 'archived', tags: ['war'] });
    expect(again).toEqual({ id: first.id, existed: true, row });
    expect(await db.articles.count()).toBe(1);
    expect(await db.articles.get(first.id)).toMatchObject({
      title: 'New title',
      tags: ['war'],
      status: 'archived',
      progress: 0.5,
      savedAt: 2000,
      wordCount: 2,
    });
    expect((await db.contents.get(first.id))?.text).toBe('five six');
  });

  it('matches an entry saved under the canonical URL', async () => {
    const first = await saveArticle(extracted({ url: 'https://example.com/a' }), db);
    const again = await saveArticle(
      extracted({ url: 'https://m.example.com/a?x=1', canonicalUrl: 'https://example.com/a' }),
      db,
    );
    expect(again.id).toBe(first.id);
  });

  it.each([
    ['https://amp.example.co.uk/story', 'https://www.example.co.uk/story'],
    ['https://m.news.example.com/a', 'https://news.example.com/a'],
  ])('matches %s to its canonical %s on the same registrable domain', async (url, canonical) => {
    const first = await saveArticle(extracted({ url: canonical }), db);
    expect((await saveArticle(extracted({ url, canonicalUrl: canonical }), db)).id).toBe(first.id);
  });

  it.each([
    ['https://evil.example/x', 'https://victim.example/story'],
    ['https://attacker.github.io/x', 'https://victim.github.io/story'],
    ['https://example.co.uk.evil.example/x', 'https://example.co.uk/story'],
    ['http://127.0.0.1/x', 'http://localhost/story'],
  ])('never lets a page on another site (%s) overwrite an article by naming it canonical (%s)', async (url, victim) => {
    const v = await saveArticle(extracted({ url: victim, title: 'The real story', textContent: 'real words' }), db);
    const evil = await saveArticle(
      extracted({ url, canonicalUrl: victim, title: 'Hijacked', textContent: 'attacker words' }),
      db,
    );
    expect(evil.id).not.toBe(v.id);
    expect(evil.existed).toBe(false);
    expect((await db.articles.get(v.id))!.title).toBe('The real story');
    expect((await db.contents.get(v.id))!.text).toBe('real words');
    expect((await db.articles.get(evil.id))!.canonicalUrl).toBeNull();
  });

  it('lists newest first, and by status', async () => {
    const a = await saveArticle(extracted({ url: 'https://e.com/1' }), db, 1);
    const b = await saveArticle(extracted({ url: 'https://e.com/2' }), db, 3);
    const c = await saveArticle(extracted({ url: 'https://e.com/3' }), db, 2);
    expect((await listArticles(db)).map((x) => x.id)).toEqual([b.id, c.id, a.id]);
    await updateArticle(c.id, { status: 'archived' }, db);
    expect((await listArticles(db, 'unread')).map((x) => x.id)).toEqual([b.id, a.id]);
    expect((await listArticles(db, 'archived')).map((x) => x.id)).toEqual([c.id]);
  });

  it('keeps the original page, gzip-compressed', async () => {
    const { gzip, toBase64, gunzip } = await import('@/utils/lib/gzip');
    const html = '<html><body><p>original</p></body></html>';
    const { id } = await saveArticle(
      extracted({ originalGzipBase64: toBase64(await gzip(html)), originalLength: html.length }),
      db,
    );
    const orig = await db.originals.get(id);
    expect(await gunzip(orig!.gzip)).toBe(html);
  });
});

describe('updateArticle', () => {
  it('re-indexes a changed title: the article is found by its new title and no longer by the old one', async () => {
    const { id } = await saveArticle(extracted({ title: 'Harbour report' }), db);
    await updateArticle(id, { title: 'Lighthouse keepers' }, db);
    expect((await searchArticles('lighthouse', 'all', 'newest', db)).ids).toEqual([id]);
    expect((await searchArticles('harbour', 'all', 'newest', db)).ids).toEqual([]);
    expect((await searchArticles('ceasefire', 'all', 'newest', db)).ids).toEqual([id]); // the text stays indexed
  });

  it('leaves the search terms alone when only list fields change', async () => {
    const { id } = await saveArticle(extracted(), db);
    const before = await db.searchTerms.get(id);
    await updateArticle(id, { status: 'archived', tags: ['x'], progress: 0.5 }, db);
    expect(await db.searchTerms.get(id)).toEqual(before);
  });
});

describe('deleteArticle and restoreArticle', () => {
  it('removes everything the article owns and puts it back exactly', async () => {
    const { id } = await saveArticle(extracted(), db);
    await db.highlights.add(completeHighlight({ articleId: id, quote: 'two three', note: null, createdAt: 5 }));
    const before = {
      row: await db.articles.get(id),
      content: await db.contents.get(id),
      terms: await db.searchTerms.get(id),
    };
    const snap = await deleteArticle(id, db);
    expect(await db.articles.count()).toBe(0);
    expect(await db.contents.count()).toBe(0);
    expect(await db.searchTerms.count()).toBe(0);
    expect(await db.highlights.count()).toBe(0);
    await restoreArticle(snap!, db);
    expect(await db.articles.get(id)).toEqual(before.row);
    expect(await db.contents.get(id)).toEqual(before.content);
    // a new sequence number: searchable again
    expect((await db.searchTerms.get(id))?.terms).toEqual(before.terms?.terms);
    expect(await db.highlights.count()).toBe(1);
  });

  it('returns null for an id that is not there', async () => {
    expect(await deleteArticle(999, db)).toBeNull();
  });
});

describe('findByUrl', () => {
  it('finds a saved article under any tracking variant of its URL', async () => {
    const { id } = await saveArticle(extracted(), db);
    expect((await findByUrl('https://WWW.example.com/news/a?utm_medium=social&gclid=1', db))?.id).toBe(id);
    expect(await findByUrl('https://www.example.com/news/b', db)).toBeUndefined();
  });
});

describe('isQuotaError', () => {
  it('recognises a QuotaExceededError, also when Dexie wraps it', () => {
    expect(isQuotaError({ name: 'QuotaExceededError' })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('x'))).toBe(false);
  });
});
