import { beforeEach, describe, expect, it } from 'vitest';
import { OffprintDB } from '@/utils/db';
import { addPostings, prefixIds, removePostings, SEGMENT, termIds } from '@/utils/search-index';

let db: OffprintDB;
beforeEach(() => {
  db = new OffprintDB(`test-${crypto.randomUUID()}`);
});
const tx = (f: () => Promise<void>) => db.transaction('rw', db.postings, f);

describe('posting lists', () => {
  it('appends ids to a term and starts a new segment when one is full', async () => {
    for (let id = 1; id <= SEGMENT + 10; id++) await tx(() => addPostings(db, id, ['glacier']));
    expect(await db.postings.count()).toBe(2);
    expect((await termIds(db, 'glacier')).length).toBe(SEGMENT + 10);
  });

  it('adds an id once even when added twice', async () => {
    await tx(() => addPostings(db, 7, ['x1', 'x1']));
    await tx(() => addPostings(db, 7, ['x1']));
    expect(await termIds(db, 'x1')).toEqual([7]);
  });

  it('removes an id and deletes segments left empty', async () => {
    await tx(() => addPostings(db, 1, ['alpha', 'beta']));
    await tx(() => addPostings(db, 2, ['alpha']));
    await tx(() => removePostings(db, 1, ['alpha', 'beta']));
    expect(await termIds(db, 'alpha')).toEqual([2]);
    expect(await termIds(db, 'beta')).toEqual([]);
    expect(await db.postings.count()).toBe(1);
  });

  it('finds every term that starts with a prefix, and only those', async () => {
    await tx(() => addPostings(db, 1, ['government']));
    await tx(() => addPostings(db, 2, ['governor', 'gov']));
    await tx(() => addPostings(db, 3, ['goal', 'governance2']));
    expect([...new Set(await prefixIds(db, 'gov'))].sort()).toEqual([1, 2, 3]);
    expect(await prefixIds(db, 'gover')).toEqual(expect.arrayContaining([1, 2, 3]));
    expect(await prefixIds(db, 'goa')).toEqual([3]);
  });
});
