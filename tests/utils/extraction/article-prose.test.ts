// @vitest-environment jsdom
// A news section whose cards carry summaries reads as paragraphs of prose: the summaries are not an article's
// prose (articleProse), and a block of cards with an author on each is a listing, not an article with comments.
// Fixture pages: tests/fixtures/pages/{listing-card-summaries,listing-story-sections}.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { articleProse, isCardSummary } from '@/utils/extraction/article-prose';

const parse = (html: string) => parsePage(html);
const load = (slug: string) => loadPage(slug);
const offprint = (doc: Document) => offprintPage(doc);

const summary = (i: number) =>
  `Story ${i} in short: the council met again on the harbour bridge, heard the engineers' report on the piers, ` +
  'and put off its vote until the ferry operators have said what the closure would cost them over the winter.';
const sentence = 'The council met again on the harbour bridge and heard the engineers explain the state of the piers. ';

describe('articleProse', () => {
  it('does not count cards’ summaries under linked titles (headings or plain links) as an article’s prose', () => {
    const headed = [1, 2, 3, 4]
      .map((i) => `<li><h2><a href="/s/${i}">Bridge vote delayed again, part ${i}</a></h2><p>${summary(i)}</p></li>`)
      .join('');
    const linked = [1, 2, 3]
      .map(
        (i) =>
          `<div><span>2 days ago</span><a href="/s/${i}">Bridge vote delayed, part ${i}</a><p>${summary(i)}</p></div>`,
      )
      .join('');
    expect(articleProse(parse(`<body><ul id="x">${headed}</ul></body>`).getElementById('x'))).toBe(0);
    expect(articleProse(parse(`<body><div id="x">${linked}</div></body>`).getElementById('x'))).toBe(0);
  });

  it('counts teasers whose whole paragraph is a link as summaries', () => {
    const cards = [1, 2, 3].map((i) => `<div><p><a href="/s/${i}">${summary(i)}</a></p></div>`).join('');
    const doc = parse(`<body><div id="x">${cards}</div></body>`);
    expect(isCardSummary(doc.querySelector('p')!, doc.getElementById('x')!)).toBe(true);
    expect(articleProse(doc.getElementById('x'))).toBe(0);
  });

  it('counts an article’s paragraphs, also the one after a linked byline', () => {
    const body = `<p>By <a href="/people/ana">Ana Lopes</a></p><p>${sentence.repeat(2)}</p>`;
    const doc = parse(
      `<body><div id="x"><div>${body}</div><p>${sentence.repeat(3)}</p><p>${sentence.repeat(3)}</p></div></body>`,
    );
    expect(articleProse(doc.getElementById('x'))).toBe(3);
  });

  it('counts a ranking’s long items under linked names as prose (not a few sentences of summary)', () => {
    const items = [1, 2, 3]
      .map((i) => `<div><h2><a href="/p/${i}">Camera ${i}</a></h2><p>${sentence.repeat(6)}</p></div>`)
      .join('');
    expect(articleProse(parse(`<body><div id="x">${items}</div></body>`).getElementById('x'))).toBe(3);
  });

  it('counts an introduction above cards as a listing’s, not an article’s, when summaries are most paragraphs', () => {
    const intro = `<p>${sentence.repeat(2)}</p>`;
    const cards = [1, 2, 3, 4]
      .map((i) => `<li><h2><a href="/s/${i}">Bridge vote delayed again, part ${i}</a></h2><p>${summary(i)}</p></li>`)
      .join('');
    const doc = parse(`<body><div id="x">${intro}${intro}<ul>${cards}</ul></div></body>`);
    expect(articleProse(doc.getElementById('x'))).toBe(0);
  });
});

describe('a news section whose cards carry summaries (og:type=article)', () => {
  it('keeps every headline with its summary: the page is a listing, not an article of five paragraphs', () => {
    const got = offprint(load('listing-card-summaries'))!;
    expect(got.pageKind).toBe('listing');
    for (const title of [
      'Holiday travel hits a record with 82 million travellers, motor club reports',
      'Several rental cars catch fire in an airport parking lot',
    ])
      expect(got.text).toContain(title);
    expect(got.text).toContain('rental desks at the three largest airports ran out of cars');
    expect(got.text).not.toMatch(/Privacy policy|Watch live|All rights reserved/);
  });
});

describe('a news section in two blocks of cards, each card with its author (og:type=article)', () => {
  it('keeps both blocks: authors on cards are a listing’s bylines, not marks of an article’s comments', () => {
    const got = offprint(load('listing-story-sections'))!;
    expect(got.pageKind).toBe('listing');
    expect(got.text).toContain('Holiday travel hits a record with 82 million travellers, motor club reports');
    expect(got.text).toContain('What your card already covers when you rent a car');
    expect(got.text).not.toMatch(/Privacy policy|Watch live|All rights reserved/);
  });
});
