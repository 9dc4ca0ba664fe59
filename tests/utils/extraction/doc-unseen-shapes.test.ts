// @vitest-environment jsdom
// Session 39: documentation in shapes the development folds barely show. A hand-written HTML manual without landmarks
// (docs-plain-manual: `<h2><a name="…">` headings, `<pre>` blocks, a `<dl>` of options), a GitHub repository's
// rendered README (docs-github-readme, which came out right and locks the behaviour).
import { describe, expect, it } from 'vitest';
import { linkDensity, measureText } from '@/utils/extraction/clutter-guard';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';

const offprint = (doc: Document) => offprintPage(doc)?.text ?? '';

describe('a heading whose text is a named anchor (docs-plain-manual, a hand-written manual)', () => {
  it('is the section’s title, not a link line', () => {
    const doc = loadPage('docs-plain-manual');
    expect(readabilityText(doc)).toContain('4. Options'); // vanilla keeps it
    const text = offprint(doc);
    for (const h of ['1. Introduction', '2. Installing', '4. Options', '6. Exit status', '7. Known problems'])
      expect(text).toMatch(new RegExp(`^${h}$`, 'm'));
    expect(text).toMatch(/^\$ \.\/configure && make && make install$/m);
    expect(text).toMatch(/^-x pattern\nLeave out files whose names match pattern/m);
    expect(text).not.toMatch(/Mailing lists|Back to top|Valid HTML|Copyright/);
  });

  it('counts as no link, where a link (or an anchor without a name) still does', () => {
    const doc = parsePage(
      '<body><h2><a name="intro">1. Introduction</a></h2><h2><a href="/intro.html">1. Introduction</a></h2>' +
        '<h2><a onclick="open()">1. Introduction</a></h2></body>',
    );
    const [named, linked, scripted] = Array.from(doc.querySelectorAll('h2'));
    measureText(doc.body);
    expect(linkDensity(named)).toBe(0);
    expect(linkDensity(linked)).toBe(1);
    expect(linkDensity(scripted)).toBe(1);
  });
});

describe("a GitHub repository's README (docs-github-readme)", () => {
  it('is the page: the file list, the About box, releases and languages are not', () => {
    const text = offprint(loadPage('docs-github-readme'));
    expect(text).toMatch(/^Installing\nWith Cargo:\ncargo install quillsync$/m);
    expect(text).toMatch(/^Note\nThe destination needs the same version/m);
    expect(text).toMatch(/^License\nMIT\. See LICENSE\.$/m);
    expect(text).not.toMatch(/Go to file|214 Commits|Initial import|Contributors|Languages|Releases|Sign in|stars/);
  });
});
