import { beforeEach, describe, expect, it } from 'vitest';
import {
  clearFirstScreen,
  FIRST_SCREEN_ROWS,
  readFirstScreen,
  writeFirstScreen,
} from '@/components/library/first-screen';
import { makeRow } from '../../helpers/make-article';

beforeEach(() => localStorage.clear());

describe('first-screen picture', () => {
  it('keeps the first rows of a view, in order, and gives them back for that view only', () => {
    const ids = Array.from({ length: 40 }, (_, i) => 40 - i);
    expect(
      writeFirstScreen(
        'unread|newest',
        ids.map((id) => makeRow(id)),
      ),
    ).toBe(true);
    const snap = readFirstScreen('unread|newest')!;
    expect(snap.rows.map((r) => r.id)).toEqual(ids.slice(0, FIRST_SCREEN_ROWS));
    expect(snap.rows.map((r) => r.title)).toEqual(ids.slice(0, FIRST_SCREEN_ROWS).map((id) => `Title ${id}`));
    expect(readFirstScreen('archived|newest')).toBeNull();
  });

  it('writes only when the rows changed', () => {
    const rows = [makeRow(2), makeRow(1)];
    expect(writeFirstScreen('all|newest', rows)).toBe(true);
    expect(writeFirstScreen('all|newest', rows)).toBe(false);
    expect(writeFirstScreen('all|newest', [makeRow(2, { title: 'Renamed' }), makeRow(1)])).toBe(true);
    expect(readFirstScreen('all|newest')!.rows[0].title).toBe('Renamed');
  });

  it('ignores a damaged or foreign picture instead of showing it', () => {
    localStorage.setItem('offprint:first-screen:v2', '{not json');
    expect(readFirstScreen('unread|newest')).toBeNull();
    localStorage.setItem(
      'offprint:first-screen:v2',
      JSON.stringify({ key: 'unread|newest', rows: [{ id: 1, title: 5 }] }),
    );
    expect(readFirstScreen('unread|newest')).toBeNull();
    localStorage.setItem('offprint:first-screen:v2', JSON.stringify({ key: 'unread|newest', rows: { 0: makeRow(1) } }));
    expect(readFirstScreen('unread|newest')).toBeNull();
  });

  it('is forgotten on request', () => {
    writeFirstScreen('unread|newest', [makeRow(1)]);
    clearFirstScreen();
    expect(readFirstScreen('unread|newest')).toBeNull();
  });
});
