import { dumpLibrary as dumpStored } from '@/test-hooks/dump-library';
import type { ExtractedArticle } from '@/utils/article';
import type { OffprintDB } from '@/utils/storage/db';
import { saveArticle, updateArticle } from '@/utils/storage/save-article';
import { gzip, toBase64 } from '@/utils/lib/gzip';
import { reindexNotes } from '@/utils/highlights/highlight-store';

/** An extracted article as the content script would send it (original HTML gzipped). */
export async function extracted(n: number, extra: Partial<ExtractedArticle> = {}): Promise<ExtractedArticle> {
  const html =
    `<p>Paragraph one of article ${n}.</p><p>Second paragraph with <a href="https://example.org/${n}" ` +
    `rel="noopener noreferrer" target="_blank">a link</a>.</p><img src="https://img.example.org/${n}.png" ` +
    `alt="figure ${n}">`;
  const original = `<html><head><title>Article ${n}</title></head><body><article>${html}</article></body></html>`;
  return {
    url: `https://news.example.org/story/${n}?utm_source=feed`,
    canonicalUrl: null,
    readerable: true,
    kind: 'article',
    title: `Article number ${n}`,
    byline: `Writer ${n}`,
    siteName: 'Example News',
    lang: 'en',
    excerpt: `Excerpt ${n}`,
    publishedTime: '2026-11-01T10:00:00Z',
    leadImageUrl: null,
    contentHtml: html,
    textContent: `Paragraph one of article ${n}.\nSecond paragraph with a link.`,
    originalGzipBase64: toBase64(await gzip(original)),
    originalLength: original.length,
    ...extra,
  };
}

/** Bytes of a tiny image that differ per seed, so byte-identical checks mean something. */
export function imageBytes(seed: number, size = 300): Uint8Array {
  const b = new Uint8Array(size);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  for (let i = 8; i < size; i++) b[i] = (i * 31 + seed * 7) & 0xff;
  return b;
}

/** Saves `count` articles through the app's store functions; every third gets images, tags, progress and highlights. */
export async function seedLibrary(db: OffprintDB, count: number, now = 1_780_000_000_000): Promise<number[]> {
  const ids: number[] = [];
  for (let n = 1; n <= count; n++) {
    const { id } = await saveArticle(await extracted(n), db, now + n * 1000);
    ids.push(id);
    if (n % 3 !== 1) continue;
    await updateArticle(
      id,
      { tags: ['news', `t${n}`], progress: 0.42, status: n % 2 ? 'archived' : 'unread', favorite: 1 },
      db,
    );
    for (const k of [1, 2]) {
      const bytes = imageBytes(n * 10 + k);
      await db.images.put({
        articleId: id,
        url: `https://img.example.org/${n}-${k}.png`,
        blob: new Blob([bytes as BlobPart], { type: 'image/png' }),
        type: 'image/png',
        bytes: bytes.length,
        width: 10,
        height: 20,
        savedAt: now,
      });
    }
    const quote = `Paragraph one of article ${n}.`;
    await db.highlights.add({
      gid: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      articleId: id,
      quote,
      prefix: '',
      suffix: ' Second paragraph with',
      position: { start: 0, end: quote.length },
      color: n % 2 ? 'green' : 'pink',
      note: n % 2 ? 'a note' : null,
      createdAt: now + n,
      updatedAt: now + n + 5,
      deleted: n % 9 === 7 ? 1 : 0,
      anchor: { contentAt: now + n * 1000, found: true },
    });
    await reindexNotes(db, id); // notes are searchable, as when the reader adds one
  }
  return ids;
}

/** Every stored record of the library, in a comparable form (image blobs as byte arrays). */
export async function dumpLibrary(db: OffprintDB) {
  const dump = await dumpStored(db);
  // The index's sequence numbers say when a row was (re)written, not what the article is: compare the terms.
  return { ...dump, searchTerms: dump.searchTerms.map((t) => ({ id: t.id, terms: [...t.terms].sort() })) };
}
