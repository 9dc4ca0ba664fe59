import { describe, expect, it } from 'vitest';
import type { Highlight } from '@/utils/article';
import { highlightRecordOf, highlightRowsOf } from '@/utils/sync/local-record';
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
