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

  it("does not read a member's heading that links elsewhere after the name as a card title", () => {
    // XenForo 1's `h3.userText`: the name, the member's title, a staff banner linking to the site's staff page.
    const staff = (i: number) =>
      `<div class="post"><h3 class="userText"><a href="/members/marge.${i}/" class="username">marge</a>` +
      `<em class="userTitle">Well-Known Member</em><em class="userBanner"><strong><a href="/help/staff">Moderator</a>` +
      `</strong></em></h3><p>Text ${i}.</p></div>`;
    expect(isCardList(els([1, 2, 3].map(staff).join('')), URL_)).toBe(false);
    // A card's headline that names its writer after the title link is still a card's.
    const byline = (i: number) =>
      `<div class="story"><h2><a href="/news/story-${i}">Story ${i}</a> ` +
      `<a rel="author" href="/people/a">A</a></h2></div>`;
    expect(isCardList(els([1, 2, 3].map(byline).join('')), URL_)).toBe(true);
  });

  it('keeps a thread whose staff members carry banners a thread (fixture forum-xenforo1-staff-banner)', () => {
    const html = fs.readFileSync('tests/fixtures/pages/forum-xenforo1-staff-banner/source.html', 'utf8');
    const url = 'https://www.allotmentgrowers.example/threads/tomato-seedlings-falling-over.40112/';
    const core = extractArticle(doc(html), url);
    const cites = [...(core?.contentHtml.matchAll(/<cite>([^<]*)<\/cite>/g) ?? [])].map((m) => m[1]);
    expect(cites).toEqual(['rjones', 'OldSpadeMarge', 'rjones', 'mhollis']);
    expect(core?.contentHtml).toContain('Water from below instead');
  });
});
