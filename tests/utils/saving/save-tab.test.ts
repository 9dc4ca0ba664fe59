import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveTab } from '@/utils/saving/save-tab';
import { PDF_MESSAGE } from '@/utils/extraction/extract-page';
import { OffprintDB, getDb, setDb } from '@/utils/storage/db';
import fs from 'node:fs';
import { extractArticle } from '@/utils/extraction/extract-article';
import { articleText } from '@/utils/extraction/article-text';
import { extractFixtureHtml } from '../../helpers/page-fixture';
import { saveInFlight } from '@/utils/saving/save-in-flight';

function tab(url: string | undefined) {
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 7, url } as never);
}
function inject(impl: () => Promise<unknown>) {
  (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript: vi.fn(impl) };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  setDb(new OffprintDB(`test-${crypto.randomUUID()}`));
});

describe('saveTab and background work', () => {
  it('counts as a save in flight from the request to the reply, whatever the outcome', async () => {
    tab('https://news.example/a');
    const during: boolean[] = [];
    inject(async () => {
      during.push(saveInFlight());
      throw new Error('Frame with ID 0 is showing error page');
    });
    await expect(saveTab({ tabId: 7 })).resolves.toMatchObject({ ok: false });
    expect(during).toEqual([true]);
    expect(saveInFlight()).toBe(false);
  });
});

describe('saveTab on pages it cannot save', () => {
  it.each([
    ['chrome://settings/', /^Browser pages/],
    ['https://chromewebstore.google.com/detail/abc', /^Extension store pages/],
    ['https://chrome.google.com/webstore/detail/abc', /^Extension store pages/],
    ['http://127.0.0.1/paper.pdf', /^PDF files/],
  ])('refuses %s in words, without injecting', async (url, message) => {
    tab(url);
    inject(() => Promise.reject(new Error('must not be called')));
    await expect(saveTab({ tabId: 7 })).resolves.toMatchObject({
      ok: false,
      error: 'restricted',
      message: expect.stringMatching(message),
    });
  });

  it('gives the PDF message when the content script finds a PDF at a URL without .pdf', async () => {
    tab('http://127.0.0.1/download?id=3');
    inject(async () => [{ result: { ok: false, error: 'restricted', message: PDF_MESSAGE } }]);
    await expect(saveTab({ tabId: 7 })).resolves.toMatchObject({
      ok: false,
      error: 'restricted',
      message: PDF_MESSAGE,
    });
  });

  it.each([
    ['Cannot access a chrome:// URL', /^Browser pages/],
    ['The extensions gallery cannot be scripted.', /^Extension store pages/],
  ])('names the browser page when only the injection error tells (%s)', async (error, message) => {
    tab(undefined);
    inject(() => Promise.reject(new Error(error)));
    await expect(saveTab({ tabId: 7 })).resolves.toMatchObject({
      ok: false,
      error: 'restricted',
      message: expect.stringMatching(message),
    });
  });

  it('hands the tab id to the after-save work (the image queue fetches through that tab)', async () => {
    tab('https://news.example/a');
    const article = {
      url: 'https://news.example/a',
      canonicalUrl: null,
      readerable: true,
      kind: 'article',
      title: 'A',
      byline: null,
      siteName: null,
      lang: null,
      excerpt: null,
      publishedTime: null,
      leadImageUrl: null,
      contentHtml: '<p>x</p>',
      textContent: 'x',
      originalGzipBase64: null,
      originalLength: 1,
      imageUrls: ['https://img/1.png'],
    };
    inject(async () => [{ result: { ok: true, article } }]);
    const after = vi.fn();
    const res = await saveTab({ tabId: 7 }, after);
    expect(res).toMatchObject({ ok: true });
    // (It runs after the reply: see the next test.)
    await vi.waitFor(() => expect(after).toHaveBeenCalledWith(expect.any(Number), article, 7));
  });

  it('replies once the article is stored, without waiting for the after-save work', async () => {
    tab('https://news.example/b');
    const article = { ...minimalArticle('https://news.example/b'), imageUrls: ['https://img/1.png'] };
    inject(async () => [{ result: { ok: true, article } }]);
    let release!: () => void;
    const after = vi.fn(() => new Promise<void>((r) => (release = r)));
    const replied = saveTab({ tabId: 7 }, after);
    const first = await Promise.race([
      replied.then((r) => ({ replied: r })),
      new Promise((r) => setTimeout(() => r('waited for the after-save work'), 1000)),
    ]);
    expect(first).toMatchObject({ replied: { ok: true, existed: false } });
    // The article is stored when the reply says so; the after-save work still runs, and its failure undoes nothing.
    const { id } = (first as { replied: { id: number } }).replied;
    expect(await getDb().articles.get(id)).toMatchObject({ title: 'B' });
    await vi.waitFor(() => expect(after).toHaveBeenCalledWith(id, article, 7));
    release();
  });

  it('keeps the article when the after-save work fails (after the reply)', async () => {
    tab('https://news.example/c');
    inject(async () => [{ result: { ok: true, article: minimalArticle('https://news.example/c') } }]);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const after = vi.fn(async () => {
      throw new Error('queue full');
    });
    const res = await saveTab({ tabId: 7 }, after);
    expect(res).toMatchObject({ ok: true });
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith('after-save work failed', expect.any(Error)));
    expect(await getDb().articles.count()).toBe(1);
  });
});

