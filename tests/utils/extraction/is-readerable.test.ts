// @vitest-environment jsdom
// isReaderable gives Readability's verdict (isProbablyReaderable, or its dense scripts' variant) from tag lists instead
// of its selectors: every branch of its loop, on pages built to sit on each side of it.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { isProbablyReaderable } from '@mozilla/readability';
import { isReaderable } from '@/utils/extraction/is-readerable';

const doc = (body: string) =>
  new JSDOM(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`).window.document;

/** A paragraph's text of `n` characters. */
const text = (n: number) =>
  'word '
    .repeat(Math.ceil(n / 5))
    .slice(0, n)
    .trim()
    .padEnd(n, 'x');

/** Readability's own check, and its dense variant as extractArticle asked it before isReaderable. */
function readabilityVerdict(d: Document): boolean {
  if (isProbablyReaderable(d)) return true;
  const t = (d.body?.textContent ?? '').slice(0, 20_000).replace(/\s+/g, '');
  if (!t) return false;
  const dense = t.match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}]/gu)?.length ?? 0;
  if (dense / t.length < 0.3) return false;
  return isProbablyReaderable(d, { minContentLength: 47, minScore: 20 / Math.sqrt(3) });
}

const ZH_1 = '市政府周二宣布老城区的三座公共图书馆将在明年春天完成翻修并延长晚间开放时间。';
const ZH_2 = '负责项目的工程师表示新的阅览室会增加自然采光。';
const ZH_3 = '图书馆将在明年春天完成翻修。';

// 140 + 400 characters score 20: one such paragraph is not enough (the score must pass 20), 140 + 401 is.
const PAGES: Record<string, string> = {
  'one paragraph scoring exactly 20': `<p>${text(540)}</p>`,
  'one paragraph scoring just over 20': `<p>${text(541)}</p>`,
  'three paragraphs together': `<p>${text(300)}</p><p>${text(300)}</p><p>${text(300)}</p>`,
  'short paragraphs only': `<p>${text(139)}</p>`.repeat(40),
  'a pre and an article in page order': `<pre>${text(400)}</pre><article><h1>a</h1><p>${text(200)}</p></article>`,
  'lines in a div between <br>s': `<div>${text(300)}<br>${text(300)}<br></div>`,
  'nested divs with <br>s': `<div><div>${text(200)}<br>${text(100)}</div><br>${text(200)}</div>`,
  'a <br> in a span is no candidate': `<div><span>${text(700)}<br>x</span></div>`,
  'hidden by an inline style': `<p style="display: none">${text(700)}</p>`,
  'shown with another inline style': `<p style="color: red">${text(700)}</p>`,
  'the hidden attribute': `<p hidden>${text(700)}</p>`,
  'aria-hidden': `<p aria-hidden="true">${text(700)}</p>`,
  'aria-hidden on a fallback image': `<p aria-hidden="true" class="mwe-math-fallback-image">${text(700)}</p>`,
  'aria-hidden false': `<p aria-hidden="false">${text(700)}</p>`,
  'unlikely class words': `<p class="sidebar-note">${text(700)}</p>`,
  'unlikely words with a likely one': `<p class="sidebar-content">${text(700)}</p>`,
  'an unlikely id': `<p id="comment-12">${text(700)}</p>`,
  'a paragraph in a list item': `<ul><li><p>${text(700)}</p></li></ul>`,
  'a pre in a list item still counts': `<ul><li><pre>${text(700)}</pre></li></ul>`,
  'an empty body': '',
  'a short Chinese article': `<article><p>${ZH_1.repeat(3)}</p><p>${ZH_2.repeat(4)}</p></article>`,
  'a few Chinese words': '<p>市政府周二宣布</p>',
  'Latin text first, Chinese after 20,000 characters': `<div>${text(20_500)}</div><p>${ZH_3.repeat(20)}</p>`,
};

describe('isReaderable', () => {
  for (const [name, body] of Object.entries(PAGES))
    it(`gives Readability's verdict: ${name}`, () => {
      expect(isReaderable(doc(body))).toBe(readabilityVerdict(doc(body)));
    });

  it('passes and fails where Readability does', () => {
    expect(isReaderable(doc(PAGES['one paragraph scoring exactly 20']))).toBe(false);
    expect(isReaderable(doc(PAGES['one paragraph scoring just over 20']))).toBe(true);
    expect(isReaderable(doc(PAGES['nested divs with <br>s']))).toBe(true);
    expect(isReaderable(doc(PAGES['a paragraph in a list item']))).toBe(false);
    expect(isReaderable(doc(PAGES['a short Chinese article']))).toBe(true);
    expect(isReaderable(doc(PAGES['Latin text first, Chinese after 20,000 characters']))).toBe(false);
  });
});
