import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { OffprintDB, setDb, getDb } from '@/utils/storage/db';
import type { ExtractedArticle } from '@/utils/article';
import { stubBrowserGaps } from '../helpers/stub-browser';
import { undoSave } from '@/utils/saving/undone-saves';
import { forgetExtractor } from '@/utils/saving/load-extractor';
import { markLoadOnly, runLoadedExtractor } from '@/utils/extraction/page-extractor';

const article: ExtractedArticle = {
  url: 'https://news.example.com/story?utm_campaign=x',
  canonicalUrl: null,
  readerable: true,
  kind: 'article',
  title: 'Story',
  byline: null,
  siteName: 'Example',
  lang: 'en',
  excerpt: null,
  publishedTime: null,
  leadImageUrl: null,
  contentHtml: '<p>Hello world</p>',
  textContent: 'Hello world',
  originalGzipBase64: null,
  originalLength: 10,
};

let executeScript: ReturnType<typeof vi.fn>;
let commandListener: ((command: string, tab?: { id?: number }) => Promise<void>) | undefined;

function tab(url: string, id = 7) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id, url, active: true } as never]);
  vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id, url } as never);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  setDb(new OffprintDB(`bg-${crypto.randomUUID()}`));
  executeScript = vi.fn().mockResolvedValue([{ result: { ok: true, article } }]);
  const { onCommand } = stubBrowserGaps({ executeScript });
  background.main();
  commandListener = onCommand.listeners[0];
});

/** Sends a message to the background as one of the extension's pages (the popup) does, or from `sender`. */
async function send(type: string, data: unknown, sender: object = popupSender()): Promise<any> {
  const answers = await fakeBrowser.runtime.onMessage.trigger({ type, data }, sender);
  return answers.find((a) => a !== undefined);
}
const popupSender = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
const save = (data: object) => send('tab:save', data);

describe('background messages: senders', () => {
  it('refuses a tab:save from a content script (a web page’s tab) and extracts nothing', async () => {
    tab('https://news.example.com/story');
    const contentScript = { id: fakeBrowser.runtime.id, url: 'https://evil.example/', tab: { id: 9 }, frameId: 0 };
    const reply = await send('tab:save', { tabId: 7, force: true }, contentScript);
    expect(reply).toMatchObject({ ok: false, error: 'refused' });
    expect(executeScript).not.toHaveBeenCalled();
    expect(await getDb().articles.count()).toBe(0);
  });

  it('answers tab:mark, queue:work and images:resume from its pages with ok replies', async () => {
    tab('https://news.example.com/story');
    expect(await send('tab:mark', { tabId: 7 })).toEqual({ ok: true, saved: false });
    expect(await send('queue:work', null)).toEqual({ ok: true });
    expect(await send('images:resume', null)).toEqual({ ok: true });
  });
});

