// @vitest-environment jsdom
// A forum engine's splash screen (Discourse fetched or stored without running its script): the description is what
// the page holds. Fixture page: tests/fixtures/pages/forum-discourse-splash.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractArticle } from '@/utils/extraction/extract-article';

const source = fs.readFileSync('tests/fixtures/pages/forum-discourse-splash/source.html', 'utf8');
const extract = (html: string) =>
  extractArticle(new JSDOM(html).window.document, 'https://forum.example.org/t/choosing-a-first-sourdough/4821');

describe('pageSummary in extractArticle', () => {
  it("keeps a Discourse splash screen's description as its text", () => {
    expect(extract(source)?.textContent).toMatch(
      /^Hi all, I am about to start my first sourdough starter.*°C in winter/s,
    );
  });

  it('keeps no text on a blank page of another generator, nor on a Discourse page with text of its own', () => {
    expect(extract(source.replace('content="Discourse', 'content="WordPress'))).toBeNull();
    const shown = source.replace(
      '<section id="d-splash">',
      '<section id="d-splash"><p>This topic was moved to the archive and is shown here without its replies.</p>',
    );
    expect(extract(shown)?.textContent ?? '').not.toContain('sourdough');
  });

  it('keeps no description of under 30 words', () => {
    const short = source
      .replace(/(property="og:description" content=")[^"]*/, '$1A short tagline.')
      .replace(/(name="description" content=")[^"]*/, '$1A short tagline.');
    expect(extract(short)).toBeNull();
  });
});
