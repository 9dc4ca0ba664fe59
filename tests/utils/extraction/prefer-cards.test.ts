// @vitest-environment jsdom
// A region of cards over a block of Readability's that is neither cards nor an article's prose and that the
// region holds only in part (preferCards), and the features the chooser's training script records
// (choiceFeatures, scripts/train-chooser.ts). Fixture page: tests/fixtures/pages/listing-price-labels.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '@/utils/extraction/extract-article';
import { articleText } from '@/utils/extraction/article-text';
import { preferCards } from '@/utils/extraction/prefer-cards';
import { CHOICE_FEATURES, choiceFeatures, type RegionChoice } from '@/utils/extraction/choice-features';
import { fit, odds, samplesOf, type ChooserRow } from '../../../scripts/lib/chooser-fit';

const URL_ = 'http://fakehost/test/page.html';
const load = (slug: string) =>
  new JSDOM(fs.readFileSync(`tests/fixtures/pages/${slug}/source.html`, 'utf8'), { url: URL_ }).window.document;
const el = (html: string) =>
  new JSDOM(`<body><div>${html}</div></body>`, { url: URL_ }).window.document.body.firstElementChild!;
const text = (e: Element) => e.textContent ?? '';

const NAMES = ['Roc Loc 5 LED Helmet Light', 'Trail Wide Beam Bar Light', 'Night Glow Spoke Light Pair'];
const tile = (name: string, i: number) =>
  `<li><a href="/lights/${i}/"><img src="/img/${i}.jpg" alt=""></a>` +
  `<a href="/lights/${i}/">${name} number ${i}</a><div><s>$${29 + i}.95</s> $${19 + i}.95</div></li>`;
const grid = `<ul>${Array.from({ length: 12 }, (_, i) => tile(NAMES[i % 3], i)).join('')}</ul>`;
/** What Readability kept of such a grid after the tidy pass: the prices with their hidden labels. */
const prices = Array.from({ length: 12 }, (_, i) => `Price reduced from $${29 + i}.95 to $${19 + i}.95`).join('\n');

describe('a shop category whose prices carry labels for screen readers (listing-price-labels)', () => {
  const ours = () => {
    const doc = load('listing-price-labels');
    const core = extractArticle(doc, URL_)!;
    return articleText(core.contentHtml, doc).textContent;
  };
  it('keeps the products’ names with their prices', () => {
    const got = ours();
    expect(got).toContain('Roc Loc 5 LED Helmet Light');
    expect(got).toContain('Night Glow Spoke Light Pair');
    expect(got).toContain('$52.95');
  });
  it('leaves out the labels the page hides and the site’s header and footer', () => {
    const got = ours();
    expect(got).not.toContain('Price reduced from');
    expect(got).not.toMatch(/Privacy|Helmets\s+Shoes/);
  });
});

describe('preferCards', () => {
  it('takes a region of cards over a block it holds a third of', () => {
    expect(preferCards(text(el(grid)), prices, el(grid))).toBe(true);
  });
  it('keeps the block when the region is not cards', () => {
    const sections = Array.from(
      { length: 12 },
      (_, i) => `<h2>Section ${i}</h2><p>Price reduced from the old list, ${i} times in a year, for members.</p>`,
    ).join('');
    expect(preferCards(text(el(sections)), prices, el(sections))).toBe(false);
  });
  it('keeps the block when the region holds under a third of it', () => {
    const other = Array.from({ length: 12 }, (_, i) => `Delivery within ${i + 2} days by courier, tracked.`).join('\n');
    expect(preferCards(text(el(grid)), other, el(grid))).toBe(false);
  });
  it('keeps the block when the region is not clearly larger', () => {
    const long = `${prices}\n${prices}`;
    expect(preferCards(text(el(grid)), long, el(grid))).toBe(false);
  });
});

describe('choiceFeatures and the training script’s fitting', () => {
  const region = el(`<h1>Bike lights</h1>${grid}`);
  const article = el(`<p>${prices}</p>`);
  const choice: RegionChoice = {
    regionText: text(region),
    region,
    articleText: prices,
    article,
    rule: false,
    prose: 0,
    regionArticleLike: false,
    ogType: 'website',
    types: new Set(['CollectionPage']),
    cardGrids: 0,
    postMarks: 0,
  };
  it('gives one number per named feature', () => {
    const f = choiceFeatures(choice);
    expect(f).toHaveLength(CHOICE_FEATURES.length);
    const at = (name: (typeof CHOICE_FEATURES)[number]) => f[CHOICE_FEATURES.indexOf(name)];
    expect(at('rule')).toBe(0);
    expect(at('regionWords')).toBeGreaterThan(at('articleWords'));
    expect(at('covered')).toBeGreaterThan(0.3);
    expect(at('covered')).toBeLessThan(0.7);
    expect(at('regionList')).toBe(1);
    expect(at('website')).toBe(1);
    expect(at('collection')).toBe(1);
  });
  it('fits a weighted logistic model that separates pages by what each choice is worth', () => {
    const d = CHOICE_FEATURES.length;
    const row = (i: number, region: number, article: number, x0: number): ChooserRow => ({
      id: String(i),
      type: 'collection',
      fold: i % 4,
      out: [article, 0],
      region: [region, 0],
      article: [article, 0],
      features: [x0, ...Array.from({ length: d - 1 }, (_, j) => ((i * 7 + j) % 5) / 5)],
    });
    const rows = Array.from({ length: 40 }, (_, i) => (i % 2 ? row(i, 0.9, 0.4, 1) : row(i, 0.3, 0.8, 0)));
    const samples = samplesOf([...rows, row(99, 0.5, 0.5, 1)]);
    expect(samples).toHaveLength(40); // a page whose candidates score alike teaches nothing
    expect(samples[1]).toMatchObject({ y: 1, w: expect.closeTo(0.5) });
    const m = fit(samples, 1);
    expect(m.features).toEqual([...CHOICE_FEATURES]);
    expect(m.weights[0]).toBeGreaterThan(0);
    expect(odds(m, rows[1].features!)).toBeGreaterThan(0.5);
    expect(odds(m, rows[0].features!)).toBeLessThan(0.5);
  });
});
