// @vitest-environment jsdom
// Hugo's themes print og:type=article on every page, and the tidy pass read a Docsy manual's page as an article: no
// manual's sections (see inDocumentSection), so its opening headings went as kickers before the first long paragraph.
// Docsy prints no generator of its own; its content box (`div.td-content`) is the mark. Fixture page:
// tests/fixtures/pages/docs-docsy-opening-sections (an "Installing" page in Docsy's layout).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage } from '../../helpers/extraction-pages';
import { manualMarkup } from '@/utils/extraction/page-kind';

describe('a Docsy manual under og:type=article (docs-docsy-opening-sections)', () => {
  it('keeps the opening sections: their headings and the lines under them', () => {
    const got = offprintPage(loadPage('docs-docsy-opening-sections'))!;
    const text = got.text.split('\n').map((l) => l.trim());
    for (const line of ['Install the CLI', 'An editor', 'Neovim', 'Create a gateway']) expect(text).toContain(line);
    expect(text.indexOf('Install the CLI')).toBeLessThan(
      text.indexOf('Packages are built for Linux, macOS and Windows:'),
    );
    expect(got.text).not.toContain('Edit this page');
  });

  it("reads a manual from its declaration or Docsy's content box, not from Hugo's generator alone", () => {
    expect(manualMarkup([], 'Hugo 0.136.5', ['td-main', 'col-12 td-content'])).toBe(true);
    expect(manualMarkup(['TechArticle'], null, [])).toBe(true);
    expect(manualMarkup([], 'Docusaurus v3.5.2', [])).toBe(true);
    expect(manualMarkup([], 'Hugo 0.136.5', ['post-content', 'td-contents-list'])).toBe(false);
  });
});
