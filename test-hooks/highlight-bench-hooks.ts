// Hooks for `npm run bench:highlights` (e2e build only): seed a long article with highlights through the
// app's own store functions, snapshot and restore their stored anchoring, and re-extract it from a changed page.
import type { Highlight } from '@/utils/article';
import { getDb } from '@/utils/storage/db';
import { saveArticle } from '@/utils/storage/save-article';
import { reextractArticle } from '@/utils/storage/reextract-article';
import { gzip, toBase64 } from '@/utils/lib/gzip';
import { addHighlight } from '@/utils/highlights/highlight-store';
import { indexText } from '@/utils/highlights/text-index';
import { describePosition } from '@/utils/highlights/describe-range';
import { HIGHLIGHT_COLORS } from '@/utils/article';

const page = (title: string, html: string) =>
  `<html><head><title>${title}</title></head><body><article><h1>${title}</h1>${html}</article></body></html>`;

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The body text the reader anchors in, for stored body HTML. */
const bodyText = (html: string) => indexText(new DOMParser().parseFromString(html, 'text/html').body).text;

/** Saves an article as the content script would (original page kept, for Re-extract). */
async function save(url: string, title: string, html: string): Promise<number> {
  const original = page(title, html);
  const { id } = await saveArticle({
    url,
    canonicalUrl: null,
    readerable: true,
    kind: 'article',
    title,
    byline: null,
    siteName: 'Bench',
    lang: 'en',
    excerpt: null,
    publishedTime: null,
    leadImageUrl: null,
    contentHtml: html,
    textContent: bodyText(html),
    originalGzipBase64: toBase64(await gzip(original)),
    originalLength: original.length,
  });
  return id;
}

/**
 * Highlights `count` spans of 4–30 words (some across two paragraphs) at seeded random places of the
 * article's rendered text, through addHighlight, as the reader's toolbar does.
 */
async function makeHighlights(id: number, count: number, seed: number): Promise<number> {
  const content = (await getDb().contents.get(id))!;
  const text = bodyText(content.html);
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const rand = rng(seed);
  const taken: [number, number][] = [];
  let made = 0;
  for (let tries = 0; made < count && tries < count * 50; tries++) {
    const first = Math.floor(rand() * (words.length - 40));
    const last = first + 3 + Math.floor(rand() * 27);
    const start = words[first].start;
    const end = words[last].end;
    if (taken.some(([s, e]) => start < e && end > s)) continue;
    taken.push([start, end]);
    const d = describePosition(text, start, end);
    await addHighlight({
      articleId: id,
      ...d,
      color: HIGHLIGHT_COLORS[made % 4],
      note: made % 5 ? null : `Note ${made}`,
      contentAt: content.updatedAt,
    });
    made++;
  }
  return made;
}

/** Installs window.__offprintHighlightBench (e2e build only). */
export function installHighlightBenchHooks(): void {
  Object.assign(globalThis, {
    __offprintHighlightBench: {
      save,
      makeHighlights,
      snapshot: (id: number) => getDb().highlights.where('articleId').equals(id).toArray(),
      restore: (rows: Highlight[]) => getDb().highlights.bulkPut(rows),
      /** Replaces the kept original page and re-extracts the article from it. */
      async reextractFrom(id: number, title: string, html: string) {
        const original = page(title, html);
        await getDb().originals.put({ id, gzip: await gzip(original), length: original.length, savedAt: Date.now() });
        return reextractArticle(id);
      },
      /** Waits until the background has merged the search index rows written so far (it starts 1.5 s after writes). */
      async quiet() {
        const num = async (key: string) => ((await getDb().meta.get(key))?.value as number | undefined) ?? 0;
        for (let i = 0; i < 400; i++) {
          if ((await num('search:compacted')) >= (await num('search:seq'))) return true;
          await new Promise((r) => setTimeout(r, 50));
        }
        return false;
      },
      /** What the article's stored highlights say after an open: anchored against which body, found or not. */
      async state(id: number) {
        const content = (await getDb().contents.get(id))!;
        const text = bodyText(content.html);
        const rows = (await getDb().highlights.where('articleId').equals(id).toArray()).filter((h) => !h.deleted);
        return {
          contentAt: content.updatedAt,
          words: text.split(/\s+/).filter(Boolean).length,
          rows: rows.map((h) => ({ id: h.id, anchor: h.anchor, stillInText: text.includes(h.quote) })),
        };
      },
    },
  });
}
