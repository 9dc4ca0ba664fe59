// bench:backup times a restore until a search finds the last restored article: the search must find that
// article, not any article that matches the words (it once stopped at the first result of any kind).
import { beforeEach, describe, expect, it } from 'vitest';
import { searchUntilFound } from '@/test-hooks/backup-bench-hooks';
import { OffprintDB, setDb } from '@/utils/storage/db';
import { saveArticle } from '@/utils/storage/save-article';
import { makeArticle } from '../helpers/make-article';

let db: OffprintDB;
beforeEach(() => {
  db = new OffprintDB(`test-${crypto.randomUUID()}`);
  setDb(db);
});

const TITLE = 'Harbour tides';
const save = (url: string, text: string) => saveArticle(makeArticle(url, text, { title: TITLE }), db);

describe('searchUntilFound (bench:backup)', () => {
  it('returns once the search finds the article with that URL', async () => {
    await save('https://a.example/1', 'ferries crossing the harbour');
    expect(await searchUntilFound(`ferries "${TITLE}"`, 'https://a.example/1', { db })).toBeGreaterThanOrEqual(0);
  });

  it('is not satisfied by another article that matches the query', async () => {
    await save('https://a.example/other', 'ferries crossing the harbour');
    await save('https://a.example/target', 'lighthouses along the coast');
    await expect(
      searchUntilFound(`ferries "${TITLE}"`, 'https://a.example/target', { db, timeoutMs: 300, every: 20 }),
    ).rejects.toThrow(/found https:\/\/a\.example\/target within 300 ms.*1 other article/);
  });

  it('keeps searching until the article becomes findable', async () => {
    await save('https://a.example/other', 'ferries crossing the harbour');
    const { id } = await save('https://a.example/target', 'lighthouses along the coast');
    const found = searchUntilFound(`ferries "${TITLE}"`, 'https://a.example/target', { db, every: 20 });
    await new Promise((r) => setTimeout(r, 100));
    await saveArticle(makeArticle('https://a.example/target', 'ferries at dawn', { title: TITLE }), db);
    expect((await db.articles.get(id))?.url).toBe('https://a.example/target');
    expect(await found).toBeGreaterThanOrEqual(100);
  });

  it('says so when no article has the URL', async () => {
    await expect(searchUntilFound('ferries', 'https://a.example/none', { db })).rejects.toThrow(
      'No article of the library has the URL https://a.example/none.',
    );
  });
});
