// Re-extract on fake-indexeddb: the stored original is run through today's extractor; the row keeps its user state.
import fs from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { OffprintDB } from '@/utils/storage/db';
import { saveArticle, updateArticle } from '@/utils/storage/save-article';
import { gzip, toBase64 } from '@/utils/lib/gzip';
import { reextractArticle } from '@/utils/storage/reextract-article';
import type { ExtractedArticle } from '@/utils/article';

const page = fs.readFileSync('tests/fixtures/pages/kyiv-independent-ghost/source.html', 'utf8');
const URL_ = 'https://kyivindependent.example/news/kremlin-envoy/';

/** An article as an older extractor saved it: clutter in the body, the original kept. */
async function stale(original: string | null): Promise<ExtractedArticle> {
  return {
    url: URL_,
    canonicalUrl: null,
    readerable: true,
    kind: 'article',
    title: 'Kremlin envoy meets Witkoff',
    byline: null,
    siteName: 'The Kyiv Independent',
    lang: 'en',
    excerpt: null,
    publishedTime: null,
    leadImageUrl: null,
    contentHtml: '<p>Subscribe to our newsletter</p><p>Old body text</p>',
    textContent: 'Subscribe to our newsletter\nOld body text',
    originalGzipBase64: original === null ? null : toBase64(await gzip(original)),
    originalLength: original?.length ?? 0,
  };
}

let db: OffprintDB;
beforeEach(() => {
  db = new OffprintDB(`test-${crypto.randomUUID()}`);
});

describe('reextractArticle', () => {
  it('replaces body, text, word count and search terms from the stored original', async () => {
    const { id } = await saveArticle(await stale(page), db);
    const before = (await db.articles.get(id))!.wordCount;
    const res = await reextractArticle(id, db);
    expect(res).toMatchObject({ ok: true, previousWordCount: before });
    const content = (await db.contents.get(id))!;
    expect(content.text).toMatch(/^A Kremlin envoy/);
    expect(content.text).not.toContain('Subscribe');
    expect(content.html).toContain('Dmitriev');
    const row = (await db.articles.get(id))!;
    expect(row.wordCount).toBeGreaterThan(200);
    expect(res.ok && res.wordCount).toBe(row.wordCount);
    const terms = (await db.searchTerms.get(id))!.terms;
    expect(terms).toContain('dmitriev');
    expect(terms).not.toContain('old');
  });

  it('keeps the id, tags, state, favorite and reading progress', async () => {
    const { id } = await saveArticle(await stale(page), db);
    await updateArticle(id, { tags: ['ukraine'], status: 'archived', favorite: 1, progress: 0.4 }, db);
    await reextractArticle(id, db);
    expect(await db.articles.count()).toBe(1);
    expect(await db.articles.get(id)).toMatchObject({
      id,
      tags: ['ukraine'],
      status: 'archived',
      favorite: 1,
      progress: 0.4,
    });
  });

  it('says so and changes nothing when the original was not kept', async () => {
    const { id } = await saveArticle(await stale(null), db);
    const res = await reextractArticle(id, db);
    expect(res).toMatchObject({ ok: false, error: 'no-original' });
    expect((await db.contents.get(id))!.text).toContain('Old body text');
  });

  it('keeps the current text when the original holds no article', async () => {
    const { id } = await saveArticle(await stale('<html><head><title>x</title></head><body></body></html>'), db);
    expect(await reextractArticle(id, db)).toMatchObject({ ok: false, error: 'not-article' });
    expect((await db.contents.get(id))!.text).toContain('Old body text');
  });

  it('resolves lazy images the way the save path does, so their real URLs survive', async () => {
    // A lazy image as scripts leave it: a blank placeholder in src, the real file in data-lazy-src.
    const lazy =
      '<figure><img src="/assets/blank.gif" data-lazy-src="/photos/envoy-meeting.jpg" alt="Envoys meet"></figure>';
    const { id } = await saveArticle(await stale(page.replace('TASS reported.</p>', `TASS reported.</p>${lazy}`)), db);
    expect(await reextractArticle(id, db)).toMatchObject({ ok: true });
    const html = (await db.contents.get(id))!.html;
    expect(html).toContain('src="https://kyivindependent.example/photos/envoy-meeting.jpg"');
    expect(html).not.toContain('blank.gif');
  });

  it('reports an id that is not in the library', async () => {
    expect(await reextractArticle(999, db)).toMatchObject({ ok: false, error: 'not-found' });
  });
});
