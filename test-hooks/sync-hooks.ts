// Test hooks for the sync tiers (tests/e2e/sync-*.e2e.test.ts, tests/firefox/): installed on window only in the
// e2e build, so a test changes the library in a real extension page through the app's own store functions
// (every write goes through the outbox middleware, as a click would) and reads it back.
import { getDb } from '@/utils/storage/db';
import { deleteArticle, findByUrl } from '@/utils/storage/save-article';
import { setFavorite, setStatus } from '@/utils/storage/library-actions';
import { addTag, removeTag } from '@/utils/storage/tags';
import { addHighlight, listHighlights } from '@/utils/highlights/highlight-store';
import { searchArticles } from '@/utils/search/search-articles';
import type { Article } from '@/utils/article';

/** The article at `url` as a reader sees it: fields, text, highlights and stored images; null when absent. */
async function articleView(url: string) {
  const db = getDb();
  const a = await findByUrl(url, db);
  if (!a) return null;
  const content = await db.contents.get(a.id);
  const images = await db.images.where('articleId').equals(a.id).toArray();
  return {
    id: a.id,
    gid: a.gid,
    title: a.title,
    status: a.status,
    favorite: a.favorite,
    tags: [...a.tags].sort(),
    progress: a.progress,
    text: content?.text ?? '',
    original: !!(await db.originals.get(a.id)),
    images: images.map((i) => ({ url: i.url, bytes: i.blob.size })).sort((x, y) => x.url.localeCompare(y.url)),
    highlights: (await listHighlights(a.id, db)).map((h) => ({ quote: h.quote, note: h.note })),
  };
}

const idOf = async (url: string) => {
  const a = await findByUrl(url, getDb());
  if (!a) throw new Error(`not in this library: ${url}`);
  return a.id;
};

/** Installs the hooks on window (e2e build only). */
export function installSyncHooks(): void {
  Object.assign(globalThis, {
    __offprintSync: {
      view: articleView,
      count: () => getDb().articles.count(),
      titles: async () => (await getDb().articles.toArray()).map((a) => a.title).sort(),
      search: async (q: string) => {
        const { ids } = await searchArticles(q, 'all');
        return (await getDb().articles.bulkGet(ids)).map((a) => a?.title);
      },
      setStatus: async (url: string, s: Article['status']) => void (await setStatus([await idOf(url)], s)),
      setFavorite: async (url: string, f: 0 | 1) => setFavorite([await idOf(url)], f),
      addTag: async (url: string, tag: string) => addTag([await idOf(url)], tag),
      removeTag: async (url: string, tag: string) => removeTag([await idOf(url)], tag),
      setProgress: async (url: string, progress: number) =>
        void (await getDb().articles.update(await idOf(url), { progress })),
      highlight: async (url: string, quote: string, note: string | null) => {
        const articleId = await idOf(url);
        const content = await getDb().contents.get(articleId);
        const start = Math.max(0, content?.text.indexOf(quote) ?? 0);
        const position = { start, end: start + quote.length };
        const contentAt = content?.updatedAt ?? 0;
        await addHighlight({ articleId, quote, prefix: '', suffix: '', position, color: 'yellow', note, contentAt });
      },
      remove: async (url: string) => void (await deleteArticle(await idOf(url))),
      outbox: () => getDb().outbox.count(),
    },
  });
}
