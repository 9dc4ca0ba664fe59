import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FetchArticle } from '@/components/reader/FetchArticle';
import { OffprintDB, setDb } from '@/utils/storage/db';
import type { Article } from '@/utils/article';
import { makeRow } from '../../helpers/make-article';
import { stubBrowserGaps } from '../../helpers/stub-browser';

let root: HTMLDivElement;
let db: OffprintDB;
let messages: { type: string }[];

async function until<T>(check: () => T, ms = 3000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() > end) throw new Error('timed out; DOM: ' + root.innerHTML.slice(0, 600));
    await new Promise((r) => setTimeout(r, 10));
  }
}

const link = (): Article =>
  ({
    ...makeRow(7, { url: 'https://news.example/story', originalUrl: 'https://news.example/story' }),
    kind: 'link',
  }) as Article;

beforeEach(async () => {
  fakeBrowser.reset();
  stubBrowserGaps();
  db = new OffprintDB(`fetch-${crypto.randomUUID()}`);
  setDb(db);
  await db.articles.add(link());
  messages = [];
  fakeBrowser.runtime.onMessage.addListener(((msg: { type: string }) => {
    messages.push(msg);
    return Promise.resolve({ ok: true });
  }) as never);
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('FetchArticle (reader, link-only item)', () => {
  it('asks for that one site from the click, then queues the page into the same row', async () => {
    const request = vi.fn().mockResolvedValue(true);
    (fakeBrowser.permissions as unknown as { request: unknown }).request = request;
    render(<FetchArticle article={link()} />, root);
    root.querySelector<HTMLButtonElement>('#fetch-article-btn')!.click();
    expect(request).toHaveBeenCalledTimes(1); // in the click itself, before any await
    expect(request.mock.calls[0][0].origins).toEqual(['https://news.example/*']);
    await until(() => root.querySelector('#fetch-article-state'));
    await vi.waitFor(async () => expect(await db.queue.count()).toBe(1));
    const queued = await db.queue.toArray();
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ kind: 'save-url', articleId: 7, url: 'https://news.example/story' });
    await until(() => messages.some((m) => m.type === 'queue:work'));
  });

  it('says in words when the permission is refused, and queues nothing', async () => {
    render(<FetchArticle article={link()} />, root);
    root.querySelector<HTMLButtonElement>('#fetch-article-btn')!.click();
    await until(() => root.querySelector('.fetch-problem'));
    expect(root.querySelector('.fetch-problem')!.textContent).toMatch(/not allowed to download from news\.example/);
    expect(await db.queue.count()).toBe(0);
  });
});
