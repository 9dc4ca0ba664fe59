import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OffprintDB, setDb } from '@/utils/storage/db';
import { batchProgress, enqueueSaveUrls, registerSaveUrlWorker, workSaveUrlQueue } from '@/utils/saving/save-url-queue';
import source from '../../fixtures/pages/kyiv-independent-ghost/source.html?raw';
import { makeArticle } from '../../helpers/make-article';

let db: OffprintDB;
const ORIGIN = 'https://news.example';

function serve(pages: Record<string, { status?: number; type?: string; body: string }>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const p = pages[url];
      if (!p) throw new TypeError('Failed to fetch');
      return new Response(p.body, { status: p.status ?? 200, headers: { 'content-type': p.type ?? 'text/html' } });
    }),
  );
}

beforeEach(() => {
  fakeBrowser.reset();
  db = new OffprintDB(`test-${crypto.randomUUID()}`);
  setDb(db);
  (fakeBrowser as any).permissions = { contains: vi.fn(async () => true) };
  registerSaveUrlWorker();
});
afterEach(() => vi.unstubAllGlobals());

describe('save-url queue', () => {
  it('fetches, extracts and saves every queued URL, and counts the batch', async () => {
    serve({ [`${ORIGIN}/a`]: { body: source } });
    await enqueueSaveUrls([{ url: `${ORIGIN}/a` }], 'b1', db);
    await workSaveUrlQueue(db);
    const rows = await db.articles.toArray();
    expect(rows.map((r) => r.title)).toEqual(['Kremlin envoy Dmitriev meets Witkoff in St. Petersburg']);
    expect((await db.contents.get(rows[0].id))!.text).toMatch(/Kirill Dmitriev/);
    expect(await batchProgress('b1', db)).toEqual({ total: 1, done: 1, failed: [], finished: true });
  });

  it('fills in a link-only row under its id instead of adding one', async () => {
    const id = (await db.articles.add({
      url: `${ORIGIN}/a`,
      originalUrl: `${ORIGIN}/a`,
      canonicalUrl: null,
      kind: 'link',
      title: 'Imported link',
      byline: null,
      siteName: null,
      site: 'news.example',
      lang: null,
      excerpt: null,
      publishedTime: null,
      leadImageUrl: null,
      wordCount: 0,
      readingMinutes: 1,
      status: 'archived',
      favorite: 1,
      tags: ['x'],
      progress: 0,
      savedAt: 1,
      updatedAt: 1,
    } as never)) as number;
    serve({ [`${ORIGIN}/a`]: { body: source } });
    await enqueueSaveUrls([{ url: `${ORIGIN}/a`, articleId: id }], 'b2', db);
    await workSaveUrlQueue(db);
    const rows = await db.articles.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id, kind: 'article', status: 'archived', favorite: 1, tags: ['x'] });
    expect(await db.contents.get(id)).toBeTruthy();
  });

  it('lists restricted, failing and non-HTML URLs with the reason, and saves the rest', async () => {
    serve({
      [`${ORIGIN}/ok`]: { body: source },
      [`${ORIGIN}/404`]: { status: 404, body: 'no' },
      [`${ORIGIN}/img`]: { type: 'image/png', body: 'x' },
    });
    await enqueueSaveUrls(
      [
        { url: 'chrome://settings', title: 'Settings' },
        { url: `${ORIGIN}/404` },
        { url: `${ORIGIN}/img` },
        { url: `${ORIGIN}/down` },
        { url: `${ORIGIN}/ok` },
      ],
      'b3',
      db,
    );
    await workSaveUrlQueue(db);
    const p = await batchProgress('b3', db);
    expect(p).toMatchObject({ total: 5, done: 5, finished: true });
    expect(p.failed.map((f) => f.reason)).toEqual([
      expect.stringMatching(/Browser pages/),
      expect.stringMatching(/404/),
      expect.stringMatching(/not a web page \(image\/png\)/),
      expect.stringMatching(/could not be (reached|downloaded)/),
    ]);
    expect(p.failed[0].title).toBe('Settings');
    expect(await db.articles.count()).toBe(1);
  });

  it('says why when the host permission is missing', async () => {
    (fakeBrowser as any).permissions.contains = vi.fn(async () => false);
    serve({ [`${ORIGIN}/a`]: { body: source } });
    await enqueueSaveUrls([{ url: `${ORIGIN}/a` }], 'b4', db);
    await workSaveUrlQueue(db);
    expect((await batchProgress('b4', db)).failed[0].reason).toMatch(/needs permission to read web pages/);
  });

  it('resumes tasks a stopped worker left running', async () => {
    serve({ [`${ORIGIN}/a`]: { body: source } });
    await db.queue.add({
      kind: 'save-url',
      state: 'running',
      articleId: null,
      url: `${ORIGIN}/a`,
      batch: 'b5',
      attempts: 1,
      error: null,
      data: null,
      createdAt: 1,
      updatedAt: 1,
    });
    await workSaveUrlQueue(db);
    expect(await batchProgress('b5', db)).toMatchObject({ done: 1, failed: [] });
    expect(await db.articles.count()).toBe(1);
  });

  describe('from open tabs (Save all tabs)', () => {
    /** A tab showing `url`, whose page extracts to `text` when the content script runs in it. */
    function openTab(tab: { id: number; url: string; status?: string; discarded?: boolean }, text: string) {
      vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id) => {
        if (id !== tab.id) throw new Error('No tab with id');
        return { status: 'complete', discarded: false, ...tab } as never;
      });
      const executeScript = vi.fn(async () => [
        { result: { ok: true, article: makeArticle(tab.url, text, { title: 'As the user sees it' }) } },
      ]);
      (fakeBrowser as any).scripting = { executeScript };
      return executeScript;
    }

    it('extracts a loaded tab in the page, as the user sees it, instead of downloading it', async () => {
      const executeScript = openTab({ id: 7, url: `${ORIGIN}/members` }, 'The members-only text the tab shows.');
      serve({ [`${ORIGIN}/members`]: { body: '<html><body><p>Please log in.</p></body></html>' } });
      await enqueueSaveUrls([{ url: `${ORIGIN}/members`, tabId: 7 }], 't1', db);
      await workSaveUrlQueue(db);
      expect(executeScript).toHaveBeenCalledWith(expect.objectContaining({ target: { tabId: 7 } }));
      expect(fetch).not.toHaveBeenCalled();
      const [row] = await db.articles.toArray();
      expect(row.title).toBe('As the user sees it');
      expect((await db.contents.get(row.id))!.text).toBe('The members-only text the tab shows.');
      expect(await batchProgress('t1', db)).toEqual({ total: 1, done: 1, failed: [], finished: true });
    });

    it('downloads instead when the tab was discarded, has moved on or is gone', async () => {
      serve({
        [`${ORIGIN}/a`]: { body: source },
        [`${ORIGIN}/b`]: { body: source },
        [`${ORIGIN}/c`]: { body: source },
      });
      const executeScript = openTab({ id: 8, url: `${ORIGIN}/a`, discarded: true }, 'never read');
      await enqueueSaveUrls(
        [
          { url: `${ORIGIN}/a`, tabId: 8 },
          { url: `${ORIGIN}/b`, tabId: 9 },
        ],
        't2',
        db,
      );
      await workSaveUrlQueue(db);
      openTab({ id: 10, url: `${ORIGIN}/somewhere-else` }, 'never read');
      await enqueueSaveUrls([{ url: `${ORIGIN}/c`, tabId: 10 }], 't3', db);
      await workSaveUrlQueue(db);
      expect(executeScript).not.toHaveBeenCalled();
      expect(fetch).toHaveBeenCalledTimes(3);
      expect((await db.articles.toArray()).map((r) => r.url).sort()).toEqual([
        `${ORIGIN}/a`,
        `${ORIGIN}/b`,
        `${ORIGIN}/c`,
      ]);
      expect(await batchProgress('t2', db)).toMatchObject({ total: 2, failed: [] });
    });
  });
});
