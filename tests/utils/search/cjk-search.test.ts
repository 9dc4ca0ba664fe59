// Chinese, Japanese, Korean and Thai: search finds words inside titles and text (Intl.Segmenter at save
// time, single CJK characters indexed too), reading time counts characters.
import { beforeEach, describe, expect, it } from 'vitest';
import { OffprintDB } from '@/utils/storage/db';
import { saveArticle } from '@/utils/storage/save-article';
import { searchArticles } from '@/utils/search/search-articles';
import { compactSearchIndex } from '@/utils/search/search-index';
import { termsOf } from '@/utils/search/search-terms';
import { countWords, readingMinutesOf } from '@/utils/extraction/word-count';
import { makeArticle } from '../../helpers/make-article';

const ZH = '北京市今天下雨了。我们下午去图书馆看书，晚上在家里做饭。';
const JA = '東京都の天気は晴れです。私は東京に住んでいて、毎朝電車で会社に通っています。';
const KO = '서울에서 열린 회의에서 시장은 새로운 도서관 건립 계획을 발표했다.';
const TH = 'ภาษาไทยเป็นภาษาที่สวยงาม เชียงใหม่มีวัดเก่าแก่หลายแห่ง';
const EN = 'The harbour was quiet that morning, with only a few fishing boats.';

let db: OffprintDB;
const ids: Record<string, number> = {};
const find = async (q: string) => (await searchArticles(q, 'all', 'newest', db)).ids;

beforeEach(async () => {
  db = new OffprintDB(`cjk-${crypto.randomUUID()}`);
  for (const [k, text, title] of [
    ['zh', ZH, '雨天的北京'],
    ['ja', JA, '東京の朝'],
    ['ko', KO, '서울 시의회 소식'],
    ['th', TH, 'เที่ยวเชียงใหม่'],
    ['en', EN, 'A quiet harbour'],
  ])
    ids[k] = (await saveArticle(makeArticle(`https://x.example/${k}`, text, { title }), db)).id;
});

describe('search in Chinese, Japanese, Korean and Thai', () => {
  it.each([
    ['图书馆', 'zh'],
    ['北京', 'zh'],
    ['看书', 'zh'],
    ['東京', 'ja'],
    ['天気', 'ja'],
    ['電車', 'ja'],
    ['서울', 'ko'],
    ['도서관', 'ko'],
    ['สวยงาม', 'th'],
    ['เชียงใหม่', 'th'],
    ['ภาษาไทย', 'th'],
  ])('finds %s inside the text', async (q, lang) => {
    expect(await find(q)).toEqual([ids[lang]]);
  });

  it('finds words inside titles, and after the index is compacted', async () => {
    await compactSearchIndex(db);
    expect(await find('雨天')).toEqual([ids.zh]);
    expect(await find('朝')).toEqual([ids.ja]); // one character is a query
    expect(await find('เที่ยว')).toEqual([ids.th]);
    expect(await find('図書館')).toEqual([]); // the Japanese form is not in the Chinese text
  });

  it('a single CJK character is a valid query', async () => {
    expect(await find('馆')).toEqual([ids.zh]);
    expect(await find('晴')).toEqual([ids.ja]);
  });

  it('matches the characters in order, not scattered', async () => {
    expect(await find('京東')).toEqual([]); // both characters are in the text, not in this order
    expect(await find('上海')).toEqual([]);
  });

  it('mixes with words of other scripts and filters', async () => {
    expect(await find('harbour')).toEqual([ids.en]);
    expect(await find('東京 is:unread')).toEqual([ids.ja]);
  });

  it('stores the segmented words and the single characters as terms', () => {
    const terms = termsOf('私は東京に住んでいます');
    expect(terms).toEqual(expect.arrayContaining(['東京', '住', '私', '東', '京']));
    expect(termsOf(TH)).toEqual(expect.arrayContaining(['ภาษา', 'ไทย', 'สวยงาม']));
    expect(termsOf('私は東京に住んでいます').some((t) => t.length > 10)).toBe(false); // no whole-run "word"
  });
});

describe('reading time and counts for these scripts', () => {
  it('counts CJK by character at 500 a minute, not as words at 230', () => {
    const text = ZH.repeat(40); // 1,080 characters
    expect(readingMinutesOf(text)).toBe(2);
    expect(readingMinutesOf('word '.repeat(2300))).toBe(10);
  });

  it('counts Thai words with Intl.Segmenter and reads Thai letters at 900 a minute', () => {
    expect(countWords('ภาษาไทยเป็นภาษาที่สวยงาม')).toBe(6); // ภาษา|ไทย|เป็น|ภาษา|ที่|สวยงาม
    expect(readingMinutesOf(TH.repeat(60))).toBe(Math.round((TH.replace(/[^\p{L}]/gu, '').length * 60) / 900));
  });

  it('stores the reading time from the text', async () => {
    const { id } = await saveArticle(makeArticle('https://x.example/long-zh', ZH.repeat(80)), db);
    expect((await db.articles.get(id))?.readingMinutes).toBe(4); // 2,160 characters / 500
  });
});
