import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveTab } from '@/utils/saving/save-tab';
import { PDF_MESSAGE } from '@/utils/extraction/extract-page';
import { OffprintDB, setDb } from '@/utils/storage/db';

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
    expect(after).toHaveBeenCalledWith(expect.any(Number), article, 7);
  });
});
