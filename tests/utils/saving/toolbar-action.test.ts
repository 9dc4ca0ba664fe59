import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OffprintDB } from '@/utils/storage/db';
import { markTab } from '@/utils/saving/saved-mark';
import { saveArticle } from '@/utils/storage/save-article';
import { makeArticle } from '../../helpers/make-article';

const b = fakeBrowser as unknown as Record<string, unknown>;
const action = b.action;
afterEach(() => {
  b.action = action;
  delete b.browserAction;
});

describe('the toolbar mark', () => {
  it('uses browserAction where there is no action (Firefox’s Manifest V2 build)', async () => {
    const db = new OffprintDB(`mark-${crypto.randomUUID()}`);
    await saveArticle(makeArticle('https://news.example/a', 'text'), db);
    const calls: unknown[] = [];
    const record = (name: string) => vi.fn(async (d: unknown) => void calls.push([name, d]));
    b.action = undefined;
    b.browserAction = {
      setBadgeBackgroundColor: record('color'),
      setBadgeText: record('text'),
      setTitle: record('title'),
    };
    expect(await markTab(4, 'https://news.example/a', db)).toBe(true);
    expect(calls).toEqual([
      ['color', { color: '#1a7f37', tabId: 4 }],
      ['text', { text: '✓', tabId: 4 }],
      ['title', { title: 'Offprint — already in your library', tabId: 4 }],
    ]);
  });
});
