// @vitest-environment jsdom
// Service pages (session 66): session 65's linked-headings rule (a linked heading over its own paragraph, in a series
// of such sections, is no link line: a team's names linked to profiles) narrowed so a blog's cards of other posts,
// the same shape (a linked title over an excerpt), stay out: a shop's blog post (a Shopify theme's related cards under
// the post, in the region) kept the cards' titles with the rule. A card's excerpt is cut ("…", "...", "[…]") and is
// no prose of its own; a series under a "Related posts" title, in several languages, is no page's sections
// (headsSectionSeries). Fixture tests/fixtures/pages/article-shopify-related-cards.
// - The same rule read by the edge trim's lead (trimEdges): a services or team page with no intro before its first
//   section lost the first linked name, above the first prose, as a link line. Fixture
//   tests/fixtures/pages/service-wordpress-services-first-linked.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { headsSectionSeries } from '@/utils/extraction/linked-headings';
import { trimEdges } from '@/utils/extraction/trim-edges';

describe("a blog's related-post cards are no series of sections (headsSectionSeries)", () => {
  it("reads a shop's blog post without its cards' linked titles, the post's sections and FAQ kept", () => {
    const text = offprintPage(loadPage('article-shopify-related-cards'))!.text;
    expect(text).toContain('Choose the bulb before the lamp');
    expect(text).toContain('Which colour temperature is best for reading?');
    for (const title of [
      'A year in the workshop',
      'How to light a rented flat without drilling',
      'Lighting a standing desk',
    ])
      expect(text).not.toContain(title);
  });

  const prose = (n: number, end: string) =>
    `<p>Item ${n} is described here in a sentence or two, long enough to read as the section's own text and ` +
    `not a caption${end}</p>`;
  const card = (n: number, end: string) => `<h3><a href="/blog/post-${n}">Title ${n}</a></h3>${prose(n, end)}`;
  const series = (end: string, title = '') =>
    parsePage(`<div id="root">${title}${card(1, end)}${card(2, end)}${card(3, end)}</div>`).getElementById('root')!;
  const first = (root: Element) => root.querySelector('h3')!;

  it('reads no series where the excerpts are cut', () => {
    expect(headsSectionSeries(first(series('.')), series('.'))).toBe(true);
    for (const cut of [' and the ...', ' and the…', ' and the […]', ' and the [...]']) {
      const root = series(cut);
      expect(headsSectionSeries(first(root), root)).toBe(false);
    }
  });

  it('reads no series under a title that names other posts, in several languages', () => {
    for (const t of [
      'Related posts',
      'You may also like',
      'Read next',
      'Ähnliche Beiträge',
      'Articles similaires',
      'Artículos relacionados',
      'Leggi anche',
      'Gerelateerde berichten',
      'Похожие статьи',
    ]) {
      const root = series('.', `<h2>${t}</h2>`);
      expect(headsSectionSeries(first(root), root), t).toBe(false);
    }
    // A team's or a services page's own title over the series leaves it a series.
    for (const t of ['Our team', 'What we do', 'Related services we offer']) {
      const root = series('.', `<h2>${t}</h2>`);
      expect(headsSectionSeries(first(root), root), t).toBe(true);
    }
  });
});

describe("a services page's first linked section name, above the first prose, is no lead clutter (trimEdges)", () => {
  it('keeps the first service linked to its page, where no intro stands before it', () => {
    const text = offprintPage(loadPage('service-wordpress-services-first-linked'))!.text;
    expect(text.startsWith('Tree surgery and crown reduction\n')).toBe(true);
    expect(text).toContain('Stump grinding');
    expect(text).not.toMatch(/Registered in England|Gallery/);
  });

  const section = (n: number, linked: boolean) =>
    `<h3>${linked ? `<a href="/services/s${n}/">Service ${n}</a>` : `Service ${n}`}</h3>` +
    `<p>Service ${n} is described here in a sentence or two, long enough to read as the section's own text.</p>`;
  const lead = (contacts: boolean) => {
    const root = parsePage(
      `<div id="root">${section(1, true)}${section(2, false)}${section(3, true)}</div>`,
    ).getElementById('root')!;
    trimEdges(root, undefined, undefined, contacts);
    return !!root.querySelector('a[href="/services/s1/"]');
  };

  it('reads it on a page that declares no article, and trims it as a link line on others', () => {
    expect(lead(true)).toBe(true);
    expect(lead(false)).toBe(false);
  });
});
