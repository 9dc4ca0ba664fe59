// @vitest-environment jsdom
// Session 71: documentation generators that name themselves after the framework they are built on. Starlight prints
// `<meta name="generator" content="Astro v5…">` and then `<meta name="generator" content="Starlight v0…">`, Hugo's
// Relearn theme `Hugo 0.125.7` and then `Relearn 6.0.0`; the metadata index kept the first of a name only, so the
// manual's tool was never read: a Starlight page (og:type=article on every page) was not a manual, its tidy pass an
// article's, and its closing "Next steps" list went as link lines (docs-starlight-next-steps). Starlight 0.34 prints
// each heading in a `<div>` beside its permalink and each code block in a `<div><figure>`: an admonition (`<aside>`,
// which Readability removes) between a code box and the next heading had no block of text beside it, was read as a
// side column and went (amongText).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { metaIndex } from '@/utils/extraction/page-metadata';
import { declaresManual } from '@/utils/extraction/page-kind';
import { amongText } from '@/utils/extraction/admonitions';
import { measureText } from '@/utils/extraction/clutter-guard';

const offprint = (doc: Document) => offprintPage(doc)?.text ?? '';

describe("a manual's tool named after its framework (docs-starlight-next-steps, Starlight on Astro)", () => {
  it("keeps the manual's closing list of its pages and reads the page as documentation", () => {
    const page = offprintPage(loadPage('docs-starlight-next-steps'));
    const text = page?.text ?? '';
    expect(text).toMatch(/^Next steps$/m);
    expect(text).toMatch(/^Restoring a volume from a snapshot$/m);
    expect(text).toMatch(/^Every key of a schedule block$/m);
    expect(text).toMatch(/^Write a schedule$/m);
    expect(text).not.toMatch(/Edit page|Last updated|Previous|On this page/);
    expect(page?.pageKind).toBe('documentation');
  });

  it('reads every generator a page names, one a line; other names keep their first value', () => {
    const doc = parsePage(
      '<head><meta name="generator" content="Hugo 0.125.7"><meta name="generator" content="Relearn 6.0.0+tip">' +
        '<meta property="og:type" content="website"><meta property="og:type" content="article">' +
        '<meta name="generator" content=" "></head><body></body>',
    );
    const meta = metaIndex(doc);
    expect(meta('generator')).toBe('Hugo 0.125.7\nRelearn 6.0.0+tip');
    expect(meta('og:type')).toBe('website');
    const one = metaIndex(parsePage('<head><meta name="generator" content="WordPress 6.5"></head><body></body>'));
    expect(one('generator')).toBe('WordPress 6.5');
    // Hugo builds blogs as often as manuals; its Relearn theme is a manual's.
    expect(declaresManual([], meta('generator'))).toBe(true);
    expect(declaresManual([], 'Hugo 0.125.7')).toBe(false);
  });
});

describe('an admonition between wrapped blocks (docs-starlight-next-steps, Starlight 0.34)', () => {
  it('keeps the caution between a code box and the next heading', () => {
    const text = offprint(loadPage('docs-starlight-next-steps'));
    expect(text).toMatch(
      /^Thinning deletes snapshots for good\. Copy the ones you must keep to another pool first\.$/m,
    );
  });

  const neighbours = (before: string, after: string) => {
    const doc = parsePage(
      `<body><main id="m">${before}<aside id="a"><p>Note: a sentence.</p></aside>${after}</main></body>`,
    );
    measureText(doc.getElementById('m')!);
    return amongText(doc.getElementById('a')!);
  };
  it('reads a heading or a code block a wrapper opens or ends with as a block of text, nothing else', () => {
    const code =
      '<div><figure><figcaption>app.toml</figcaption>' +
      '<pre>every = "4h" # the hours between two runs</pre></figure></div>';
    const heading = '<div><h2 id="n">Next steps</h2><a href="#n"></a></div>';
    expect(neighbours(code, heading)).toBe(true);
    expect(neighbours('', heading)).toBe(true);
    expect(neighbours(code, '')).toBe(true);
    // A wrapper of paragraphs or links, or a code block at the wrong end, is not read so.
    expect(neighbours('<div><p>A paragraph in a box that is long enough to count as text.</p></div>', '')).toBe(false);
    expect(neighbours('<div><nav><a href="/x">Other page</a></nav></div>', '<div><a href="/y">Another</a></div>')).toBe(
      false,
    );
    expect(neighbours('', '<div><p>First</p><pre>trailing code block of forty characters or more</pre></div>')).toBe(
      false,
    );
  });
});
