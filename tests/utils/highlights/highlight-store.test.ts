import { beforeEach, describe, expect, it } from 'vitest';
import { OffprintDB } from '@/utils/storage/db';
import {
  addHighlight,
  deleteHighlight,
  listHighlights,
  saveAnchors,
  undeleteHighlight,
  updateHighlight,
} from '@/utils/highlights/highlight-store';

let db: OffprintDB;
beforeEach(() => {
  db = new OffprintDB(`hl-${crypto.randomUUID()}`);
});

const make = (start: number, quote = 'some words', articleId = 1) => ({
  articleId,
  quote,
  prefix: 'before ',
  suffix: ' after',
  position: { start, end: start + quote.length },
  color: 'green' as const,
  contentAt: 77,
});

describe('highlight store', () => {
  it('adds a highlight with a global id, dates, no tombstone and the body version it was made on', async () => {
    const h = await addHighlight({ ...make(10), note: '  ' }, db, 1000);
    expect(h).toMatchObject({ id: 1, createdAt: 1000, updatedAt: 1000, deleted: 0, note: null, color: 'green' });
    expect(h.anchor).toEqual({ contentAt: 77, found: true });
    expect(h.gid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/);
    expect(await db.highlights.get(1)).toEqual(h);
  });

  it('lists an article’s live highlights in reading order', async () => {
    await addHighlight(make(50, 'later'), db, 1);
    await addHighlight(make(5, 'earlier'), db, 2);
    await addHighlight(make(1, 'other article', 2), db, 3);
    const gone = await addHighlight(make(20, 'deleted'), db, 4);
    await deleteHighlight(gone.id!, db, 5);
    expect((await listHighlights(1, db)).map((h) => h.quote)).toEqual(['earlier', 'later']);
  });

  it('recolours, edits and removes a note, stamping updatedAt each time', async () => {
    const h = await addHighlight(make(0), db, 1000);
    await updateHighlight(h.id!, { color: 'pink' }, db, 2000);
    expect(await db.highlights.get(h.id!)).toMatchObject({ color: 'pink', updatedAt: 2000, createdAt: 1000 });
    await updateHighlight(h.id!, { note: 'line one\nline two' }, db, 3000);
    expect(await db.highlights.get(h.id!)).toMatchObject({ note: 'line one\nline two', updatedAt: 3000 });
    await updateHighlight(h.id!, { note: '' }, db, 4000);
    expect(await db.highlights.get(h.id!)).toMatchObject({ note: null, color: 'pink', updatedAt: 4000 });
  });

  it('deletes to a tombstone that keeps the global id, and undo brings it back newer than the tombstone', async () => {
    const h = await addHighlight(make(0), db, 1000);
    await deleteHighlight(h.id!, db, 2000);
    expect(await db.highlights.get(h.id!)).toMatchObject({ gid: h.gid, deleted: 1, updatedAt: 2000 });
    expect(await listHighlights(1, db)).toEqual([]);
    await undeleteHighlight(h.id!, db, 3000);
    expect(await db.highlights.get(h.id!)).toMatchObject({ deleted: 0, updatedAt: 3000, quote: 'some words' });
  });

  it('stores anchoring results without stamping updatedAt', async () => {
    const h = await addHighlight(make(0), db, 1000);
    await saveAnchors(
      [{ id: h.id!, changes: { anchor: { contentAt: 88, found: true }, position: { start: 4, end: 14 } } }],
      db,
    );
    expect(await db.highlights.get(h.id!)).toMatchObject({
      updatedAt: 1000,
      anchor: { contentAt: 88, found: true },
      position: { start: 4, end: 14 },
    });
  });
});
