// @vitest-environment jsdom
// A declared article whose later sections Readability leaves out (its picks in boxes of their own) is its
// main region, when the region adds mostly prose and the page has no comment section.
// Fixture page: tests/fixtures/pages/article-sections.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '@/utils/extraction/extract-article';
import { articleText } from '@/utils/extraction/article-text';
import { continuesArticle } from '@/utils/extraction/continues-article';

const URL_ = 'http://fakehost/test/page.html';
const SOURCE = fs.readFileSync('tests/fixtures/pages/article-sections/source.html', 'utf8');
const load = (html: string) => new JSDOM(html, { url: URL_ }).window.document;
const offprint = (html: string) => {
  const doc = load(html);
  const core = extractArticle(doc, URL_);
  return core ? articleText(core.contentHtml, doc).textContent : '';
};
const PICKS = ['1. Harlow Quiet 44', '2. Brennan Eco Plus', '3. Ostrava Compact 18', '5. Tessin Pro 60'];
const INTRO = 'Picking a dishwasher used to mean choosing between quiet, clean and cheap';

describe('a declared article whose picks stand in boxes of their own', () => {
  it('is its introduction only for vanilla Readability', () => {
    const text = new Readability(load(SOURCE)).parse()?.textContent ?? '';
    expect(text).toContain(INTRO);
    for (const p of PICKS) expect(text).not.toContain(p);
  });
  it('is the whole article for Offprint, without its title, byline, header or footer', () => {
    const text = offprint(SOURCE);
    expect(text.startsWith(INTRO)).toBe(true);
    for (const p of PICKS) expect(text).toContain(p);
    expect(text).toContain('saved a cloudy load of glasses');
    expect(text).not.toMatch(/By Rosa Lind|Privacy|Reviews/);
  });
  it('keeps Readability’s block when the page has a comment section (the region would add it)', () => {
    const comment = (name: string, day: number) =>
      `<div class="comment"><div class="comment-meta"><a class="comment-author" href="/author/${name}">${name}</a> ` +
      `<time datetime="2026-03-0${day}">March ${day}, 2026 at 9:1${day} am</time></div><div class="comment-body">` +
      `<p>${`We bought the machine ${name} liked after reading this, and it is quiet and clean. `.repeat(3)}</p>` +
      '</div></div>';
    const comments = ['ann', 'ben', 'cy', 'dee'].map((n, i) => comment(n, i + 1)).join('');
    const html = SOURCE.replace('</div></div></main>', `</div><div id="comments">${comments}</div></div></main>`);
    const text = offprint(html);
    expect(text).toContain(INTRO);
    expect(text).not.toContain('We bought the machine');
  });
});

describe('continuesArticle', () => {
  const intro = 'An introduction of a few words that Readability kept as the article.';
  const para = (w: string) =>
    `${w} ${'is a sentence of the later section that reads as prose and goes on. '.repeat(4)}`;
  it('is true when the region adds paragraphs of prose', () => {
    expect(continuesArticle([intro, 'Part one', para('One'), 'Part two', para('Two')].join('\n'), intro)).toBe(true);
  });
  it('is false when the region adds short lines (bylines, related links, an author box)', () => {
    const lines = Array.from({ length: 30 }, (_, i) => `Related story number ${i} about something`);
    expect(continuesArticle([intro, ...lines].join('\n'), intro)).toBe(false);
  });
  it('is false when prose stands before the block (a feed of teasers above the article)', () => {
    expect(continuesArticle([para('Teaser one'), para('Teaser two'), intro, 'Part one'].join('\n'), intro)).toBe(false);
  });
  it('is false when the region prints the block’s sentences again (a hidden copy of the article)', () => {
    const block = [
      'The council voted on Tuesday to close the old bridge to cars for the whole summer.',
      'Cyclists and people on foot will still be able to cross it while the repairs go on.',
    ].join('\n');
    const copy = `${block.replace('\n', ' ')} ${'Other words of the data block that run on and on. '.repeat(8)}`;
    expect(continuesArticle([block, copy, para('One')].join('\n'), block)).toBe(false);
  });
  it('is false when the region is not 2.5 times the block or does not hold it', () => {
    expect(continuesArticle([intro, para('One')].join('\n'), `${intro}\n${para('Two')}`)).toBe(false);
    expect(continuesArticle([para('One'), para('Two'), para('Three')].join('\n'), intro)).toBe(false);
  });
});
