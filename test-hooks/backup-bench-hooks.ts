// bench:backup helpers, run inside the options page of the e2e build (see scripts/bench-backup.ts).
import Dexie from 'dexie';
import { getDb, OffprintDB } from '@/utils/storage/db';
import { saveArticle } from '@/utils/storage/save-article';
import { readOwnedRows } from '@/utils/storage/read-owned-rows';
import { gzip, toBase64 } from '@/utils/lib/gzip';
import { benchArticle, type CorpusDoc } from './bench-seed';
import { BACKUP_PAGE_SIZE } from '@/utils/data/backup/backup-format';
import { completeHighlight } from '@/utils/highlights/complete-highlight';
import { searchArticles } from '@/utils/search/search-articles';

/** Incompressible bytes (like a JPEG's) of a given size; getRandomValues fills at most 64 KB at a time. */
function noise(size: number): Uint8Array {
  const b = new Uint8Array(size);
  for (let i = 0; i < size; i += 65536) crypto.getRandomValues(b.subarray(i, Math.min(size, i + 65536)));
  b.set([0xff, 0xd8, 0xff, 0xe0]);
  return b;
}

/**
 * Seeds articles [from, to) with real recombined text, a gzipped original page each, tags, state
 * and progress; every article i with i % 10 === 0 also gets `images` stored images of 30–120 KB.
 */
export async function seedBackupBench(corpus: CorpusDoc[], from: number, to: number, images = 2): Promise<void> {
  const db = getDb();
  const batch: ReturnType<typeof benchArticle>[] = [];
  for (let i = from; i < to; i++) {
    const b = benchArticle(corpus, i);
    const original =
      `<!doctype html><html><head><title>${b.article.title}</title></head><body><nav>Home · World · ` +
      `Sport</nav><article>${b.article.contentHtml}</article><footer>© Example</footer></body></html>`;
    batch.push({
      ...b,
      article: { ...b.article, originalGzipBase64: toBase64(await gzip(original)), originalLength: original.length },
    });
  }
  await db.transaction(
    'rw',
    [db.articles, db.contents, db.originals, db.searchTerms, db.meta, db.images, db.highlights],
    async () => {
      for (const [k, b] of batch.entries()) {
        const i = from + k;
        const { id } = await saveArticle(b.article, db, Date.UTC(2023, 0, 1) + i * 60_000);
        await db.articles.update(id, {
          status: b.status,
          favorite: b.favorite,
          tags: b.tags,
          progress: b.status === 'archived' ? 1 : 0.3,
        });
        if (i % 10 !== 0) continue;
        for (let n = 0; n < images; n++) {
          const bytes = noise(30_000 + ((i * 7919 + n * 104729) % 90_000));
          await db.images.put({
            articleId: id,
            url: `https://img.example.org/${i}/${n}.jpg`,
            blob: new Blob([bytes as BlobPart], { type: 'image/jpeg' }),
            type: 'image/jpeg',
            bytes: bytes.length,
            width: 800,
            height: 600,
            savedAt: 1,
          });
        }
        await db.highlights.add(
          completeHighlight({ articleId: id, quote: b.article.textContent.slice(0, 120), note: null, createdAt: 1 }),
        );
      }
    },
  );
}

/** Articles per write transaction of the baseline: large transactions, one bulkPut per table each. */
const BASELINE_TX = 2000;

/**
 * Baseline for the same data: reads every table (search terms too) a page at a time (as the export does),
 * then writes the rows into a scratch database the honest way: one bulkPut per table per large
 * transaction (BASELINE_TX articles), no per-row await, no zip, no validation. Returns both times.
 */
export async function copyBaseline(): Promise<{ readMs: number; writeMs: number; steps: Record<string, number> }> {
  const db = getDb();
  const copy = new OffprintDB('offprint-bench-copy');
  let readMs = 0;
  let writeMs = 0;
  // When each table's bulkPut was answered, from its transaction's start, added over the transactions (as the
  // restore's `write: <table>` timings are): what each table costs the plain write.
  const steps: Record<string, number> = {};
  type Rows = {
    articles: unknown[];
    contents: unknown[];
    originals: unknown[];
    terms: unknown[];
    images: unknown[];
    highlights: unknown[];
  };
  const empty = (): Rows => ({ articles: [], contents: [], originals: [], terms: [], images: [], highlights: [] });
  let batch = empty();
  const flush = async () => {
    if (!batch.articles.length) return;
    const t = performance.now();
    let body = t;
    const mark = (name: string, p: Promise<unknown>) =>
      p.then(() => (steps[name] = (steps[name] ?? 0) + performance.now() - t));
    await copy.transaction(
      'rw',
      [copy.articles, copy.contents, copy.originals, copy.searchTerms, copy.images, copy.highlights],
      async () => {
        await Promise.all([
          mark('articles', copy.articles.bulkPut(batch.articles as never[])),
          mark('contents', copy.contents.bulkPut(batch.contents as never[])),
          mark('originals', copy.originals.bulkPut(batch.originals as never[])),
          mark('terms', copy.searchTerms.bulkPut(batch.terms as never[])),
          mark('images', copy.images.bulkPut(batch.images as never[])),
          mark('highlights', copy.highlights.bulkPut(batch.highlights as never[])),
        ]);
        body = performance.now();
      },
    );
    steps.commit = (steps.commit ?? 0) + performance.now() - body;
    writeMs += performance.now() - t;
    batch = empty();
  };
  for (let last = -Infinity; ;) {
    const t = performance.now();
    const articles = await db.articles.where('id').above(last).limit(BACKUP_PAGE_SIZE).toArray();
    if (!articles.length) break;
    last = articles[articles.length - 1].id;
    const ids = articles.map((a) => a.id);
    const [{ contents, originals, images, highlights }, terms] = await Promise.all([
      readOwnedRows(db, ids),
      db.searchTerms.bulkGet(ids),
    ]);
    const blobs = await Promise.all(
      images.map(async (im) => new Blob([await im.blob.arrayBuffer()], { type: im.blob.type })),
    );
    readMs += performance.now() - t;
    batch.articles.push(...articles);
    batch.contents.push(...contents.filter(Boolean));
    batch.originals.push(...originals.filter(Boolean));
    batch.terms.push(...terms.filter(Boolean));
    batch.images.push(...images.map((im, k) => ({ ...im, blob: blobs[k] })));
    batch.highlights.push(...highlights);
    if (batch.articles.length >= BASELINE_TX) await flush();
  }
  await flush();
  copy.close();
  await Dexie.delete('offprint-bench-copy');
  return { readMs, writeMs, steps };
}

/**
 * Searches the library until the result holds the article stored under `url` (the end of a restore as the
 * user sees it: "is it all back?"); other articles that match the query do not count. Throws when no
 * article has that URL, or when none of the searches found it within `timeoutMs`. Returns the ms it took.
 */
export async function searchUntilFound(
  query: string,
  url: string,
  { db = getDb(), timeoutMs = 10 * 60_000, every = 100 }: { db?: OffprintDB; timeoutMs?: number; every?: number } = {},
): Promise<number> {
  const start = performance.now();
  const target = (await db.articles.where('url').equals(url).first())?.id;
  if (target == null) throw new Error(`No article of the library has the URL ${url}.`);
  for (;;) {
    const { ids } = await searchArticles(query, 'all', 'newest', db);
    if (ids.includes(target)) return performance.now() - start;
    if (performance.now() - start > timeoutMs)
      throw new Error(
        `No search for ${query} found ${url} within ${timeoutMs} ms (the last one found ${ids.length} other articles).`,
      );
    await new Promise((r) => setTimeout(r, every));
  }
}
