// @vitest-environment jsdom
// A manual's lists of links that its text introduces or titles, in the shapes of whole generators: Sphinx's toctree
// after "…can do a whole lot more:", a sub-list under "see the following documentation:" (Google's devsite), a list of
// settings whose links are code (Sphinx's `xref`), Sphinx's `.. seealso::` box, a heading whose "¶" links to the empty
// label before it, MediaWiki's wrapped headings over nested "See also" lists, javadoc's "See Also:" term. The tidy
// pass took the lists as teasers or link lines, the edge trimming took a closing one, and the headed-list rule took
// "See also" and "More on …" as a news page's related box; Readability itself keeps them all. An article's lists that
// its text introduces are the author's too (a listicle's "Top expert recommendations:" over product names, "Here are
// some of the courses you can take:"): the tidy pass took them as teasers and link lines on declared articles.
// Fixture pages: tests/fixtures/pages/docs-reference-lists, article-introduced-lists.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { isIntroducedList } from '@/utils/extraction/introduced-list';
import { inDocumentSection } from '@/utils/extraction/document-sections';

const URL_ = 'http://fakehost/test/page.html';
const offprint = (doc: Document) => offprintPage(doc, URL_)?.text ?? '';

const PROSE =
  '<p>A queue holds jobs until a worker is free to run them. Each job is a small record with a name, its ' +
  'arguments and the time it was added, and the queue hands jobs out in the order they arrived.</p>' +
  '<p>Workers ask the queue for the next job when they start and again each time they finish one. A worker that ' +
  'stops answering for longer than the visibility timeout loses its job, which goes back to the queue.</p>';

describe('lists a manual introduces or titles (docs-reference-lists)', () => {
  it('keeps what Readability keeps: the toctree, sub-lists, settings, the "See also" box, "More on fields"', () => {
    const doc = loadPage('docs-reference-lists');
    const text = offprint(doc);
    const vanilla = readabilityText(doc);
    for (const line of [
      'Further topics',
      'Using initial data with a formset',
      'Form assets',
      'Schedule an export',
      'SECURE_HSTS_SECONDS',
      'For a complete list of attributes and methods, see BoundField.',
      'More on fields',
    ]) {
      expect(vanilla).toContain(line);
      expect(text).toContain(line);
    }
    expect(text).not.toMatch(/Community|Contents|Quill Software Foundation/);
  });

  it('reads a list whose line before it is a sentence ending on a colon as introduced, not a label', () => {
    const root = parsePage(
      '<body><div id="r"><p>To learn how to store data in bulk, see the following pages:</p>' +
        '<ul id="a"><li><a href="/x">X</a></li></ul>' +
        '<p>Related:</p><ul id="b"><li><a href="/y">Y</a></li></ul>' +
        '<p>Read more about our coverage here:</p><ul id="c"><li><a href="/z">Z</a></li></ul>' +
        '<ul><li>Load data with:<br><ul id="d"><li><a href="/w">W</a></li></ul></li></ul>' +
        '<p>Forms can do a whole lot more:</p><div><ul><li><a id="e" href="/v">V</a></li></ul></div></div></body>',
      URL_,
    ).getElementById('r')!;
    const at = (id: string) => root.ownerDocument.getElementById(id)!;
    expect(isIntroducedList(at('a'), root)).toBe(true);
    expect(isIntroducedList(at('b'), root)).toBe(false);
    expect(isIntroducedList(at('c'), root)).toBe(false);
    expect(isIntroducedList(at('d'), root)).toBe(true);
    expect(isIntroducedList(at('e'), root)).toBe(true);
  });

  it('still drops a news page\'s "Related" list under its label', () => {
    const doc = parsePage(
      `<body><main><article><h1>Queues</h1>${PROSE}<p>Related stories:</p>` +
        '<ul><li><a href="/news/launch">We rebuilt our queues</a></li>' +
        '<li><a href="/news/case">How a shop sends a million mails a day</a></li></ul>' +
        `${PROSE.replace(/queue/g, 'line')}</article></main></body>`,
      URL_,
    );
    expect(offprint(doc)).not.toMatch(/We rebuilt our queues|a million mails/);
  });
});

describe('lists an article introduces (article-introduced-lists)', () => {
  it('keeps what Readability keeps on an article: product names under a label, courses after a sentence', () => {
    const doc = loadPage('article-introduced-lists');
    const text = offprint(doc);
    const vanilla = readabilityText(doc);
    for (const line of ['Fluke 117', 'Klein Tools MM400', 'Irwin Vise-Grip 2078309', 'Reading wiring diagrams']) {
      expect(vanilla).toContain(line);
      expect(text).toContain(line);
    }
    // A list under "Read more about …:", one introduced after the last prose and a "Related:" box are still teasers.
    expect(text).not.toMatch(/best cordless drills|organize a work van|torque screwdrivers|apprentice's guide/);
  });
});

describe('headings a generator wraps, nested lists, definition terms', () => {
  it('reads MediaWiki\'s wrapped heading as the title of a nested "See also" list', () => {
    const root = parsePage(
      '<body><div id="r"><div class="mw-heading mw-heading2"><h2 id="See_also">See also</h2></div>' +
        '<ul><li><a href="https://example.org/">Official web site</a><ul><li>' +
        '<a id="n" href="https://example.org/faq">FAQ</a></li></ul></li></ul></div></body>',
      URL_,
    ).getElementById('r')!;
    const nested = root.ownerDocument.getElementById('n')!;
    expect(inDocumentSection(nested, root, () => new Set(['See_also']))).toBe(true);
    expect(inDocumentSection(nested, root, () => new Set())).toBe(false);
  });

  it('keeps javadoc\'s "See Also:" references of a method', () => {
    const doc = parsePage(
      `<body><main><h1>Class Account</h1>${PROSE}<h2>Method details</h2><h3>withdraw</h3>` +
        '<p>Takes an amount out of the account and returns the balance left after it, refusing amounts above it.</p>' +
        '<dl><dt>See Also:</dt><dd><a href="Ledger.html#record(long)"><code>Ledger.record(long)</code></a>, ' +
        `<a href="Account.html#deposit(long)"><code>deposit(long)</code></a></dd></dl>${PROSE}</main></body>`,
      URL_,
    );
    expect(offprint(doc)).toContain('Ledger.record(long)');
  });
});
