import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mergeArticleRecords, mergeImagesRecords } from '@/utils/sync/merge-records';
import {
  canonicalJson,
  type ArticleRecord,
  type HighlightRecord,
  type LiveRecord,
  type Tombstone,
} from '@/utils/sync/sync-record';

/** A live record at time `t` for every clock, with overrides. */
function live(over: Partial<LiveRecord> = {}, t = 100): LiveRecord {
  return {
    v: 1,
    gid: 'g',
    life: t,
    deletedAt: 0,
    url: 'https://example.com/a',
    originalUrl: 'https://example.com/a',
    canonicalUrl: null,
    kind: 'article',
    byline: null,
    siteName: null,
    site: 'example.com',
    lang: 'en',
    excerpt: null,
    publishedTime: null,
    leadImageUrl: null,
    wordCount: 3,
    readingMinutes: 1,
    savedAt: t,
    contentAt: t,
    body: { att: 'fbody', n: 'n1', len: 10 },
    original: null,
    title: 'Title',
    titleAt: t,
    status: 'unread',
    statusAt: t,
    favorite: 0,
    favoriteAt: t,
    tags: {},
    progress: 0,
    highlights: {},
    ...over,
  };
}
const tomb = (deletedAt: number, life = 100): Tombstone => ({ v: 1, gid: 'g', life, deletedAt, deleted: true });
const merge = (...r: ArticleRecord[]) => mergeArticleRecords(r) as LiveRecord;

describe('merge rules', () => {
  it('keeps status and favourite by their latest change, each on its own', () => {
    const a = live({ status: 'archived', statusAt: 200 });
    const b = live({ favorite: 1, favoriteAt: 300 });
    const m = merge(a, b);
    expect([m.status, m.favorite]).toEqual(['archived', 1]);
    expect(merge(b, a)).toEqual(m);
  });

  it('merges tags as a set: adds and removals from both sides, compared in lower case', () => {
    const a = live({ tags: { news: [1, 150, 'news'], old: [0, 160, 'old'] } });
    const b = live({ tags: { old: [1, 120, 'old'], later: [1, 170, 'Later'], news: [0, 140, 'news'] } });
    expect(merge(a, b).tags).toEqual({ news: [1, 150, 'news'], old: [0, 160, 'old'], later: [1, 170, 'Later'] });
  });

  it('keeps the furthest reading progress, unless told this browser simply moved on', () => {
    expect(merge(live({ progress: 0.8 }), live({ progress: 0.3 })).progress).toBe(0.8);
    expect(
      (mergeArticleRecords([live({ progress: 0.8 }), live({ progress: 0.1 })], { progress: 0.1 }) as LiveRecord)
        .progress,
    ).toBe(0.1);
  });

  it('keeps each highlight’s latest edit, and a removal that is later than an edit', () => {
    const h = (gid: string, note: string, updatedAt: number, deleted?: boolean): HighlightRecord => ({
      gid,
      quote: 'q',
      prefix: '',
      suffix: '',
      position: null,
      color: 'yellow',
      note,
      createdAt: 1,
      updatedAt,
      deleted: deleted ? 1 : 0,
    });
    const a = live({ highlights: { h1: h('h1', 'mine', 200), h2: h('h2', '', 100, true) } });
    const b = live({ highlights: { h1: h('h1', 'theirs', 150), h2: h('h2', 'edited', 90), h3: h('h3', 'new', 10) } });
    const m = merge(a, b).highlights;
    expect(m.h1.note).toBe('mine');
    expect(m.h2.deleted).toBe(1);
    expect(m.h3.note).toBe('new');
  });

  it('takes the content group (text, metadata, saved date) from the latest extraction', () => {
    const a = live({ contentAt: 300, wordCount: 900, body: { att: 'fbody', n: 'n2', len: 99 }, savedAt: 300 });
    const b = live({ contentAt: 200, wordCount: 3, title: 'User title', titleAt: 400 });
    const m = merge(a, b);
    expect([m.wordCount, m.body?.n, m.savedAt, m.title]).toEqual([900, 'n2', 300, 'User title']);
  });

  it('carries the page kind with the content group; a record from before page kinds still merges', () => {
    const older = live({ contentAt: 200 });
    delete older.pageKind;
    const newer = live({ contentAt: 300, pageKind: 'thread' });
    expect(merge(older, newer).pageKind).toBe('thread');
    expect(merge(newer, older).pageKind).toBe('thread');
    // The latest extraction wins even when it comes from a build that does not know page kinds.
    const m = merge(live({ contentAt: 100, pageKind: 'product' }), live({ contentAt: 400, wordCount: 7 }));
    expect([m.pageKind, m.wordCount]).toEqual([undefined, 7]);
    expect(canonicalJson(m)).not.toContain('pageKind');
  });

  it('lets a delete win over a concurrent edit, and lose only to a later save or Undo', () => {
    const edit = live({ tags: { x: [1, 500, 'x'] }, statusAt: 500 }, 100);
    expect(mergeArticleRecords([edit, tomb(300)])).toEqual(tomb(300));
    const resaved = live({}, 400);
    const m = merge(tomb(300), resaved);
    expect(m.deleted).toBeUndefined();
    expect([m.life, m.deletedAt]).toEqual([400, 300]);
    // An edit made after the delete (but no save) still loses.
    expect(mergeArticleRecords([tomb(300), live({ statusAt: 900 }, 100)]).deleted).toBe(true);
  });

  it('merges images as a union by URL, the latest copy of each', () => {
    const im = (url: string, savedAt: number, n: string) => ({
      url,
      att: 'f' + url,
      n,
      len: 1,
      type: 'image/png',
      bytes: 1,
      width: null,
      height: null,
      savedAt,
    });
    const m = mergeImagesRecords([
      { v: 1, gid: 'g', images: { a: im('a', 1, 'x'), b: im('b', 5, 'old') } },
      { v: 1, gid: 'g', images: { b: im('b', 6, 'new'), c: im('c', 1, 'y') } },
    ]);
    expect(Object.keys(m.images).sort()).toEqual(['a', 'b', 'c']);
    expect(m.images.b.n).toBe('new');
  });
});

