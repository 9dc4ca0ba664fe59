import { beforeEach, describe, expect, it } from 'vitest';
import { OffprintDB, setDb } from '@/utils/storage/db';
import { saveArticle, deleteArticle } from '@/utils/storage/save-article';
import { ARTICLE_IMAGE_CAP, imageProgress, imageTaskOf, queueImages, requeueSkipped } from '@/utils/images/image-queue';
import { IMAGE_CONCURRENCY, processImageTask, runImageQueue, type ImageFetcher } from '@/utils/images/run-image-queue';
import type { ExtractedArticle } from '@/utils/article';
import type { FetchedImage } from '@/utils/images/fetch-image';
import { beginSave, resetSavesInFlight } from '@/utils/saving/save-in-flight';

let db: OffprintDB;
const ex = (url = 'https://news.example/a'): ExtractedArticle => ({
  url,
  canonicalUrl: null,
  readerable: true,
  kind: 'article',
  title: 'A',
  byline: null,
  siteName: null,
  lang: 'en',
  excerpt: null,
  publishedTime: null,
  leadImageUrl: null,
  contentHtml: '<p>text</p>',
  textContent: 'text',
  originalGzipBase64: null,
  originalLength: 10,
});
const png = (n = 100) => new Blob([new Uint8Array(n)], { type: 'image/png' });
const URLS = ['https://img/1.png', 'https://img/2.png', 'https://img/3.png'];

beforeEach(() => {
  db = new OffprintDB(`test-${crypto.randomUUID()}`);
  setDb(db);
  resetSavesInFlight();
});

