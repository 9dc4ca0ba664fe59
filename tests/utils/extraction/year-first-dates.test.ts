import { describe, expect, it } from 'vitest';
import { DATE_TEXT } from '../../../utils/extraction/kind-text';

// Session 73: year-first dates with slashes or dots and CJK dates written with their unit signs, as Japanese,
// Chinese and Korean boards print them in a post's header (Petit Board's "投稿日：2024/05/12(Sun) 09:14:33",
// XpressEngine's "2024.11.29 12:34", "2024年11月29日"). Without the two patterns in kind-text.ts every case of the
// first list fails.
describe('DATE_TEXT reads year-first and CJK dates', () => {
  it.each([
    '投稿日：2024/05/12(Sun) 09:14:33',
    '2024/11/29 12:34',
    '바람개비 2024.11.29 12:34',
    '2024. 11. 29.',
    '发表于 2024年11月29日 12:34',
    '2024년 11월 29일 오후 3:12',
  ])('reads %s', (text) => {
    expect(DATE_TEXT.test(text)).toBe(true);
  });

  it.each(['version 2024.1 released', 'v1.2.3', '10.0.0.1', 'build 20241129', '1/2 cup of flour'])(
    'leaves %s alone',
    (text) => {
      expect(DATE_TEXT.test(text)).toBe(false);
    },
  );
});
