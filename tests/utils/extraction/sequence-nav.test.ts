// @vitest-environment jsdom
// Page-to-page bars (Prev / Up / Home / Next) found by their links' `rel` (prev, next, up…) or keyboard shortcuts
// (`accesskey`): DocBook's navigation tables above and below each page, texinfo's "Next: … Previous: … Up: …"
// line, a pager's "Next ›". Fixture page: tests/fixtures/pages/docs-sequence-bars (DocBook's shape, as
// PostgreSQL's manual prints it: no <main>, so the region copy is the body).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { tidyArticle } from '@/utils/extraction/tidy-article';
import { isSequenceBar } from '@/utils/extraction/sequence-nav';
import { measureText } from '@/utils/extraction/clutter-guard';

const parse = (html: string) => parsePage(html);
const load = (slug: string) => loadPage(slug);
const offprint = (doc: Document) => offprintPage(doc)?.text ?? '';

const PROSE =
  '<p>A queue holds jobs until a worker is free to run them. Each job is a small record with a name, its ' +
  'arguments and the time it was added, and the queue hands jobs out in the order they arrived.</p>' +
  '<p>Workers ask the queue for the next job when they start and again each time they finish one. A worker that ' +
  'stops answering for longer than the visibility timeout loses its job, which goes back to the queue.</p>';

const TEXINFO_BAR =
  '<div class="nav-panel"><p>Next: <a href="Workers.html" accesskey="n" rel="next">Workers</a>, Previous: ' +
  '<a href="Install.html" accesskey="p" rel="prev">Installation</a>, Up: <a href="index.html" accesskey="u" ' +
  'rel="up">Tasks</a> &nbsp; [<a href="index.html#toc" rel="contents">Contents</a>][<a href="Index.html" ' +
  'rel="index">Index</a>]</p></div>';

describe('page-to-page bars (docs-sequence-bars)', () => {
  it('leaves out DocBook\u2019s Prev / Up / Home / Next tables when the region is the page', () => {
    // Before the rule the region copy (the body: the page has no <main>) kept both tables as lines of text. Since
    // session 33 the page's "Submit correction" box goes too and Readability's block wins: the bars stay out on
    // either path.
    const text = offprint(load('docs-sequence-bars'));
    expect(text).toContain('Adds a job and returns its id.');
    expect(text).toContain('deadLetter boolean true Keep failed jobs for a week.');
    expect(text).not.toMatch(/\bPrev\b|\bUp\b|Home|Next|8\.1\. Installation|8\.3\. Workers|Chapter 8\. Guide/);
  });

  it('leaves out a bar inside the block Readability keeps (texinfo\u2019s line), not the prose beside it', () => {
    const doc = parse(`<body><div id="x">${TEXINFO_BAR}<h2>2 Queues</h2>${PROSE}${TEXINFO_BAR}</div></body>`);
    const { text } = tidyArticle(doc.getElementById('x')!, doc);
    expect(text).toContain('Workers ask the queue for the next job');
    expect(text).not.toMatch(/Previous:|Installation|Contents|Index/);
  });

  it('leaves it out of a copy of the block outside the document, as the tidy pass gets it', () => {
    // Readability hands its block over as markup (or an element of its own document): the tidy pass works on a copy
    // that stands in no document, where a check for links still in the page skipped every bar.
    const doc = parse('<body></body>');
    const { text } = tidyArticle(`<div>${TEXINFO_BAR}<h2>2 Queues</h2>${PROSE}${TEXINFO_BAR}</div>`, doc);
    expect(text).toContain('Workers ask the queue for the next job');
    expect(text).not.toMatch(/Previous:|Installation|Contents|Index/);
  });

  it('tells a bar from a sentence, a card and a pager\u2019s numbers', () => {
    const doc = parse(
      '<body><p id="prose">The setup is done; continue with <a rel="next" href="/b">the next chapter</a>, which ' +
        'covers workers, their timeouts and how a worker that stops answering gives its job back.</p>' +
        '<div id="pager"><a href="?p=1">1</a> <a href="?p=2">2</a> ' +
        '<a id="step" rel="next" href="?p=2">Next ›</a></div>' +
        '<div id="bar"><a accesskey="p" href="/a">Prev</a> <a accesskey="u" href="/">Up</a> ' +
        '<a accesskey="n" href="/b">Next</a></div>' +
        '<div id="menu"><a accesskey="s" href="/search">Search</a> <a href="/about">About us</a></div></body>',
    );
    measureText(doc.body);
    expect(isSequenceBar(doc.getElementById('prose')!)).toBe(false); // prose: a sentence holds the link
    expect(isSequenceBar(doc.getElementById('pager')!)).toBe(false); // page numbers are not steps
    expect(isSequenceBar(doc.getElementById('step')!)).toBe(true); // its "Next ›" is
    expect(isSequenceBar(doc.getElementById('bar')!)).toBe(true);
    expect(isSequenceBar(doc.getElementById('menu')!)).toBe(false); // a link without a shortcut or a step
  });
});
