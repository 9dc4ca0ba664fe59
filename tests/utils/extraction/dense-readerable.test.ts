// @vitest-environment jsdom
// Short articles in Chinese, Japanese and Thai are articles: Readability's readable check counts
// characters as if they were Latin letters, so a short CJK story never passed it.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '@/utils/extraction/extract-article';

const page = (lang: string, title: string, paras: string[]) =>
  new JSDOM(
    `<!doctype html><html lang="${lang}"><head><title>${title}</title></head><body><nav>首页 · 新闻</nav>` +
      `<article><h1>${title}</h1>${paras.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`,
    { url: 'https://news.example/story' },
  ).window.document;

const ZH = [
  '市政府周二宣布，老城区的三座公共图书馆将在明年春天完成翻修，并延长晚间开放时间。',
  '负责项目的工程师表示，新的阅览室会增加自然采光，儿童区也将扩大一倍，方便周末带孩子来的家庭。',
  '不少居民在社交媒体上表示欢迎，但也有人担心施工期间的借书服务会受到影响，希望市政府提前公布临时借阅点的位置。',
  '市图书馆馆长回应说，翻修期间将在社区中心设立两个临时服务点，读者仍然可以在网上预约借书，并在附近的服务点取书。',
];
const TH = [
  'เทศบาลนครเชียงใหม่ประกาศว่าจะปรับปรุงห้องสมุดประชาชนสามแห่งในเขตเมืองเก่าให้เสร็จภายในฤดูร้อนปีหน้า',
  'วิศวกรผู้ดูแลโครงการกล่าวว่าห้องอ่านหนังสือใหม่จะมีแสงธรรมชาติมากขึ้นและมุมสำหรับเด็กจะกว้างขึ้นเป็นสองเท่า',
];
const EN = [
  'The city said on Tuesday that three public libraries will reopen next spring.',
  'Engineers said the reading rooms would get more daylight.',
];

describe('the readable check in dense scripts', () => {
  it('recognises a short Chinese article', () => {
    expect(
      extractArticle(page('zh', '老城区图书馆明年春天重新开放', ZH), 'https://news.example/story')?.readerable,
    ).toBe(true);
  });

  it('recognises a short Thai article', () => {
    const doc = page('th', 'ห้องสมุดเมืองเก่าจะเปิดใหม่', TH);
    expect(extractArticle(doc, 'https://news.example/story')?.readerable).toBe(true);
  });

  it('still does not call a few English lines an article', () => {
    expect(extractArticle(page('en', 'Libraries to reopen', EN), 'https://news.example/story')?.readerable).toBe(false);
  });
});
