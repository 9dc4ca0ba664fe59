import type { OffprintDB } from '@/utils/storage/db';

/** Every stored record of the library in comparable form (image blobs and original bytes as number arrays). */
export async function dumpLibrary(db: OffprintDB) {
  const images = await db.images.toArray();
  return {
    articles: await db.articles.orderBy('id').toArray(),
    contents: await db.contents.orderBy('id').toArray(),
    originals: (await db.originals.orderBy('id').toArray()).map((o) => ({ ...o, gzip: Array.from(o.gzip) })),
    images: await Promise.all(
      images.map(async ({ blob, ...im }) => ({
        ...im,
        blobType: blob.type,
        data: Array.from(new Uint8Array(await blob.arrayBuffer())),
      })),
    ),
    highlights: await db.highlights.orderBy('id').toArray(),
    // The index's sequence numbers say when a row was (re)written, not what the article is: compare the terms.
    searchTerms: (await db.searchTerms.orderBy('id').toArray()).map((t) => ({ id: t.id, terms: [...t.terms].sort() })),
  };
}
