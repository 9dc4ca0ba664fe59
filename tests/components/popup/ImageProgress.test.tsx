import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ImageProgress } from '@/components/popup/ImageProgress';
import { App } from '@/entrypoints/popup/App';
import { OffprintDB, setDb } from '@/utils/storage/db';
import { saveArticle } from '@/utils/storage/save-article';
import { imageTaskOf, queueImages } from '@/utils/images/image-queue';
import { runImageQueue } from '@/utils/images/run-image-queue';
import type { ExtractedArticle } from '@/utils/article';
import { stubBrowserGaps } from '../../helpers/stub-browser';

let root: HTMLDivElement;
let db: OffprintDB;
let messages: { type: string; data: unknown }[];
let answer: (msg: { type: string; data: unknown }) => unknown;

const ex: ExtractedArticle = {
  url: 'https://e.com/a',
  canonicalUrl: null,
  readerable: true,
  kind: 'article',
  title: 'With images',
  byline: null,
  siteName: null,
  lang: 'en',
  excerpt: null,
  publishedTime: null,
  leadImageUrl: null,
  contentHtml: '<p>t</p>',
  textContent: 't',
  originalGzipBase64: null,
  originalLength: 1,
};
const URLS = Array.from({ length: 12 }, (_, i) => `https://img.example/${i}.png`);

async function until<T>(check: () => T, ms = 3000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out; DOM: ' + root.innerHTML.slice(0, 600));
    await new Promise((r) => setTimeout(r, 10));
  }
}
const text = () => root.textContent ?? '';

