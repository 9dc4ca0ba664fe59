// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MISSING_IMAGE_SRC, renderArticleHtml } from '@/utils/images/render-article-html';
import { imageProgressText, skippedText } from '@/utils/images/image-skip-words';

const parse = (html: string) => {
  const t = document.createElement('template');
  t.innerHTML = html;
  return [...t.content.querySelectorAll('img')];
};

describe('renderArticleHtml', () => {
  it('points stored images at their object URLs and the rest at a local placeholder', () => {
    const stored = new Map([
      ['https://cdn.example/a.jpg', { src: 'blob:chrome-extension://x/1', width: 800, height: 600 }],
    ]);
    const imgs = parse(
      renderArticleHtml(
        '<p><img src="https://cdn.example/a.jpg" alt="a"></p>' +
          '<p><img src="https://cdn.example/b.jpg" width="300" height="200"></p>',
        stored,
      ),
    );
    expect(imgs.map((i) => i.getAttribute('src'))).toEqual(['blob:chrome-extension://x/1', MISSING_IMAGE_SRC]);
    expect([imgs[0].getAttribute('width'), imgs[0].getAttribute('height')]).toEqual(['800', '600']);
    expect([imgs[1].getAttribute('class'), imgs[1].getAttribute('width'), imgs[1].getAttribute('alt')]).toEqual([
      'img-missing',
      '300',
      'Image not saved',
    ]);
  });

  it('leaves no attribute that could load from outside', () => {
    const out = renderArticleHtml(
      '<img src="http://evil/x.png" srcset="http://evil/y.png 2x"><a href="https://ok/" ping="http://evil/p">l</a>' +
        '<video poster="http://evil/p.png"></video><p style="background:url(http://evil/s)">t</p>',
      new Map(),
    );
    expect(out).not.toMatch(/evil/);
    expect(out).toContain('target="_blank"');
    expect(out).toContain('rel="noopener noreferrer"');
  });
});

describe('image progress words', () => {
  it('counts while running, then says what was left out and why', () => {
    expect(imageProgressText({ total: 12, stored: 7, skipped: {}, done: false })).toBe('7 / 12 images');
    expect(imageProgressText({ total: 12, stored: 12, skipped: {}, done: true })).toBe(
      'All 12 images saved for offline reading',
    );
    const p = { total: 12, stored: 9, skipped: { 'too-big': 1, blocked: 2 }, done: true };
    expect(imageProgressText(p)).toBe('9 / 12 images saved');
    expect(skippedText(p)).toBe('Not saved: 1 over 5 MB each; 2 from other sites need your permission.');
  });
});
