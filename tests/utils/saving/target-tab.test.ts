import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { targetTab } from '@/utils/saving/target-tab';

type Tab = { id: number; url: string; windowId: number; active: boolean; lastAccessed: number };
const OWN = 'chrome-extension://offprint/';

function tabs(list: Tab[]) {
  vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation(((p: string) => OWN + p.replace(/^\//, '')) as never);
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((async (id: number) => list.find((t) => t.id === id)) as never);
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async (q: { active?: boolean }) =>
    q.active ? list.filter((t) => t.active).slice(0, 1) : list) as never);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('targetTab', () => {
  const article = { id: 2, url: 'https://news.example/story', windowId: 1, active: false, lastAccessed: 20 };
  const older = { id: 1, url: 'https://old.example/', windowId: 1, active: false, lastAccessed: 10 };

  it('is the active tab when the asking page is no tab (the toolbar popup)', async () => {
    tabs([{ ...article, active: true }, older]);
    expect((await targetTab())?.id).toBe(2);
  });

  it('is the tab the user was on when the popup itself is the active tab (Firefox for Android)', async () => {
    tabs([{ id: 9, url: `${OWN}popup.html`, windowId: 1, active: true, lastAccessed: 30 }, article, older]);
    expect((await targetTab(undefined, 9))?.id).toBe(2);
  });

  it('skips an Offprint page that is active in another window', async () => {
    const library = { id: 5, url: `${OWN}library.html`, windowId: 3, active: true, lastAccessed: 5 };
    const popup = { id: 9, url: `${OWN}popup.html`, windowId: 1, active: false, lastAccessed: 30 };
    tabs([library, popup, article, older]);
    expect((await targetTab(undefined, 9))?.id).toBe(2);
  });

  it('prefers the newer tab when two windows report the same last use (Firefox reports "now" for both)', async () => {
    const blank = { id: 1, url: 'about:blank', windowId: 1, active: true, lastAccessed: 40 };
    const story = { ...article, id: 3, windowId: 23, active: true, lastAccessed: 40 };
    const popup = { id: 4, url: `${OWN}popup.html`, windowId: 33, active: true, lastAccessed: 40 };
    tabs([popup, blank, story]); // the popup's window is the last focused one
    expect((await targetTab(undefined, 4))?.id).toBe(3);
  });

  it('takes the given tab id as it is', async () => {
    tabs([article, older]);
    expect((await targetTab(1, 9))?.id).toBe(1);
  });
});