describe('the image queue', () => {
  it('starts no download while a save is being answered, and goes on once it has its reply', async () => {
    const { id } = await saveArticle(ex(), db);
    await queueImages(id, URLS, {}, db);
    const fetched: string[] = [];
    const endSave = beginSave();
    const run = runImageQueue(async (url) => (fetched.push(url), { ok: true, blob: png() }), {}, db);
    await new Promise((r) => setTimeout(r, 100));
    expect(fetched).toEqual([]);
    endSave();
    await run;
    expect(fetched.sort()).toEqual(URLS);
    expect(await imageProgress(id, db)).toEqual({ total: 3, stored: 3, skipped: {}, done: true });
  });

  it('stores each image under [articleId+url] and reports the progress', async () => {
    const { id } = await saveArticle(ex(), db);
    await queueImages(id, URLS, {}, db);
    expect(await imageProgress(id, db)).toEqual({ total: 3, stored: 0, skipped: {}, done: false });
    await runImageQueue(async () => ({ ok: true, blob: png() }), {}, db);
    expect((await db.images.where('articleId').equals(id).primaryKeys()).map((k) => k[1]).sort()).toEqual(URLS);
    expect(await imageProgress(id, db)).toEqual({ total: 3, stored: 3, skipped: {}, done: true });
    expect((await imageTaskOf(id, db))?.state).toBe('done');
  });

  it('skips failed and too-big images and says why, without touching the article', async () => {
    const { id } = await saveArticle(ex(), db);
    await queueImages(id, URLS, {}, db);
    const answers: FetchedImage[] = [
      { ok: true, blob: png() },
      { ok: false, reason: 'too-big' },
      { ok: false, reason: 'blocked' },
    ];
    await runImageQueue(async (url) => answers[URLS.indexOf(url)], {}, db);
    expect(await imageProgress(id, db)).toEqual({
      total: 3,
      stored: 1,
      skipped: { 'too-big': 1, blocked: 1 },
      done: true,
    });
    expect((await db.contents.get(id))?.html).toBe('<p>text</p>');
  });

  it('a fetcher that throws only skips that image', async () => {
    const { id } = await saveArticle(ex(), db);
    await queueImages(id, URLS, {}, db);
    await runImageQueue(
      async (url) => (url.endsWith('2.png') ? Promise.reject(new Error('boom')) : { ok: true, blob: png() }),
      {},
      db,
    );
    expect(await imageProgress(id, db)).toMatchObject({ stored: 2, skipped: { failed: 1 }, done: true });
  });

  it('stops at the per-article cap, even with images fetched in parallel', async () => {
    const { id } = await saveArticle(ex(), db);
    await queueImages(id, URLS, {}, db);
    const half = Math.floor(ARTICLE_IMAGE_CAP / 2) + 1;
    await runImageQueue(async () => ({ ok: true, blob: png(half) }), {}, db);
    expect(await imageProgress(id, db)).toMatchObject({ stored: 1, skipped: { 'article-cap': 2 } });
  });

  it('resumes after a stop half-way: stored images are not fetched again', async () => {
    const { id } = await saveArticle(ex(), db);
    await queueImages(id, URLS, {}, db);
    const fetched: string[] = [];
    // First worker "dies" after storing one image: its task stays 'running'.
    const dying: ImageFetcher = async (url) => {
      fetched.push(url);
      if (fetched.length > 1) throw Object.assign(new Error('worker stopped'), { name: 'Stop' });
      return { ok: true, blob: png() };
    };
    const task = (await imageTaskOf(id, db))!;
    await db.queue.update(task.id!, { state: 'running' });
    await processImageTask(task, dying, db).catch(() => undefined);
    await db.queue.update(task.id!, { data: { ...task.data!, skipped: {} } }); // the stop left no verdict on image 2
    fetched.length = 0;
    await runImageQueue(async (url) => (fetched.push(url), { ok: true, blob: png() }), { fresh: true }, db);
    expect(fetched).toEqual(URLS.slice(1));
    expect(await imageProgress(id, db)).toMatchObject({ stored: 3, done: true });
  });

  it('stores nothing for an article deleted while its images were on the way', async () => {
    const { id } = await saveArticle(ex(), db);
    await queueImages(id, URLS, {}, db);
    await runImageQueue(
      async (url) => {
        if (url.endsWith('2.png')) await deleteArticle(id, db);
        return { ok: true, blob: png() };
      },
      {},
      db,
    );
    expect(await db.images.count()).toBe(0);
    expect(await db.queue.count()).toBe(0);
  });

  it('re-queues skipped images of the given kinds (after the user allowed access)', async () => {
    const { id } = await saveArticle(ex(), db);
    await queueImages(id, URLS, {}, db);
    await runImageQueue(async () => ({ ok: false, reason: 'blocked' }), {}, db);
    expect(await requeueSkipped(id, ['blocked'], db)).toBe(3);
    await runImageQueue(async () => ({ ok: true, blob: png() }), {}, db);
    expect(await imageProgress(id, db)).toMatchObject({ stored: 3, skipped: {}, done: true });
  });

  it('a full disk while storing an image skips it and keeps the article whole', async () => {
    const { id } = await saveArticle(ex(), db);
    await queueImages(id, URLS, {}, db);
    const put = db.images.put.bind(db.images);
    db.images.put = () => Promise.reject(new DOMException('full', 'QuotaExceededError')) as never;
    await runImageQueue(async () => ({ ok: true, blob: png() }), {}, db);
    db.images.put = put;
    // The three images were on their way together; each is skipped with the reason.
    expect(await imageProgress(id, db)).toMatchObject({ stored: 0, skipped: { 'storage-full': 3 }, done: true });
    expect(await db.articles.get(id)).toBeTruthy();
    expect((await imageTaskOf(id, db))?.state).toBe('failed');
  });

  it('saving the article again replaces its task and drops images it no longer shows', async () => {
    const { id } = await saveArticle(ex(), db);
    await queueImages(id, URLS, {}, db);
    await runImageQueue(async () => ({ ok: true, blob: png() }), {}, db);
    await queueImages(id, URLS.slice(0, 1), {}, db);
    expect(await db.queue.count()).toBe(1);
    expect(await db.images.count()).toBe(1);
  });

  it(`fetches a few images at a time (${IMAGE_CONCURRENCY}), not all at once`, async () => {
    const { id } = await saveArticle(ex(), db);
    await queueImages(
      id,
      Array.from({ length: 10 }, (_, i) => `https://img/${i}.png`),
      {},
      db,
    );
    let now = 0;
    let most = 0;
    await runImageQueue(
      async () => {
        most = Math.max(most, ++now);
        await new Promise((r) => setTimeout(r, 5));
        now--;
        return { ok: true, blob: png() };
      },
      {},
      db,
    );
    expect(most).toBe(IMAGE_CONCURRENCY);
    expect(await imageProgress(id, db)).toMatchObject({ stored: 10, done: true });
  });
});
