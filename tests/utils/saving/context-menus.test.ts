import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OffprintDB, setDb } from '@/utils/storage/db';
import { coveredBy, MENU, onContextMenuClick, refreshHostAccess } from '@/utils/saving/context-menus';
import source from '../../fixtures/pages/kyiv-independent-ghost/source.html?raw';

let db: OffprintDB;

beforeEach(() => {
  fakeBrowser.reset();
  db = new OffprintDB(`test-${crypto.randomUUID()}`);
  setDb(db);
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(source, { headers: { 'content-type': 'text/html' } })),
  );
});

describe('coveredBy', () => {
  it.each([
    [['<all_urls>'], 'https://a.example/x', true],
    [['*://*/*'], 'http://a.example/x', true],
    [['http://127.0.0.1/*'], 'http://127.0.0.1:8080/p', true],
    [['http://127.0.0.1/*'], 'https://127.0.0.1/p', false],
    [['https://*.example.org/*'], 'https://news.example.org/a', true],
    [['https://*.example.org/*'], 'https://example.org/a', true],
    [['https://*.example.org/*'], 'https://example.com/a', false],
    [[], 'https://a.example/x', false],
  ])('%j covers %s: %s', (patterns, url, expected) => expect(coveredBy(patterns, url)).toBe(expected));
});

describe('onContextMenuClick: Save link', () => {
  it('asks for the host permission, then fetches, extracts and saves the link without opening it', async () => {
    const request = vi.fn(async () => true);
    (fakeBrowser as any).permissions = {
      getAll: vi.fn(async () => ({ origins: [] })),
      request,
      contains: vi.fn(async () => true),
    };
    await refreshHostAccess();
    const r = await onContextMenuClick({ menuItemId: MENU.link, linkUrl: 'https://news.example/story' });
    // Only the link's own site, with the request guard's permission; never all sites (finding 9).
    expect(request).toHaveBeenCalledWith({
      origins: ['https://news.example/*'],
      permissions: ['declarativeNetRequestWithHostAccess'],
    });
    expect(r).toMatchObject({ ok: true, title: 'Kremlin envoy Dmitriev meets Witkoff in St. Petersburg' });
    expect((await db.articles.toArray())[0].url).toBe('https://news.example/story');
  });

  it('does not ask again when the host is already allowed', async () => {
    const request = vi.fn(async () => true);
    (fakeBrowser as any).permissions = {
      getAll: vi.fn(async () => ({ origins: ['<all_urls>'], permissions: ['declarativeNetRequestWithHostAccess'] })),
      request,
      contains: vi.fn(async () => true),
    };
    await refreshHostAccess();
    await onContextMenuClick({ menuItemId: MENU.link, linkUrl: 'https://news.example/story' });
    expect(request).not.toHaveBeenCalled();
  });

  it('says why and saves nothing when the permission is refused', async () => {
    (fakeBrowser as any).permissions = {
      getAll: vi.fn(async () => ({ origins: [] })),
      request: vi.fn(async () => false),
      contains: vi.fn(async () => false),
    };
    await refreshHostAccess();
    const r = await onContextMenuClick({ menuItemId: MENU.link, linkUrl: 'https://news.example/story' });
    expect(r).toMatchObject({
      ok: false,
      error: 'no-access',
      message: expect.stringMatching(/needs permission to download web pages/),
    });
    expect(await db.articles.count()).toBe(0);
  });
});
