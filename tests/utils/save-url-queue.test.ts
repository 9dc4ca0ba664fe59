import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OffprintDB, setDb } from '@/utils/db';
import { batchProgress, enqueueSaveUrls, registerSaveUrlWorker, workSaveUrlQueue } from '@/utils/save-url-queue';
import source from '../fixtures/pages/kyiv-independent-ghost/source.html?raw';

let db: OffprintDB;
const ORIGIN = 'https://news.example';

function serve(pages: Record<string, { status?: number; type?: string; body: string }>) {
  vi.stubGlobal('fetch', vi.fn(async (url: string) => {
    const p = pages[url];
    if (!p) throw new TypeError('Failed to fetch');
    return new Response(p.body, { status: p.status ?? 200, headers: { 'content-type': p.type ?? 'text/html' } });
  }));
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
      url: `${ORIGIN}/a`, originalUrl: `${ORIGIN}/a`, canonicalUrl: null, kind: 'link', title: 'Imported link', byline: null, siteName: null,
      site: 'news.example', lang: null, excerpt: null, publishedTime: null, leadImageUrl: null, wordCount: 0, readingMinutes: 1,
      status: 'archived', favorite: 1, tags: ['x'], progress: 0, savedAt: 1, updatedAt: 1,
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
    serve({ [`${ORIGIN}/ok`]: { body: source }, [`${ORIGIN}/404`]: { status: 404, body: 'no' }, [`${ORIGIN}/img`]: { type: 'image/png', body: 'x' } });
    await enqueueSaveUrls([{ url: 'chrome://settings', title: 'Settings' }, { url: `${ORIGIN}/404` }, { url: `${ORIGIN}/img` }, { url: `${ORIGIN}/down` }, { url: `${ORIGIN}/ok` }], 'b3', db);
    await workSaveUrlQueue(db);
    const p = await batchProgress('b3', db);
    expect(p).toMatchObject({ total: 5, done: 5, finished: true });
    expect(p.failed.map((f) => f.reason)).toEqual([
      expect.stringMatching(/Browser pages/),
      expect.stringMatching(/404/),
      expect.stringMatching(/not a web page \(image\/png\)/),
      expect.stringMatching(/could not be downloaded/),
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
    await db.queue.add({ kind: 'save-url', state: 'running', articleId: null, url: `${ORIGIN}/a`, batch: 'b5', attempts: 1, error: null, data: null, createdAt: 1, updatedAt: 1 });
    await workSaveUrlQueue(db);
    expect(await batchProgress('b5', db)).toMatchObject({ done: 1, failed: [] });
    expect(await db.articles.count()).toBe(1);
  });
});