beforeEach(() => {
  fakeBrowser.reset();
  stubBrowserGaps();
  db = new OffprintDB(`img-${crypto.randomUUID()}`);
  setDb(db);
  messages = [];
  answer = () => ({ ok: true });
  fakeBrowser.runtime.onMessage.addListener(((msg: { type: string; data: unknown }) => {
    messages.push(msg);
    return Promise.resolve(answer(msg));
  }) as never);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

describe('ImageProgress (popup)', () => {
  it('counts "7 / 12 images" live as images are stored, then says they are all saved', async () => {
    const { id } = await saveArticle(ex, db);
    await queueImages(id, URLS, {}, db);
    render(<ImageProgress articleId={id} />, root);
    await until(() => text().includes('0 / 12 images'));
    // The queue is unfinished: opening the popup asks the background to resume it.
    await until(() => messages.some((m) => m.type === 'images:resume'));
    let n = 0;
    const gate: (() => void)[] = [];
    const run = runImageQueue(
      (url) => new Promise((r) => gate.push(() => r({ ok: true, blob: new Blob([url], { type: 'image/png' }) }))),
      {},
      db,
    );
    for (; n < 7; n++) {
      await until(() => gate[n]);
      gate[n]();
    }
    await until(() => text().includes('7 / 12 images'));
    for (; n < 12; n++) {
      await until(() => gate[n]);
      gate[n]();
    }
    await run;
    await until(() => text().includes('All 12 images saved for offline reading'));
    expect(root.querySelector('#allow-images')).toBeNull();
  });

  it('says what was left out, asks for access to other sites from a click, then fetches what was blocked', async () => {
    const { id } = await saveArticle(ex, db);
    await queueImages(id, URLS.slice(0, 3), {}, db);
    await runImageQueue(
      async (url) =>
        url.endsWith('0.png')
          ? { ok: true, blob: new Blob(['x']) }
          : url.endsWith('1.png')
            ? { ok: false, reason: 'too-big' }
            : { ok: false, reason: 'blocked' },
      {},
      db,
    );
    const request = vi.fn().mockResolvedValue(true);
    (fakeBrowser.permissions as unknown as { request: unknown }).request = request;
    render(<ImageProgress articleId={id} />, root);
    await until(() => root.querySelector('#allow-images'));
    expect(root.querySelector('#image-count')?.textContent).toBe('1 / 3 images saved');
    expect(root.querySelector('#image-ask')?.textContent).toBe('· 1 from other sites need permission');
    (root.querySelector('#allow-images') as HTMLButtonElement).click();
    await until(() => messages.some((m) => m.type === 'images:resume'));
    expect(request).toHaveBeenCalledWith({ origins: ['<all_urls>'] });
    expect((await fakeBrowser.storage.local.get('prompts')).prompts).toMatchObject({
      'image-permission': { decision: 'granted' },
    });
    const task = await imageTaskOf(id, db);
    expect(task?.state).toBe('pending');
    expect(Object.values((task?.data as { skipped: Record<string, string> }).skipped)).toEqual(['too-big']);
  });

  it('asks once: after “Not now” the line only counts, on this save and the next', async () => {
    const { id } = await saveArticle(ex, db);
    await queueImages(id, URLS.slice(0, 2), {}, db);
    await runImageQueue(
      async (url) => (url.endsWith('0.png') ? { ok: false, reason: 'too-big' } : { ok: false, reason: 'blocked' }),
      {},
      db,
    );
    const request = vi.fn().mockResolvedValue(true);
    (fakeBrowser.permissions as unknown as { request: unknown }).request = request;
    render(<ImageProgress articleId={id} />, root);
    (await until(() => root.querySelector('#images-not-now') as HTMLButtonElement)).click();
    await until(() => !root.querySelector('#allow-images'));
    expect(root.querySelector('#image-skipped')?.textContent).toBe('· Not saved: 1 over 5 MB each.');
    render(null, root);
    render(<ImageProgress articleId={id} />, root); // the popup opened again
    await until(() => root.querySelector('#image-count'));
    await new Promise((r) => setTimeout(r, 50));
    expect(root.querySelector('#allow-images')).toBeNull();
    expect(request).not.toHaveBeenCalled();
  });

  it('does not ask when the permission is already there', async () => {
    stubBrowserGaps({ granted: true });
    const { id } = await saveArticle(ex, db);
    await queueImages(id, URLS.slice(0, 1), {}, db);
    await runImageQueue(async () => ({ ok: false, reason: 'blocked' }), {}, db);
    render(<ImageProgress articleId={id} />, root);
    await until(() => root.querySelector('#image-count'));
    await new Promise((r) => setTimeout(r, 50));
    expect(root.querySelector('#allow-images')).toBeNull();
  });

  it('says in words when the background cannot start the downloads after the permission is given', async () => {
    const { id } = await saveArticle(ex, db);
    await queueImages(id, URLS.slice(0, 1), {}, db);
    await runImageQueue(async () => ({ ok: false, reason: 'blocked' }), {}, db);
    (fakeBrowser.permissions as unknown as { request: unknown }).request = vi.fn().mockResolvedValue(true);
    answer = (msg) =>
      msg.type === 'images:resume' ? { ok: false, error: 'failed', message: 'Offprint could not do this: boom' } : {};
    render(<ImageProgress articleId={id} />, root);
    (await until(() => root.querySelector('#allow-images') as HTMLButtonElement)).click();
    await until(() => text().includes('The images could not be downloaded now. Offprint could not do this: boom'));
    expect(root.querySelector('.image-denied')?.getAttribute('role')).toBe('alert');
  });

  it('tells the user when the permission is refused, and keeps the article', async () => {
    const { id } = await saveArticle(ex, db);
    await queueImages(id, URLS.slice(0, 1), {}, db);
    await runImageQueue(async () => ({ ok: false, reason: 'blocked' }), {}, db);
    (fakeBrowser.permissions as unknown as { request: unknown }).request = vi.fn().mockResolvedValue(false);
    render(<ImageProgress articleId={id} />, root);
    (await until(() => root.querySelector('#allow-images') as HTMLButtonElement)).click();
    await until(() => text().includes('Permission was not given'));
    expect(await db.articles.get(id)).toBeTruthy();
  });
});

describe('popup save, service worker stopped mid-save', () => {
  it('asks again once when the reply is lost, and reports the result', async () => {
    const { id } = await saveArticle(ex, db);
    let tries = 0;
    answer = (msg) =>
      msg.type !== 'tab:save'
        ? { ok: true }
        : ++tries === 1
          ? Promise.reject(new Error('The message port closed before a response was received.'))
          : { ok: true, id, existed: true, title: 'With images' };
    render(<App tabId={3} />, root);
    await until(() => root.querySelector('#status[data-state="existed"]'));
    expect(tries).toBe(2);
  });

  it('says in words when the background does not take up the save queue as the popup opens', async () => {
    answer = (msg) =>
      msg.type === 'queue:work'
        ? Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'))
        : { ok: true, id: 1, existed: true, title: 'x' };
    render(<App tabId={3} />, root);
    const line = await until(() => root.querySelector('#background-issue'));
    expect(line!.textContent).toMatch(
      new RegExp(
        /^Offprint’s background did not answer\. Try again\. /.source +
          /Pages waiting to be saved continue when you open Offprint again\.$/.source,
      ),
    );
  });

  it('says the save was interrupted, with Try again, when the worker does not answer twice', async () => {
    answer = (msg) =>
      msg.type !== 'tab:save'
        ? { ok: true }
        : Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    render(<App tabId={3} />, root);
    await until(() => root.querySelector('#status[data-state="no-answer"]'));
    expect(text()).toMatch(/The save was interrupted\. Offprint’s background did not answer\. Try again/);
    expect(root.querySelector('#save')?.textContent).toBe('Try again');
  });
});
