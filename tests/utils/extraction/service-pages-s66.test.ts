// @vitest-environment jsdom
// Service pages (session 66): session 65's linked-headings rule (a linked heading over its own paragraph, in a series
// of such sections, is no link line: a team's names linked to profiles) narrowed so a blog's cards of other posts,
// the same shape (a linked title over an excerpt), stay out: a shop's blog post (a Shopify theme's related cards under
// the post, in the region) kept the cards' titles with the rule. A card's excerpt is cut ("…", "...", "[…]") and is
// no prose of its own; a series under a "Related posts" title, in several languages, is no page's sections
// (headsSectionSeries). Fixture tests/fixtures/pages/article-shopify-related-cards.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { headsSectionSeries } from '@/utils/extraction/linked-headings';

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