describe('merge is deterministic', () => {
  const time = fc.integer({ min: 1, max: 20 });
  const tags = fc.dictionary(
    fc.constantFrom('a', 'b', 'c'),
    fc.tuple(fc.constantFrom<0 | 1>(0, 1), time, fc.constantFrom('a', 'A')),
  );
  const highlight = fc.record({
    gid: fc.constantFrom('h1', 'h2'),
    quote: fc.constantFrom('q', 'r'),
    note: fc.constantFrom(null, 'n'),
    createdAt: fc.constant(1),
    updatedAt: time,
    deleted: fc.constantFrom(undefined, true),
  });
  const liveArb = fc
    .record({
      life: time,
      deletedAt: fc.constantFrom(0, 5, 10),
      status: fc.constantFrom<'unread' | 'archived'>('unread', 'archived'),
      statusAt: time,
      favorite: fc.constantFrom<0 | 1>(0, 1),
      favoriteAt: time,
      title: fc.constantFrom('x', 'y'),
      titleAt: time,
      contentAt: time,
      wordCount: fc.integer({ min: 0, max: 5 }),
      progress: fc.constantFrom(0, 0.5, 1),
      tags,
      highlights: fc.array(highlight, { maxLength: 3 }),
    })
    .map(({ highlights, ...r }) =>
      live({
        ...r,
        // A live copy was (re)born after any delete it knows of.
        deletedAt: r.deletedAt < r.life ? r.deletedAt : 0,
        highlights: Object.fromEntries(
          highlights.map((h) => [h.gid, JSON.parse(JSON.stringify(h))] as const),
        ) as LiveRecord['highlights'],
      }),
    );
  const recordArb: fc.Arbitrary<ArticleRecord> = fc.oneof(
    { arbitrary: liveArb, weight: 4 },
    { arbitrary: fc.tuple(time, time).map(([d, l]) => tomb(d, Math.min(l, d))), weight: 1 },
  );

  it('gives the same plaintext in any order, when merged again, and in any grouping (two browsers agree)', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { minLength: 1, maxLength: 4 }), fc.nat(), (records, seed) => {
        const m = canonicalJson(mergeArticleRecords(records));
        const shuffled = [...records].sort(() => 0).reverse();
        const rotated = records.map((_, i) => records[(i + seed) % records.length]);
        expect(canonicalJson(mergeArticleRecords(shuffled))).toBe(m);
        expect(canonicalJson(mergeArticleRecords(rotated))).toBe(m);
        const once = mergeArticleRecords(records);
        expect(canonicalJson(mergeArticleRecords([once, once]))).toBe(m);
        // Live records only: merging in two steps gives the same as at once (a browser that resolved part first).
        const alive = records.filter((r) => !r.deleted);
        if (alive.length >= 2) {
          const all = canonicalJson(mergeArticleRecords(alive));
          const stepwise = mergeArticleRecords([
            mergeArticleRecords(alive.slice(0, 1 + (seed % (alive.length - 1)))),
            ...alive.slice(1 + (seed % (alive.length - 1))),
          ]);
          expect(canonicalJson(stepwise)).toBe(all);
        }
      }),
      { numRuns: 500 },
    );
  });
});
