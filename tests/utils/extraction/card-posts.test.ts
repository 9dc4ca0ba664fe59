// @vitest-environment jsdom
// A news section's stories each carry a byline and a date, as a thread's posts do: the thread pass found them as
// posts once og:type=article stopped blocking it (session 24). Cards have linked headlines; posts do not.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { isCardList } from '@/utils/extraction/card-posts';
import { extractArticle } from '@/utils/extraction/extract-article';

const URL_ = 'http://fakehost/forum/viewtopic.php?t=5';
const doc = (html: string) => new JSDOM(html, { url: URL_ }).window.document;
const els = (html: string) => [...doc(`<body>${html}</body>`).body.children];

const card = (i: number) =>
  `<div class="story"><h2><a href="/news/story-${i}">Story ${i} headline</a></h2><p>Summary.</p>` +
  `<p>By <a rel="author" href="/people/a">A</a></p></div>`;
const post = (i: number, title: string) =>
  `<div class="post"><h4 class="message-name"><a href="/members/bob.${i}/">bob</a></h4>${title}<p>Text ${i}.</p></div>`;

describe('isCardList', () => {
  it('reads posts with linked headlines to other pages as cards', () => {
    expect(isCardList(els([1, 2, 3].map(card).join('')), URL_)).toBe(true);
  });

  it('does not read a member name in a heading, or a post title linking within the thread, as a card title', () => {
    const titles = ['<h3><a href="#p12">Re: sleep</a></h3>', '<h3><a href="viewtopic.php?p=13#p13">Re: x</a></h3>', ''];
    expect(isCardList(els(titles.map((t, i) => post(i, t)).join('')), URL_)).toBe(false);
  });

  it('needs half of the posts to be cards', () => {
    expect(isCardList(els(card(1) + post(2, '') + post(3, '')), URL_)).toBe(false);
    expect(isCardList(els(card(1) + card(2) + post(3, '')), URL_)).toBe(true);
  });

  it('keeps a news section with bylines a listing, not a thread (fixture listing-card-summaries)', () => {
    const html = fs.readFileSync('tests/fixtures/pages/listing-card-summaries/source.html', 'utf8');
    const core = extractArticle(doc(html), 'http://fakehost/test/page.html');
    expect(core?.contentHtml).not.toContain('<cite>');
    expect(core?.contentHtml).toContain('Holiday travel hits a record');
  });
});