/** An extracted article as the content script sends it, titled from its URL's last letter. */
function minimalArticle(url: string) {
  return {
    url,
    canonicalUrl: null,
    readerable: true,
    kind: 'article' as const,
    title: url.slice(-1).toUpperCase(),
    byline: null,
    siteName: null,
    lang: null,
    excerpt: null,
    publishedTime: null,
    leadImageUrl: null,
    contentHtml: '<p>x</p>',
    textContent: 'x',
    originalGzipBase64: null,
    originalLength: 1,
  };
}

describe('saveTab when the popup opens (auto): readable means main content of any kind', () => {
  /** What the content script sends for a fixture page (extracted with force, as it always is). */
  function extracted(file: string) {
    const html = fs.readFileSync(`tests/fixtures/kinds/${file}`, 'utf8');
    const core = extractFixtureHtml(html, {
      extractArticle: (doc, url) => extractArticle(doc, url, { force: true }),
      articleText,
    })!;
    return { ...core, originalGzipBase64: null, originalLength: html.length, imageUrls: [] };
  }

  it.each([
    ['thread/phpbb-topic.html', 'thread'],
    ['documentation/sphinx-page.html', 'documentation'],
    ['product/microdata-product.html', 'product'],
    ['service/agency-page.html', 'service'],
  ])('saves %s on its own, with its kind', async (file, kind) => {
    const article = extracted(file);
    expect(article.pageKind).toBe(kind);
    tab(article.url);
    inject(async () => [{ result: { ok: true, article } }]);
    const res = await saveTab({ tabId: 7, auto: true });
    expect(res).toMatchObject({ ok: true, existed: false });
    const row = await getDb().articles.get((res as { id: number }).id);
    expect([row?.kind, row?.pageKind]).toEqual(['article', kind]);
  });

  it('does not save a page without main content on its own, and keeps it as a page when asked', async () => {
    const html =
      '<html><head><title>Sign in</title></head>' +
      '<body><form><input type="email"><button>Go</button></form></body></html>';
    const core = extractFixtureHtml(html, {
      extractArticle: (d, u) => extractArticle(d, u, { force: true }),
      articleText,
    })!;
    const article = { ...core, originalGzipBase64: null, originalLength: html.length };
    tab(article.url);
    inject(async () => [{ result: { ok: true, article } }]);
    await expect(saveTab({ tabId: 7, auto: true })).resolves.toMatchObject({ ok: false, error: 'not-article' });
    expect(await getDb().articles.count()).toBe(0);
    await expect(saveTab({ tabId: 7, force: true })).resolves.toMatchObject({ ok: true });
    expect((await getDb().articles.toArray())[0].kind).toBe('page');
  });
});
