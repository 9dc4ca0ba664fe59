import { afterEach, describe, expect, it, vi } from 'vitest';
import { OffprintDB } from '@/utils/storage/db';
import { saveArticle, StorageFullError } from '@/utils/storage/save-article';
import { gzip, toBase64 } from '@/utils/lib/gzip';
import type { ExtractedArticle } from '@/utils/article';

afterEach(() => vi.restoreAllMocks());

describe('storage full (QuotaExceededError)', () => {
  it('rolls the whole article back: no row, body, original or search terms is left', async () => {
    const db = new OffprintDB(`test-${crypto.randomUUID()}`);
    const ex: ExtractedArticle = {
      url: 'https://news.example/full',
      canonicalUrl: null,
      readerable: true,
      kind: 'article',
      title: 'Full',
      byline: null,
      siteName: null,
      lang: 'en',
      excerpt: null,
      publishedTime: null,
      leadImageUrl: null,
      contentHtml: '<p>body</p>',
      textContent: 'body',
      originalGzipBase64: toBase64(await gzip('<html>page</html>')),
      originalLength: 17,
    };
    // The disk fills up at the third write of the transaction (the original, after row and body).
    const realPut = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'originals') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return realPut.apply(this, args);
    });
    await expect(saveArticle(ex, db)).rejects.toBeInstanceOf(StorageFullError);
    vi.restoreAllMocks();
    expect([
      await db.articles.count(),
      await db.contents.count(),
      await db.originals.count(),
      await db.searchTerms.count(),
    ]).toEqual([0, 0, 0, 0]);
    await expect(saveArticle(ex, db)).resolves.toMatchObject({ existed: false });
  });
});
