// Bundled by pouchdb-baseline.ts and run in an extension page of real Chromium: plain PouchDB 9 (IndexedDB +
// HTTP adapters, replication) holding the sync benchmark's library unencrypted, in documents of the number and
// size of Offprint's synced ones (an article document with its gzip body; an images document when it has some). It is
// the baseline Offprint's sync is measured against (bench:sync).
import PouchDB from 'pouchdb-core';
import idb from 'pouchdb-adapter-idb';
import httpAdapter from 'pouchdb-adapter-http';
import replication from 'pouchdb-replication';
import { benchArticle, type CorpusDoc } from '@/test-hooks/bench-seed';
import { benchImages } from '@/test-hooks/bench-sync-images';

PouchDB.plugin(idb).plugin(httpAdapter).plugin(replication);

const LOCAL = 'offprint-bench-baseline';
const DAY = 86_400_000;
const T0 = Date.UTC(2023, 0, 1);

/** gzip, as Offprint compresses an article's body before it leaves the browser. */
async function gzip(text: string): Promise<Blob> {
  return new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))).blob();
}

type Attachments = Record<string, { content_type: string; data: Blob }>;

/**
 * Article `i` as plain PouchDB documents laid out as Offprint's synced ones (docs/sync.md), unencrypted: the
 * article's fields with its body (`{html, text}` as gzip-compressed JSON) attached, and for an article with
 * images a second document holding them as attachments.
 */
async function articleDocs(corpus: CorpusDoc[], i: number) {
  const { article, status, favorite, tags } = benchArticle(corpus, i);
  const savedAt = T0 + i * ((3 * 365 * DAY) / 10_000);
  const words = article.textContent.split(/\s+/).filter(Boolean).length;
  const id = String(i).padStart(6, '0');
  const body = await gzip(JSON.stringify({ html: article.contentHtml, text: article.textContent }));
  const docs: { _id: string; _attachments: Attachments; [k: string]: unknown }[] = [
    {
      _id: `article-${id}`,
      gid: crypto.randomUUID(),
      url: article.url,
      originalUrl: article.url,
      canonicalUrl: article.canonicalUrl,
      kind: article.kind,
      title: article.title,
      byline: article.byline,
      siteName: article.siteName,
      site: new URL(article.url).hostname,
      lang: article.lang,
      excerpt: article.excerpt,
      publishedTime: article.publishedTime,
      leadImageUrl: article.leadImageUrl,
      wordCount: words,
      readingMinutes: Math.max(1, Math.round(words / 230)),
      status,
      favorite,
      tags,
      progress: status === 'archived' ? 1 : 0,
      savedAt,
      contentAt: savedAt,
      highlights: {},
      _attachments: { body: { content_type: 'application/octet-stream', data: body } },
    },
  ];
  const images = benchImages(i);
  if (images.length) {
    const _attachments: Attachments = {};
    for (const [k, img] of images.entries())
      _attachments[`image-${k}`] = {
        content_type: img.type,
        data: new Blob([img.bytes as BlobPart], { type: img.type }),
      };
    docs.push({
      _id: `images-${id}`,
      images: images.map((img, k) => ({ att: `image-${k}`, url: img.url, type: img.type, bytes: img.bytes.length })),
      _attachments,
    });
  }
  return docs;
}

const local = (name = LOCAL) => new PouchDB(name, { adapter: 'idb' });
const remote = (url: string) => new PouchDB(url, { adapter: 'http', skip_setup: true });

/**
 * Documents in a local database, counted row by row: the idb adapter of PouchDB 9.0.0 leaves documents first
 * written with attachments out of `doc_count` and `total_rows` (apache/pouchdb#9094, fixed after 9.0.0).
 */
async function countDocs(db: { allDocs(): Promise<{ rows: unknown[] }> }): Promise<number> {
  return (await db.allDocs()).rows.length;
}

/** What the benchmark calls in the page (`window.__baseline`). */
const baseline = {
  /**
   * Writes articles [from, to) into the local database `name` (default: the benchmark's) as untimed set-up;
   * returns its document count and the bytes written: text (fields and gzip-compressed bodies) and images.
   */
  async seed(corpus: CorpusDoc[], from: number, to: number, name?: string) {
    const db = local(name);
    let text = 0;
    let images = 0;
    for (let s = from; s < to; s += 50) {
      const docs = [];
      for (let i = s; i < Math.min(to, s + 50); i++)
        for (const doc of await articleDocs(corpus, i)) {
          const { _attachments, ...fields } = doc;
          text += JSON.stringify(fields).length;
          for (const [attName, att] of Object.entries(_attachments))
            if (attName.startsWith('image-')) images += att.data.size;
            else text += att.data.size;
          docs.push(doc);
        }
      await db.bulkDocs(docs);
    }
    return { count: await countDocs(db), text, images };
  },
  /** Replicates the local database to `url` (default options: batch size 100); time in the page. */
  async push(url: string, name?: string) {
    const t = performance.now();
    const res = await local(name).replicate.to(remote(url));
    return { ms: performance.now() - t, docs: res.docs_written, ok: res.ok };
  },
  /** Replicates `url` into the local database (default options); time in the page. */
  async pull(url: string, name?: string) {
    const t = performance.now();
    const res = await local(name).replicate.from(remote(url));
    return { ms: performance.now() - t, docs: res.docs_written, ok: res.ok };
  },
  /** Documents, and attachments and their bytes of article `i` (a check that bodies and images arrived whole). */
  async check(i: number, name?: string) {
    const db = local(name);
    const id = String(i).padStart(6, '0');
    const docs = (
      await db.allDocs({ keys: [`article-${id}`, `images-${id}`], include_docs: true, attachments: true, binary: true })
    ).rows
      .map((r: { doc?: { _attachments?: Record<string, { data: Blob }> } }) => r.doc)
      .filter(Boolean);
    const atts: { data: Blob }[] = docs.flatMap((d: { _attachments?: Record<string, { data: Blob }> }) =>
      Object.values(d._attachments ?? {}),
    );
    return {
      count: await countDocs(db),
      attachments: atts.length,
      bytes: atts.reduce((s, a) => s + a.data.size, 0),
    };
  },
};

(globalThis as unknown as { __baseline: typeof baseline }).__baseline = baseline;
