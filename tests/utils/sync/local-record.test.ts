import { describe, expect, it } from 'vitest';
import type { Article, Highlight } from '@/utils/article';
import { articleRowOf, highlightRecordOf, highlightRowsOf, recordOfLocal } from '@/utils/sync/local-record';
import type { LiveRecord } from '@/utils/sync/sync-record';

const local: Highlight = {
  id: 4,
  gid: 'c0ffee00-0000-4000-8000-000000000002',
  articleId: 9,
  quote: 'harbour',
  prefix: 'the ',
  suffix: ' dredging',
  position: { start: 4, end: 11 },
  color: 'blue',
  note: 'n',
  createdAt: 1,
  updatedAt: 5,
  deleted: 0,
  anchor: { contentAt: 3, found: true },
};

describe('highlights as synced (s14 model)', () => {
  it('sends gid, selectors, colour, note, dates and tombstone, but never the local anchor cache or ids', () => {
    const r = highlightRecordOf(local);
    expect(r).toEqual({
      gid: local.gid,
      quote: 'harbour',
      prefix: 'the ',
      suffix: ' dredging',
      position: { start: 4, end: 11 },
      color: 'blue',
      note: 'n',
      createdAt: 1,
      updatedAt: 5,
      deleted: 0,
    });
  });

  it('arriving rows keep the local id, and the anchor cache only while the target text is the same', () => {
    const rec = (h: Partial<Highlight>) =>
      ({ highlights: { [local.gid]: { ...highlightRecordOf(local), ...h } } }) as unknown as LiveRecord;
    const [same] = highlightRowsOf(rec({ note: 'edited', updatedAt: 8 }), 9, [local]);
    expect(same).toMatchObject({ id: 4, articleId: 9, note: 'edited', anchor: local.anchor, deleted: 0 });
    const [moved] = highlightRowsOf(rec({ position: { start: 20, end: 27 } }), 9, [local]);
    expect(moved.anchor).toBeNull();
    const [fresh] = highlightRowsOf(rec({}), 9, []);
    expect(fresh.id).toBeUndefined();
    expect(fresh.anchor).toBeNull();
  });
});

describe('page kind as synced', () => {
  const article = {
    id: 3,
    gid: 'c0ffee00-0000-4000-8000-000000000009',
    url: 'https://forum.example/t/1',
    originalUrl: 'https://forum.example/t/1',
    canonicalUrl: null,
    kind: 'article',
    pageKind: 'thread',
    title: 'A topic',
    byline: null,
    siteName: null,
    site: 'forum.example',
    lang: 'en',
    excerpt: null,
    publishedTime: null,
    leadImageUrl: null,
    wordCount: 120,
    readingMinutes: 1,
    status: 'unread',
    favorite: 0,
    tags: [],
    progress: 0,
    savedAt: 10,
    updatedAt: 10,
  } satisfies Article;
  const names = { body: 'fb', original: 'fo' };

  it('sends the page kind and brings it back on the arriving row', () => {
    const rec = recordOfLocal({ article, highlights: [], images: [] }, names, []);
    expect(rec.pageKind).toBe('thread');
    expect(articleRowOf(rec, 5).pageKind).toBe('thread');
  });

  it('a record without one (an older build, or an article from before page kinds) gives a row without one', () => {
    const { pageKind: _none, ...old } = article;
    const rec = recordOfLocal({ article: old, highlights: [], images: [] }, names, []);
    expect('pageKind' in rec).toBe(false);
    expect(articleRowOf(rec, 5).pageKind).toBeUndefined();
    // An unknown kind from a newer build is not stored: the row reads as an article.
    expect(articleRowOf({ ...rec, pageKind: 'recipe' as never }, 5).pageKind).toBeUndefined();
  });
});
