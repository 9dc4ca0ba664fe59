// @vitest-environment jsdom
// A declared article whose later sections Readability leaves out (its picks in boxes of their own) is its
// main region, when the region adds mostly prose and the page has no comment section.
// An FAQ's schema.org questions (FAQPage) do not make such a page a thread.
// Fixture pages: tests/fixtures/pages/article-sections, article-faq-schema, news-top-comments.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '@/utils/extraction/extract-article';
import { articleText } from '@/utils/extraction/article-text';
import { continuesArticle } from '@/utils/extraction/continues-article';
import { declaresThread } from '@/utils/extraction/prefer-region';
import { findPosts } from '@/utils/extraction/find-posts';

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

describe('a declared article laid out in boxes that each carry a byline and a date', () => {
  it('is still the whole article: the boxes are not a comment section', () => {
    const mark = (who: string, day: number) =>
      `<p class="meta"><a rel="author" href="/author/${who}">${who}</a> ` +
      `<time datetime="2026-03-0${day}">March ${day}</time></p>`;
    const title = '<h1>The best dishwashers of the year</h1>';
    const html = SOURCE.replace(
      `<main><div class="page">${title}<p class="byline">By Rosa Lind</p>`,
      `<main><div class="page"><div class="container">${title}${mark('rosa-lind', 1)}</div>` +
        `<div class="container">${mark('tom-berg', 2)}`,
    ).replace('</div></div></main>', '</div></div></div></main>');
    const text = offprint(html);
    expect(text).toContain(INTRO);
    for (const p of PICKS) expect(text).toContain(p);
  });
});

describe('a declared article followed by its top-rated comments (news-top-comments)', () => {
  // The article's box and each comment carry a byline and a date, and share a text block's class: the posts of
  // the page are the article as a thread's opening post and its comments, not two layout boxes of one article.
  const page = fs.readFileSync('tests/fixtures/pages/news-top-comments/source.html', 'utf8');
  const COMMENTS = ['finally put a date on the repairs', 'the detour through the market street', 'twelve years ago'];
  it('has the article among the posts of the page, with three comments or more', () => {
    const doc = load(page);
    const posts = findPosts(doc.body) ?? [];
    expect(posts.length).toBeGreaterThanOrEqual(4);
    expect(posts[0].textContent).toContain('The town council voted on Tuesday');
  });
  it('is the article without its comments, byline or votes', () => {
    const text = offprint(page);
    expect(text.startsWith('The town council voted on Tuesday')).toBe(true);
    expect(text).toContain('at the busiest hours of the day.');
    for (const c of COMMENTS) expect(text).not.toContain(c);
    expect(text).not.toMatch(/Rating:|Votes|2 days ago|Nora Fell/);
  });
});

describe('a declared article with an FAQ in its schema.org data (article-faq-schema)', () => {
  const faq = fs.readFileSync('tests/fixtures/pages/article-faq-schema/source.html', 'utf8');
  it('is the whole article, picks and questions, for Offprint', () => {
    const text = offprint(faq);
    expect(text.startsWith(INTRO)).toBe(true);
    for (const p of [...PICKS, '6. Vardo Slim 45']) expect(text).toContain(p);
    expect(text).toContain('Is a third rack worth it?');
  });
  it('is its introduction only when the same questions are a Q&A page’s (a thread)', () => {
    const text = offprint(faq.replace('"@type":"FAQPage"', '"@type":"QAPage"'));
    expect(text).toContain(INTRO);
    expect(text).not.toContain('Harlow Quiet 44');
  });
});

describe('declaresThread', () => {
  it('is true for a forum topic, a Q&A page, or a question outside an FAQ', () => {
    expect(declaresThread(['DiscussionForumPosting'])).toBe(true);
    expect(declaresThread(['QAPage', 'Question', 'Answer'])).toBe(true);
    expect(declaresThread(['Question', 'Answer'])).toBe(true);
    expect(declaresThread(['FAQPage', 'QAPage', 'Question'])).toBe(true);
  });
  it('is false for an FAQ’s questions and for pages without a thread type', () => {
    expect(declaresThread(['Article', 'FAQPage', 'Question', 'Answer'])).toBe(false);
    expect(declaresThread(['FAQPage', 'Question'])).toBe(false);
    expect(declaresThread(['NewsArticle', 'Comment'])).toBe(false);
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
  it('is true with prose before the block when the block holds no prose paragraph (figures Readability took)', () => {
    const figures = ['97%', 'Online enrollment', '$15,000', 'Average tuition'].join('\n');
    const region = [para('Opening'), figures, 'Why we chose it', para('One'), para('Two')].join('\n');
    expect(continuesArticle(region, figures, 0)).toBe(true);
    expect(continuesArticle(region, figures, 1)).toBe(false);
  });
  it('counts lines that end as sentences as prose (a ranking’s highlights), not short labels', () => {
    const item = (n: number) => [
      `#${n} A school of the ranking`,
      'Highlights',
      'Complete a certificate program in as few as four months.',
      'Access academic and career advising, tutoring, and tech support.',
      'Enjoy discounts for active-duty military and their spouses.',
    ];
    const region = [intro, ...[1, 2, 3, 4].flatMap(item)].join('\n');
    expect(continuesArticle(region, intro)).toBe(true);
    const labels = [intro, ...[1, 2, 3, 4].flatMap((n) => item(n).map((l) => l.replace(/\.$/, '')))].join('\n');
    expect(continuesArticle(labels, intro)).toBe(false);
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
