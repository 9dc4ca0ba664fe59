// Benchmark library generator: real news text recombined (used by the e2e-only hooks, never in production).
import type { ExtractedArticle } from '@/utils/article';
import { getDb } from '@/utils/storage/db';
import { saveArticle } from '@/utils/storage/save-article';

/** One source article of the benchmark corpus: host and paragraphs of real text. */
export interface CorpusDoc {
  host: string;
  paras: string[];
}

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TAGS = [
  'politics',
  'economy',
  'tech',
  'climate',
  'health',
  'science',
  'sport',
  'culture',
  'long reads',
  'to share',
  'work',
  'research',
  'europe',
  'asia',
  'us',
  'ai',
  'energy',
  'food',
  'travel',
  'books',
];

/**
 * Article `i` of the benchmark library: real paragraphs recombined from the corpus, with a length
 * drawn like news text (log-normal, median ≈ 5 KB, 0.6–60 KB). Deterministic in `i`.
 */
export function benchArticle(
  corpus: CorpusDoc[],
  i: number,
): { article: ExtractedArticle; status: 'unread' | 'archived'; favorite: 0 | 1; tags: string[] } {
  const r = rng(i * 7919 + 17);
  const normal = Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r());
  const target = Math.min(60_000, Math.max(600, Math.round(5000 * Math.exp(0.85 * normal))));
  const base = corpus[Math.floor(r() * corpus.length)];
  const paras: string[] = [];
  let len = 0;
  for (let doc = base, k = Math.floor(r() * doc.paras.length); len < target;) {
    if (k >= doc.paras.length) {
      doc = corpus[Math.floor(r() * corpus.length)];
      k = 0;
    }
    const p = doc.paras[k++];
    paras.push(p);
    len += p.length + 1;
  }
  const first = paras[0].split(/(?<=[.!?])\s/)[0];
  const title = first.length > 90 ? first.slice(0, first.lastIndexOf(' ', 90)) : first;
  const text = paras.join('\n');
  const url = `https://${base.host}/offprint-bench/${i}`;
  const article: ExtractedArticle = {
    url,
    canonicalUrl: null,
    readerable: true,
    kind: 'article',
    title,
    byline: null,
    siteName: null,
    lang: 'en',
    excerpt: paras[0].slice(0, 200),
    publishedTime: null,
    leadImageUrl: null,
    contentHtml: paras.map((p) => `<p>${p.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</p>`).join(''),
    textContent: text,
    originalGzipBase64: null,
    originalLength: text.length,
  };
  const tags =
    r() < 0.25
      ? [TAGS[Math.floor(r() * TAGS.length)], ...(r() < 0.3 ? [TAGS[Math.floor(r() * TAGS.length)]] : [])]
      : [];
  return {
    article,
    status: r() < 0.65 ? 'archived' : 'unread',
    favorite: r() < 0.08 ? 1 : 0,
    tags: [...new Set(tags)],
  };
}

/**
 * Seeds articles [from, to) through the app's own saveArticle, `chunk` saves per IndexedDB
 * transaction (Dexie nests saveArticle's transaction in the outer one: same rows, same index).
 */
export async function seedLibrary(corpus: CorpusDoc[], from: number, to: number, chunk = 50): Promise<number> {
  const db = getDb();
  const day = 86_400_000;
  const t0 = Date.UTC(2023, 0, 1);
  for (let s = from; s < to; s += chunk) {
    // The tables saveArticle writes (its own transaction's: writeArticleTables and originals), so it joins this
    // one. Listed here, not imported: bench:sync's baseline page bundles this file without the storage modules.
    const tables = [db.articles, db.contents, db.originals, db.searchTerms, db.meta, db.highlights];
    await db.transaction('rw', tables, async () => {
      for (let i = s; i < Math.min(to, s + chunk); i++) {
        const { article, status, favorite, tags } = benchArticle(corpus, i);
        const { id } = await saveArticle(article, db, t0 + i * ((3 * 365 * day) / 10_000));
        await db.articles.update(id, { status, favorite, tags, progress: status === 'archived' ? 1 : 0 });
      }
    });
  }
  return db.articles.count();
}
