import { describe, expect, it } from 'vitest';
import { pinFirst, pinShows, type PinnedRow } from '@/components/library/pinned-row';
import type { Article } from '@/utils/article';

const pin = (row: Partial<Article>): PinnedRow => ({
  row: { id: 9, status: 'unread', favorite: 0, ...row } as Article,
  at: 1,
});

describe('pinShows', () => {
  it('pins a save at the top of a newest-first list without a search, in a view that holds it', () => {
    expect(pinShows(pin({}), 'unread', 'newest', '')).toBe(true);
    expect(pinShows(pin({}), 'all', 'newest', ' ')).toBe(true);
    expect(pinShows(pin({ status: 'archived' }), 'archived', 'newest', '')).toBe(true);
    expect(pinShows(pin({ favorite: 1 }), 'favorites', 'newest', '')).toBe(true);
  });

  it('leaves it to the list elsewhere: another order, a search, a view without it, no save', () => {
    expect(pinShows(pin({}), 'unread', 'oldest', '')).toBe(false);
    expect(pinShows(pin({}), 'unread', 'shortest', '')).toBe(false);
    expect(pinShows(pin({}), 'unread', 'newest', 'cats')).toBe(false);
    expect(pinShows(pin({ status: 'archived' }), 'unread', 'newest', '')).toBe(false); // saved again, archived
    expect(pinShows(pin({}), 'archived', 'newest', '')).toBe(false);
    expect(pinShows(pin({}), 'favorites', 'newest', '')).toBe(false);
    expect(pinShows(undefined, 'all', 'newest', '')).toBe(false);
  });
});

describe('pinFirst', () => {
  it('puts the id first once, moving it from further down', () => {
    expect(pinFirst([1, 2], 9)).toEqual([9, 1, 2]);
    expect(pinFirst([1, 9, 2], 9)).toEqual([9, 1, 2]);
    const top = [9, 1];
    expect(pinFirst(top, 9)).toBe(top);
  });
});
