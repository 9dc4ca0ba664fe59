// Firefox for Android, as far as Offprint can tell: no context menus, no keyboard commands, no downloads,
// a toolbar button without badges, and a popup that opens as a tab (and so is the active tab).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { OffprintDB, setDb, getDb } from '@/utils/storage/db';
import { createContextMenus } from '@/utils/saving/context-menus';
import { stubBrowserGaps } from '../helpers/stub-browser';
import { makeArticle } from '../helpers/make-article';

const ARTICLE_TAB = { id: 7, windowId: 1, url: 'https://news.example.com/story', lastAccessed: 2000 };
const OLDER_TAB = { id: 5, windowId: 1, url: 'https://other.example.com/', lastAccessed: 1000 };
const popupTab = () => ({
  id: 20,
  windowId: 1,
  url: fakeBrowser.runtime.getURL('/popup.html'),
  lastAccessed: 3000,
  active: true,
});

let executeScript: ReturnType<typeof vi.fn>;
let setTitle: ReturnType<typeof vi.fn>;

/** Takes away what Firefox for Android does not have. */
function androidBrowser() {
  const b = fakeBrowser as any;
  for (const api of ['contextMenus', 'menus', 'commands', 'downloads', 'action']) delete b[api];
  setTitle = vi.fn(async () => {});
  b.browserAction = { setTitle }; // no badge calls
  const tabs = [popupTab(), ARTICLE_TAB, OLDER_TAB];
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async (q: any) =>
    q.active ? [popupTab() as never] : (tabs as never),
  );
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id: number) => tabs.find((t) => t.id === id) as never);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  setDb(new OffprintDB(`android-${crypto.randomUUID()}`));
  executeScript = vi
    .fn()
    .mockResolvedValue([{ result: { ok: true, article: makeArticle(ARTICLE_TAB.url, 'Hello world') } }]);
  stubBrowserGaps({ executeScript });
  androidBrowser();
});

/** A message from the popup opened as a tab (its sender has a tab, unlike the toolbar popup's). */
async function sendFromPopupTab(type: string, data: unknown): Promise<any> {
  const sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html'), tab: popupTab() };
  const answers = await fakeBrowser.runtime.onMessage.trigger({ type, data }, sender as never);
  return answers.find((a) => a !== undefined);
}

describe('background without menus, commands and downloads (Firefox for Android)', () => {
  it('starts: no top-level call to a missing API stops it', () => {
    expect(() => background.main()).not.toThrow();
  });

  it('still answers the popup, and saves the tab the user was on, not the popup opened as a tab', async () => {
    background.main();
    const reply = await sendFromPopupTab('tab:save', {});
    expect(reply).toMatchObject({ ok: true, existed: false });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/extract.js'] });
    expect((await getDb().articles.get(reply.id))?.url).toBe(ARTICLE_TAB.url);
  });

  it('gives the toolbar button a title without the keyboard shortcut at start', async () => {
    background.main();
    await expect.poll(() => setTitle.mock.calls).toContainEqual([{ title: 'Save to Offprint' }]);
  });

  it('marks that tab, with a toolbar title that names no keyboard shortcut', async () => {
    background.main();
    expect(await sendFromPopupTab('tab:mark', {})).toEqual({ ok: true, saved: false });
    expect(setTitle).toHaveBeenCalledWith({ title: 'Save to Offprint', tabId: 7 });
  });

  it('says how to save a page it may not read without naming a shortcut', async () => {
    background.main();
    executeScript.mockRejectedValue(new Error('Missing host permission for the tab'));
    const reply = await sendFromPopupTab('tab:save', {});
    expect(reply).toMatchObject({ ok: false, error: 'no-access' });
    expect(reply.message).not.toMatch(/Alt\+Shift/);
  });

  it('adds no context menu, without an error', async () => {
    await expect(createContextMenus()).resolves.toBeUndefined();
  });
});
