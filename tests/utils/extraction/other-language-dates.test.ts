import { describe, expect, it } from 'vitest';
import { DATE_TEXT } from '../../../utils/extraction/kind-text';

// Session 73: dates as boards in other languages and scripts print them in a post's header: year-first dates with
// slashes or dots and CJK dates written with their unit signs (Petit Board's "投稿日：2024/05/12(Sun) 09:14:33",
// XpressEngine's "2024.11.29 12:34", "2024年11月29日"), Russian, Polish, Czech, Swedish and Turkish month names and
// ages. Without session 73's patterns in kind-text.ts every case of the first list fails.
describe('DATE_TEXT reads dates of other languages and scripts', () => {
  it.each([
    '投稿日：2024/05/12(Sun) 09:14:33',
    '2024/11/29 12:34',
    '바람개비 2024.11.29 12:34',
    '2024. 11. 29.',
    '发表于 2024年11月29日 12:34',
    '2024년 11월 29일 오후 3:12',
    'Иван » 29 ноября 2024, 12:34',
    'Ответ от 3 окт. 2024 в 10:20',
    'Napisano 29 listopada 2024 o 12:34',
    'Vloženo 29. listopadu 2024',
    'skrivet 29 augusti 2024 kl. 12:34',
    '29 Kasım 2024 12:34',
    '3 дня назад',
    '3 dni temu',
    'för 2 dagar sedan',
    '3 gün önce',
    'před 3 dny',
    'вчера в 12:34',
    'wczoraj, 12:34',
  ])('reads %s', (text) => {
    expect(DATE_TEXT.test(text)).toBe(true);
  });

  it.each([
    'version 2024.1 released',
    'v1.2.3',
    '10.0.0.1',
    'build 20241129',
    '1/2 cup of flour',
    'w marcu',
    'mart ayı',
    'назад к списку',
  ])('leaves %s alone', (text) => {
    expect(DATE_TEXT.test(text)).toBe(false);
  });
});
