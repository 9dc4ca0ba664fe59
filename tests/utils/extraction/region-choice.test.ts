// @vitest-environment jsdom
// Which whole the extractor keeps on pages that are not one article: og:type=article alone does not
// make a page an article (CMSs print it on service pages and categories), and prose a streamed page
// keeps hidden until a script moves it in is the page's content. Fixture pages:
// tests/fixtures/pages/{service-og-article,streamed-page,service-declared-prose,service-section-pick,
// service-layout-copies,service-declared-article-sections}.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '@/utils/extraction/extract-article';
import { articleText } from '@/utils/extraction/article-text';
import { skipsSections } from '@/utils/extraction/skipped-sections';

const URL_ = 'http://fakehost/test/page.html';
const load = (slug: string) =>
  new JSDOM(fs.readFileSync(`tests/fixtures/pages/${slug}/source.html`, 'utf8'), { url: URL_ }).window.document;
const offprint = (slug: string) => {
  const doc = load(slug);
  const core = extractArticle(doc, URL_);
  return core ? articleText(core.contentHtml, doc).textContent : '';
};

describe('a service page that says og:type=article', () => {
  const SECTIONS = [
    'Why an audit comes first',
    'What the audit covers',
    'How it works',
    'Pricing',
    'Questions people ask',
  ];
  it('loses sections in vanilla Readability', () => {
    const text = new Readability(load('service-og-article')).parse()?.textContent ?? '';
    expect(SECTIONS.filter((s) => !text.includes(s)).length).toBeGreaterThan(0);
  });
  it('keeps every section in Offprint, without the site header and footer', () => {
    const text = offprint('service-og-article');
    for (const s of SECTIONS) expect(text).toContain(s);
    expect(text).toContain('Over 200 m²');
    expect(text).not.toMatch(/About us|Sitemap|Careers/);
  });
});

describe('a streamed page whose article is still in a hidden part', () => {
  it('is empty for vanilla Readability', () => {
    const text = new Readability(load('streamed-page')).parse()?.textContent ?? '';
    expect(text).not.toContain('Filter before you join');
  });
  it('is the article for Offprint; a hidden part without prose stays out', () => {
    const text = offprint('streamed-page');
    expect(text).toContain('Most slow queries we are asked to look at are not slow');
    expect(text).toContain('Measure, then index');
    expect(text).not.toContain('Get new posts by e-mail');
  });
  it('keeps a hidden dialog’s prose out when the page shows more than it holds', () => {
    const para = (w: string) =>
      `<p>${`${w} words of a notice about shipping and returns that runs long. `.repeat(4)}</p>`;
    const card = '<li><a href="/p">A product card with its name</a> <span>$ 120.00</span> In stock, ships today</li>';
    const html =
      `<body><main><h1>Projectors</h1><ul>${card.repeat(30)}</ul></main>` +
      `<div class="notice" hidden>${para('Free')}${para('Fast')}</div></body>`;
    const doc = new JSDOM(html, { url: URL_ }).window.document;
    const core = extractArticle(doc, URL_);
    const text = core ? articleText(core.contentHtml, doc).textContent : '';
    expect(text).not.toContain('notice about shipping');
  });
});

describe('a service page whose introduction runs to paragraphs of prose', () => {
  const SECTIONS = ['What we treat', 'Prices', 'Quarterly plan $119 a visit', 'Is the treatment safe for my dog?'];
  it('loses its sections in vanilla Readability', () => {
    const text = new Readability(load('service-declared-prose')).parse()?.textContent ?? '';
    expect(text).toContain('family firm of nine technicians');
    expect(SECTIONS.filter((s) => !text.includes(s)).length).toBeGreaterThan(0);
  });
  it('keeps every section in Offprint: it declares a business, so its prose does not make it an article', () => {
    const text = offprint('service-declared-prose');
    for (const s of [...SECTIONS, 'family firm of nine technicians']) expect(text).toContain(s);
    expect(text).not.toMatch(/License 9021|Reviews|Careers/);
  });
  it('keeps Readability’s article when the same page declares nothing (three prose paragraphs: an article)', () => {
    const html = fs
      .readFileSync('tests/fixtures/pages/service-declared-prose/source.html', 'utf8')
      .replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '');
    const doc = new JSDOM(html, { url: URL_ }).window.document;
    const core = extractArticle(doc, URL_);
    const text = core ? articleText(core.contentHtml, doc).textContent : '';
    expect(text).toContain('family firm of nine technicians');
    expect(text).not.toContain('Quarterly plan $119 a visit');
  });
});