describe('background tab:save', () => {
  it('injects the extractor into the active tab and stores the article', async () => {
    tab('https://news.example.com/story?utm_campaign=x');
    const reply = await save({});
    expect(reply).toEqual({ ok: true, id: expect.any(Number), existed: false, title: 'Story' });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/extract.js'] });
    expect((await getDb().articles.get(reply.id))?.url).toBe('https://news.example.com/story');
  });

  it('answers "already saved" on auto-save without extracting again', async () => {
    tab('https://news.example.com/story');
    await save({});
    executeScript.mockClear();
    const reply = await save({ auto: true });
    expect(reply).toMatchObject({ ok: true, existed: true });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('does not auto-save again a page whose save was undone, until the user saves it on purpose', async () => {
    tab('https://news.example.com/story?utm_campaign=x');
    const first = await save({ auto: true });
    expect(first).toMatchObject({ ok: true, existed: false });
    await undoSave(first.id); // the popup's Undo
    expect(await getDb().articles.count()).toBe(0);
    executeScript.mockClear();
    // The popup opens again on the same page (its address without the tracking parameter, too).
    expect(await save({ auto: true })).toMatchObject({ ok: false, error: 'undone' });
    tab('https://news.example.com/story');
    expect(await save({ auto: true })).toMatchObject({ ok: false, error: 'undone' });
    expect(executeScript).not.toHaveBeenCalled();
    expect(await getDb().articles.count()).toBe(0);
    // "Save this page" saves it, and from then on it is an ordinary saved page.
    expect(await save({})).toMatchObject({ ok: true, existed: false });
    const again = await save({ auto: true });
    expect(again).toMatchObject({ ok: true, existed: true });
    await undoSave(again.id);
    tab('https://other.example.com/story');
    expect(await save({ auto: true })).toMatchObject({ ok: true, existed: false }); // other pages still auto-save
  });

  it.each([
    ['chrome://settings', /Browser pages/],
    ['https://chromewebstore.google.com/detail/x', /store pages/],
    ['https://example.com/paper.pdf', /PDF/],
  ])('refuses %s with a message in words and stores nothing', async (url, message) => {
    tab(url);
    const reply = await save({});
    expect(reply).toMatchObject({ ok: false, error: 'restricted', message: expect.stringMatching(message) });
    expect(executeScript).not.toHaveBeenCalled();
    expect(await getDb().articles.count()).toBe(0);
  });

  it('offers to save a page that is not an article, and saves it when forced', async () => {
    tab('https://search.example.com/?q=x');
    executeScript.mockResolvedValue([
      {
        result: {
          ok: true,
          article: { ...article, url: 'https://search.example.com/?q=x', kind: 'page', readerable: false },
        },
      },
    ]);
    expect(await save({})).toMatchObject({ ok: false, error: 'not-article' });
    expect(await getDb().articles.count()).toBe(0);
    expect(await save({ force: true })).toMatchObject({ ok: true, existed: false });
    expect(await getDb().articles.count()).toBe(1);
  });

  it('does not auto-save a page Readability thinks is not readable', async () => {
    tab('https://news.example.com/short');
    executeScript.mockResolvedValue([
      { result: { ok: true, article: { ...article, url: 'https://news.example.com/short', readerable: false } } },
    ]);
    expect(await save({ auto: true })).toMatchObject({ ok: false, error: 'not-article' });
    expect(await getDb().articles.count()).toBe(0);
  });

  it('turns an injection failure into a "no access" message', async () => {
    tab('https://news.example.com/story');
    executeScript.mockRejectedValue(
      new Error(
        'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      ),
    );
    expect(await save({})).toMatchObject({
      ok: false,
      error: 'no-access',
      message: expect.stringMatching(/Alt\+Shift\+S/),
    });
  });

  it('reports an extraction error from the page', async () => {
    tab('https://news.example.com/story');
    executeScript.mockResolvedValue([
      { result: { ok: false, error: 'extract-failed', message: 'The article could not be extracted: boom' } },
    ]);
    expect(await save({})).toMatchObject({
      ok: false,
      error: 'extract-failed',
      message: expect.stringContaining('boom'),
    });
  });
});

describe('background extractor:load (the popup opened), then tab:save', () => {
  const FILE = { target: { tabId: 7 }, files: ['/extract.js'] };
  const isFile = (call: unknown[]) => 'files' in (call[0] as object);
  const funcOf = (call: unknown[]) => (call[0] as { func?: unknown }).func;
  /** The page as the browser runs our injections: a load-only mark, the content script, the loaded extractor. */
  function page(result: unknown = { ok: true, article }) {
    let mark = false;
    let loaded = false;
    executeScript.mockImplementation(async (inj: { files?: string[]; func?: unknown }) => {
      if (inj.func === markLoadOnly) return [{ result: (mark = true) }];
      if (inj.func === runLoadedExtractor) return [{ result: loaded ? result : null }];
      loaded = true;
      const only = mark;
      mark = false;
      return [{ result: only ? { ok: true, loaded: true } : result }];
    });
    return { navigate: () => void ((loaded = false), (mark = false)) };
  }
  beforeEach(() => forgetExtractor(7));

  it('loads the extractor without extracting or storing anything, and Save then only runs it', async () => {
    tab('https://news.example.com/story');
    page();
    expect(await send('extractor:load', { tabId: 7 })).toEqual({ ok: true, loaded: true });
    expect(executeScript.mock.calls.map((c) => (isFile(c) ? 'file' : funcOf(c)))).toEqual([markLoadOnly, 'file']);
    expect(await getDb().articles.count()).toBe(0);
    executeScript.mockClear();
    const reply = await save({ tabId: 7 });
    expect(reply).toMatchObject({ ok: true, existed: false, title: 'Story' });
    // No second injection of the content script: one call of the loaded extractor.
    expect(executeScript.mock.calls).toEqual([
      [{ target: { tabId: 7 }, func: runLoadedExtractor, args: ['offprintPageExtractor'] }],
    ]);
    expect(await getDb().articles.count()).toBe(1);
  });

  it('a Save clicked while the load is under way waits for it and does not inject the file twice', async () => {
    tab('https://news.example.com/story');
    page();
    const [loaded, reply] = await Promise.all([send('extractor:load', { tabId: 7 }), save({ tabId: 7 })]);
    expect(loaded).toEqual({ ok: true, loaded: true });
    expect(reply).toMatchObject({ ok: true, existed: false });
    expect(executeScript.mock.calls.filter(isFile)).toHaveLength(1);
  });

  it('injects the content script when the tab shows another page since the load (its extractor is gone)', async () => {
    tab('https://news.example.com/story');
    const tabPage = page();
    await send('extractor:load', { tabId: 7 });
    tabPage.navigate(); // the worker missed no event here: the page itself has no extractor any more
    executeScript.mockClear();
    expect(await save({ tabId: 7 })).toMatchObject({ ok: true, existed: false });
    expect(executeScript.mock.calls.map((c) => (isFile(c) ? 'file' : funcOf(c)))).toEqual([runLoadedExtractor, 'file']);
  });

  it('forgets the load when the tab starts loading another page: Save injects the content script at once', async () => {
    tab('https://news.example.com/story');
    page();
    await send('extractor:load', { tabId: 7 });
    await fakeBrowser.tabs.onUpdated.trigger(7, { status: 'loading' }, { id: 7 } as never);
    executeScript.mockClear();
    expect(await save({ tabId: 7 })).toMatchObject({ ok: true });
    expect(executeScript.mock.calls).toEqual([[FILE]]);
  });

  it('loads nothing into a browser page and Save there still says why', async () => {
    tab('chrome://settings');
    expect(await send('extractor:load', { tabId: 7 })).toEqual({ ok: true, loaded: false });
    expect(executeScript).not.toHaveBeenCalled();
    expect(await save({ tabId: 7 })).toMatchObject({ ok: false, error: 'restricted', message: /Browser pages/ });
  });

  it('a page that cannot be injected loads nothing, quietly; Save there gives the same "no access" words', async () => {
    tab('https://news.example.com/story');
    executeScript.mockRejectedValue(new Error('Cannot access contents of the page.'));
    expect(await send('extractor:load', { tabId: 7 })).toEqual({ ok: true, loaded: false });
    expect(await save({ tabId: 7 })).toMatchObject({ ok: false, error: 'no-access', message: /Alt\+Shift\+S/ });
    expect(executeScript.mock.calls.at(-1)).toEqual([FILE]);
  });

  it('Save gives the loaded extractor’s failure as it is (a PDF in the viewer)', async () => {
    tab('https://example.com/download?id=3');
    page({ ok: false, error: 'restricted', message: 'PDF files open in the browser’s own viewer…' });
    await send('extractor:load', { tabId: 7 });
    expect(await save({ tabId: 7 })).toMatchObject({ ok: false, error: 'restricted', message: /^PDF files/ });
    expect(await getDb().articles.count()).toBe(0);
  });
});

describe('keyboard command', () => {
  it('saves the tab it was pressed on and shows the result on the badge', async () => {
    tab('https://news.example.com/story', 9);
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    await commandListener!('save-page', { id: 9 });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 9 }, files: ['/extract.js'] });
    expect(await getDb().articles.count()).toBe(1);
    expect(setBadgeText).toHaveBeenCalledWith({ text: '+', tabId: 9 });
  });

  it('shows "!" on the badge when the page cannot be saved', async () => {
    tab('chrome://newtab', 9);
    const setBadgeText = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    await commandListener!('save-page', { id: 9 });
    expect(setBadgeText).toHaveBeenCalledWith({ text: '!', tabId: 9 });
  });
});
