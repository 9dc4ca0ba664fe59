// @vitest-environment jsdom
// Session 39: documentation in shapes the development folds barely show. A hand-written HTML manual without landmarks
// (docs-plain-manual: `<h2><a name="…">` headings, `<pre>` blocks, a `<dl>` of options), a GitHub repository's
// rendered README (docs-github-readme), Help Scout Docs (docs-helpscout), Freshdesk (docs-freshdesk), pkgdown
// (docs-pkgdown) and VuePress 2 (docs-vuepress); all but the manual and Help Scout came out right and lock the
// behaviour.
import { describe, expect, it } from 'vitest';
import { linkDensity, measureText } from '@/utils/extraction/clutter-guard';
import { removeClutter } from '@/utils/extraction/remove-clutter';
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

describe('a rating whose answers are icons without text (docs-helpscout, a Help Scout Docs article)', () => {
  it('goes with its question and its error line', () => {
    const doc = loadPage('docs-helpscout');
    expect(readabilityText(doc)).toContain('Did this answer your question?'); // vanilla keeps it
    const text = offprint(doc);
    expect(text).toMatch(/^Resume from the app\nOpen Quillsync and select the backup that stopped/m);
    expect(text).toMatch(/^Note: If you changed files on the destination/m);
    expect(text).toMatch(/Try the -z option to send less data\.$/);
    expect(text).not.toMatch(/Did this answer|problem submitting|Related Articles|Categories|Powered by/);
  });

  it('leaves a question above screenshots alone: a picture wider than an icon is no answer', () => {
    const page = (px: number) =>
      parsePage(
        '<body><main><h1>Resuming</h1><div><p>Which of these two views is yours?</p><div>' +
          `<span><img src="/a.png" width="${px}" height="${px}"></span>` +
          `<span><img src="/b.png" width="${px}" height="${px}"></span></div></div></main></body>`,
      );
    const shots = page(480);
    removeClutter(shots);
    expect(shots.body.textContent).toContain('Which of these two views is yours?');
    const icons = page(24);
    removeClutter(icons);
    expect(icons.body.textContent).not.toContain('Which of these two views is yours?');
  });
});

describe('help centres and reference sites that came out right (docs-freshdesk, docs-pkgdown, docs-vuepress)', () => {
  it("keeps a VuePress 2 page's headings, code and hint containers without its page meta and page links", () => {
    const text = offprint(loadPage('docs-vuepress'));
    expect(text).toMatch(/^Patterns\nGive a pattern with -x\./m);
    expect(text).toMatch(/^Tip\nRun with -n first/m);
    expect(text).toMatch(/^# editor backups\n\*~\n\*\.swp\nnode_modules\/$/m);
    expect(text).not.toMatch(/Edit this page|Last Updated|Contributors|Prev|Next|Resuming a transfer|Select version/);
  });

  it('keeps a Freshdesk solution article without its vote, feedback form and related list', () => {
    const text = offprint(loadPage('docs-freshdesk'));
    expect(text).toMatch(/^Resume from the command line\nRun the same command again/m);
    expect(text).not.toMatch(/Did you find it helpful|Send feedback|Sorry we couldn't|Related Articles|Freshdesk/);
  });

  it("keeps a pkgdown reference page's usage, arguments, value and examples", () => {
    const text = offprint(loadPage('docs-pkgdown'));
    expect(text).toMatch(/^Usage\nkeep_rows\(\.data, \.\.\., \.by = NULL, \.preserve = FALSE\)$/m);
    expect(text).toMatch(/^\.preserve\nRelevant when the \.data input is grouped/m);
    expect(text).toMatch(/^#> 3 Jackdaw Corvidae 70 246$/m);
    expect(text).not.toMatch(/On this page|Get started|Changelog|Site built with|Developed by|Source: R\//);
    // Left: the "See also" section (a paragraph of links to other functions) goes in Readability's conditional
    // cleaning, as in vanilla Readability; the region keeps it.
    expect(text).not.toContain('Other single table verbs');
  });
});
