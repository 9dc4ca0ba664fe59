// @vitest-environment jsdom
// Asciidoctor prints each section of an Antora page as `div.sect1` > `div.sectionbody`, each paragraph in its own
// `div.paragraph`, and each heading with an empty permalink before its title (`<a class="anchor" href="#_board"></a>`).
// Readability scores the sections apart and keeps the one with the most paragraphs: on a real demo guide it kept one
// section of five (538 of 1,171 words), and the region, under twice that block, lost to it. The pick test
// (picksHeadedSections) read every heading as a linked title by its anchor, and ran on CMS pages only
// (fixture docs-antora-picked-section).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage } from '../../helpers/extraction-pages';
import { picksHeadedSections } from '@/utils/extraction/headed-sections';
import { declaresManual } from '@/utils/extraction/page-kind';

const sentence = (topic: string) =>
  `<p>The ${topic} shows what you need for the day, and it keeps the same place on every page you open in the ` +
  `planner, so you find it again without looking for it each time.</p>`;

/** An Asciidoctor section: its heading with the empty permalink, its paragraphs. */
const sect = (id: string, title: string, paras: number, anchor = `<a class="anchor" href="#${id}"></a>`) =>
  `<div class="sect1"><h2 id="${id}">${anchor}${title}</h2><div class="sectionbody">` +
  Array.from({ length: paras }, () => `<div class="paragraph">${sentence(title.toLowerCase())}</div>`).join('') +
  '</div></div>';

describe("a manual's page whose sections Readability picked from (docs-antora-picked-section)", () => {
  it('keeps every section of the page, not only the longest, without the chrome', () => {
    const text = offprintPage(loadPage('docs-antora-picked-section'))?.text ?? '';
    expect(text).toContain('The start page opens each time you open the planner.');
    expect(text).toContain('The side panel runs down the left edge of every page.');
    expect(text).toContain('Keyboard users can move a card with the arrow keys');
    expect(text.trim().split('\n').at(-1)).toContain('Search covers the archive too');
    for (const chrome of ['Edit this Page', 'Install the Planner', 'Working with Boards'])
      expect(text).not.toContain(chrome);
  });

  it("reads a heading that prints its own permalink as a section's title, not a linked title", () => {
    const region = document.createElement('article');
    region.innerHTML = sect('_start', 'Start page', 2) + sect('_panel', 'Side panel', 2) + sect('_board', 'Board', 4);
    const regionText = [...region.querySelectorAll('h2, p')].map((e) => e.textContent).join('\n');
    const blockText = [...region.querySelectorAll('.sect1:last-child h2, .sect1:last-child p')]
      .map((e) => e.textContent)
      .join('\n');
    expect(picksHeadedSections(region, regionText, blockText)).toBe(true);
    // A card's linked title is still no section's heading.
    const cards = document.createElement('article');
    cards.innerHTML =
      sect('_a', 'Start page', 2, '<a href="/start">Read</a>') +
      sect('_b', 'Side panel', 2, '<a href="/panel">Read</a>') +
      sect('_board', 'Board', 4);
    const cardsText = [...cards.querySelectorAll('h2, p')].map((e) => e.textContent).join('\n');
    expect(picksHeadedSections(cards, cardsText, blockText)).toBe(false);
  });

  it('knows a manual by its generator or its declared type', () => {
    expect(declaresManual([], 'Antora 3.1.14')).toBe(true);
    expect(declaresManual(['TechArticle'], null)).toBe(true);
    expect(declaresManual(['Article'], 'WordPress 6.5')).toBe(false);
  });
});
