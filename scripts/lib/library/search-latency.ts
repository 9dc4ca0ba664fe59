// Search latency over a varied, reproducible set of queries, timed in the page as the list runs them.
import { type Launched } from '../../../tests/e2e/launch';
import type { CorpusDoc } from '../../../test-hooks/bench-seed';
import { libraryPage } from './library-browser';

/** `count` queries of nine kinds (words, prefixes, phrases, operators), the same for the same corpus. */
export function queriesFrom(docs: CorpusDoc[], count: number): string[] {
  let seedN = 42;
  const r = () => (seedN = (seedN * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pick = <T>(a: T[]) => a[Math.floor(r() * a.length)];
  const words = docs.flatMap((d) => d.paras.join(' ').match(/\p{L}{4,}/gu) ?? []);
  const qs: string[] = [];
  const kinds = [
    () => `${pick(words)} `, // one word
    () => `${pick(words)} ${pick(words)} `, // two words
    () => pick(words).slice(0, 4), // typing: prefix
    () => `${pick(words)} ${pick(words).slice(0, 3)}`, // word + prefix
    () => {
      const p = pick(docs).paras;
      const w = pick(p).split(/\s+/);
      const k = Math.floor(r() * Math.max(1, w.length - 3));
      return `"${w.slice(k, k + 3).join(' ')}"`;
    }, // phrase
    () => `tag:${pick(['politics', 'tech', 'climate', 'economy', 'health'])} ${pick(words)} `,
    () => `site:${pick(docs).host}`,
    () => `is:favorite ${pick(words)} `,
    () => `is:unread ${pick(words)}`,
  ];
  for (let i = 0; i < count; i++) qs.push(kinds[i % kinds.length]());
  return qs;
}

export interface QueryTime {
  q: string;
  /** First screen (ms). */
  ms: number;
  /** Complete result (ms; the first screen when that was all). */
  full: number;
  hits: number;
  phrase: boolean;
}

/** Times each query (after five warm-ups) and the catalogue read that precedes them. */
export async function searchLatency(b: Launched, qs: string[]): Promise<{ list: QueryTime[]; orderMs: number }> {
  const page = await libraryPage(b);
  const res = await page.evaluate(async (queries) => {
    const { searchArticles, readCatalogue, getDb } = (globalThis as any).__offprint;
    // As the list does: the library's catalogue (ids in order, status and favourite sets) is read once
    // after first paint and kept; each query filters it in memory.
    const t0 = performance.now();
    const catalogue = await readCatalogue(getDb(), 'newest');
    const orderMs = performance.now() - t0;
    const out = [];
    for (const q of [...queries.slice(0, 5), ...queries]) {
      const t = performance.now();
      // As the list does: a phrase's first screen (20 candidates checked), then the rest (up to 300).
      const r = await searchArticles(q, 'all', 'newest', getDb(), catalogue, 20);
      await getDb().articles.bulkGet(r.ids.slice(0, 30)); // the rows the list shows first
      const first = performance.now() - t;
      let full = first;
      let hits = r.ids.length;
      if (r.partial) {
        const all = await searchArticles(q, 'all', 'newest', getDb(), catalogue);
        full = performance.now() - t;
        hits = all.ids.length;
      }
      out.push({ q, ms: first, full, hits, phrase: q.includes('"') });
    }
    return { list: out.slice(5), orderMs };
  }, qs);
  await page.close();
  return res;
}