describe('a service page of which Readability keeps a pick of sections (og:type=article, prose)', () => {
  const FEATURES = ['Membrane and seams', 'Drains and gutters', 'Insulation moisture', 'Previous repairs'];
  it('loses the feature grid between its prose sections in vanilla Readability', () => {
    const text = new Readability(load('service-section-pick')).parse()?.textContent ?? '';
    expect(text).toContain('Why inspect a roof that does not leak');
    expect(text).toContain('What it costs');
    expect(FEATURES.filter((s) => !text.includes(s)).length).toBe(FEATURES.length);
  });
  it('keeps the whole main region in Offprint: every section, without buttons, site header or footer', () => {
    const text = offprint('service-section-pick');
    for (const s of [...FEATURES, 'Commercial Roof Inspections', 'Why inspect', 'How it works', 'What it costs'])
      expect(text).toContain(s);
    expect(text).not.toMatch(/Learn more|About us|Sitemap|Mill Lane/);
  });
  it('keeps Readability’s article when what it left out is a feature grid below it, not between its sections', () => {
    const html = fs
      .readFileSync('tests/fixtures/pages/service-section-pick/source.html', 'utf8')
      .replace(/(<div class="elementor-section features">[\s\S]*?)(<div class="elementor-section report">)/, '$2')
      .replace('</div>\n</main>', '</div>\n<div class="elementor-section features-moved"></div></main>');
    const grid = /<div class="elementor-section features">[\s\S]*?<div class="elementor-section report">/.exec(
      fs.readFileSync('tests/fixtures/pages/service-section-pick/source.html', 'utf8'),
    )![0];
    const moved = html.replace(
      '<div class="elementor-section features-moved"></div>',
      grid.replace('<div class="elementor-section report">', ''),
    );
    const doc = new JSDOM(moved, { url: URL_ }).window.document;
    const core = extractArticle(doc, URL_);
    const text = core ? articleText(core.contentHtml, doc).textContent : '';
    expect(text).toContain('Why inspect a roof that does not leak');
    expect(text).not.toContain('Membrane and seams');
  });
});

describe('skipsSections', () => {
  const para = (w: string) => `${w} is a sentence of a paragraph that runs on for a good many words in all.`;
  const block = [para('One'), para('Two'), para('Three'), para('Four')].join('\n');
  const grid = Array.from({ length: 12 }, (_, i) => `Feature ${i} with a short line of text about it`).join('\n');
  it('is true when the region holds sections between the block’s lines', () => {
    const region = ['Title', para('One'), para('Two'), grid, para('Three'), para('Four')].join('\n');
    expect(skipsSections(region, block)).toBe(true);
  });
  it('is false when what the region adds stands above and below the block (a headline, teasers, comments)', () => {
    const region = ['Title', grid, block, grid, grid].join('\n');
    expect(skipsSections(region, block)).toBe(false);
  });
  it('is false when the region is not 1.5 times the block', () => {
    const region = [para('One'), para('Two'), grid.split('\n').slice(0, 3).join('\n'), para('Three'), para('Four')];
    expect(skipsSections(region.join('\n'), block)).toBe(false);
  });
});

describe('a service page whose layout prints its feature grid three times (desktop, tablet, mobile)', () => {
  const LINE = 'Plan a release on one board that product, design and engineering all edit at the same time';
  const count = (text: string) => text.split(LINE).length - 1;
  it('keeps all three copies in vanilla Readability', () => {
    expect(count(new Readability(load('service-layout-copies')).parse()?.textContent ?? '')).toBe(3);
  });
  it('keeps the region in Offprint: each section once, the proof band below them, no site header or footer', () => {
    const text = offprint('service-layout-copies');
    expect(count(text)).toBe(1);
    expect(text).toContain('Plan, design and ship on one canvas');
    expect(text).toContain('Over two hundred thousand companies plan their work in Boardwise');
    expect(text).not.toMatch(/Careers|Sign in|© 2026/);
  });
});

describe('a service page that declares an Article (an SEO plugin’s default) built of sections', () => {
  const CARDS = ['Gait analysis', 'Shockwave therapy', 'Hydrotherapy', 'Event support'];
  it('loses the cards between its paragraphs in vanilla Readability', () => {
    const text = new Readability(load('service-declared-article-sections')).parse()?.textContent ?? '';
    expect(text).toContain('Most running injuries do not start with a fall');
    expect(CARDS.filter((s) => text.includes(s))).toEqual([]);
  });
  it('keeps the main region when Readability’s block is a pick of its sections, without its button or footer', () => {
    const text = offprint('service-declared-article-sections');
    for (const s of [...CARDS, 'Most running injuries', 'Care after surgery']) expect(text).toContain(s);
    expect(text).not.toMatch(/Book an assessment|Quay Street|Our team|Sitemap/);
  });
});
