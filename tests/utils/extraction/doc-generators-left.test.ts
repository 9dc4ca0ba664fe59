// @vitest-environment jsdom
// Session 38: documentation generators no fixture covered, written in the shape of their templates. DokuWiki
// (docs-dokuwiki), GNU texinfo's HTML (docs-texinfo), a Zendesk help-center article (docs-zendesk-guide) and a man7.org
// man page (docs-man7) came out right and lock the behaviour; mandoc's man page (docs-mandoc), Redoc's API reference
// (docs-redoc) and Sphinx's docutils topics and sidebars (docs-sphinx-topics) lost text.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { isReferenceLine } from '@/utils/extraction/reference-line';

const offprint = (doc: Document) => offprintPage(doc)?.text ?? '';

describe("a section's first line before the page's first paragraph (docs-mandoc, mandoc's man page)", () => {
  it('is the section’s text, not a kicker: the NAME line stays under its heading', () => {
    const doc = loadPage('docs-mandoc');
    expect(readabilityText(doc)).toContain('copy a directory tree into a tar archive'); // vanilla keeps it
    const text = offprint(doc);
    expect(text).toMatch(/^NAME\ntarsync — copy a directory tree into a tar archive, updating only what changed$/m);
    expect(text).toContain('tarsync [-nqv] [-C directory] [-x pattern] archive source ...');
    expect(text).toMatch(/^-n\nDry run: print what would be added/m);
    expect(text).not.toMatch(/Scroll to navigation|other versions|package tracker|raw man page|Jump|debiman|bookworm/);
  });

  it('still trims a short line before a page’s first paragraph that no heading of the outline titles', () => {
    const doc = parsePage(
      '<body><main><h1>Syncing archives</h1><p>Guides and tutorials</p><p>The tarsync utility brings an archive up ' +
        'to date with the files under each source, reading from disk only the files that changed.</p><p>Entries ' +
        'copied from the old archive are decompressed and compressed again, so updating takes longer.</p>' +
        '</main></body>',
    );
    expect(offprint(doc)).not.toContain('Guides and tutorials');
  });
});

describe("a man page's last sections (docs-mandoc, docs-metacpan: SEE ALSO and AUTHORS)", () => {
  it('keeps the references of SEE ALSO and the AUTHORS heading, which Readability took for the byline', () => {
    const doc = loadPage('docs-mandoc');
    const page = offprintPage(doc);
    expect(page?.text).toMatch(
      /^SEE ALSO\ntar\(1\), rsync\(1\)\nAUTHORS\nInes Albrecht <ines@tarsync\.example\.org>$/m,
    );
    expect(page?.byline ?? null).toBeNull();
  });

  it('keeps MetaCPAN’s SEE ALSO line and AUTHOR heading (docs-metacpan, a POD page)', () => {
    const doc = loadPage('docs-metacpan');
    // Vanilla Readability takes the AUTHOR heading for the byline (main did too: its byline read "AUTHOR").
    const page = offprintPage(doc);
    expect(page?.text).toMatch(/^SEE ALSO\nText::Wrap, Unicode::LineBreak, Text::Autoformat\nAUTHOR$/m);
    expect(page?.text).toMatch(/^AUTHOR\nInes Albrecht <ialbrecht@cpan\.example\.org>$/m);
    expect(page?.byline ?? null).toBeNull();
    expect(page?.text).not.toMatch(/Reverse dependencies|Search the CPAN|Permalinks|Contents|Report an issue/);
  });

  it('reads a line of references by its separators only', () => {
    const line = (html: string) => isReferenceLine(parsePage(`<body><p>${html}</p></body>`).querySelector('p')!);
    expect(line('<a href="/a">awk</a>(1), <a href="/b">cmp(1)</a>; <a href="/c">sed(1)</a>')).toBe(true);
    expect(line('<a href="/a">Home</a> | <a href="/b">About</a>')).toBe(false);
    expect(line('Read more: <a href="/a">One story</a>, <a href="/b">another</a>')).toBe(false);
    expect(line('<a href="/a">One story</a> <a href="/b">Another story</a>')).toBe(false);
  });

  it('keeps a Sphinx section whose id names its authors, as the contents link to it', () => {
    const para =
      '<p>The exporter reads every table of the catalogue in one pass and writes each to a file of its own, so an ' +
      'interrupted run can start again from the last table written.</p>';
    const section = (id: string, title: string, body: string) =>
      `<section id="${id}"><h2>${title}<a class="headerlink" href="#${id}">¶</a></h2>${body}</section>`;
    const doc = parsePage(
      '<body><div class="body"><section id="exporter"><h1>Exporter<a class="headerlink" href="#exporter">¶</a></h1>' +
        para +
        section('usage', 'Usage', para + para) +
        section('authors', 'Authors', '<p>Ines Albrecht, Tomas Berg</p>') +
        '</section></div></body>',
    );
    expect(readabilityText(doc)).not.toContain('Ines Albrecht'); // vanilla takes the section for a byline
    const page = offprintPage(doc);
    expect(page?.text).toMatch(/^Authors¶?\nInes Albrecht, Tomas Berg$/m);
    expect(page?.byline ?? null).toBeNull();
  });
});

describe("a row drawn as a button (docs-redoc, Redoc's responses)", () => {
  it("keeps each response's status and description, which Readability drops with every button", () => {
    const doc = loadPage('docs-redoc');
    expect(readabilityText(doc)).not.toContain('A page of shipments.');
    const text = offprint(doc);
    expect(text).toMatch(/^Responses\n200\nA page of shipments\.\n401\nThe API key is missing or revoked\.$/m);
    expect(text).toContain('An address could not be read; the error names the field.');
    expect(text).toContain('How many shipments to return in one page.');
    expect(text).not.toMatch(/^(Copy|Expand all|Collapse all|Search\.\.\.)$/m);
  });

  it('leaves a control whose label is a phrase as a control', () => {
    const para =
      '<p>Each response of an operation is listed with its status, and the schema of its body opens below it when ' +
      'the reader clicks on its row.</p>';
    const doc = parsePage(
      `<body><main><h1>Shipments</h1>${para}<button>Copy to clipboard now</button>${para}` +
        '<nav><button><p>Open the main menu of the site</p></button></nav></main></body>',
    );
    const text = offprint(doc);
    expect(text).not.toMatch(/Copy to clipboard|Open the main menu/);
  });
});

describe("docutils' topics and sidebars drawn as <aside> (docs-sphinx-topics, Sphinx with Alabaster)", () => {
  it('are the manual’s text: Readability removes every aside', () => {
    const doc = loadPage('docs-sphinx-topics');
    const rd = readabilityText(doc);
    expect(rd).not.toContain('Tollgate caches a response when its origin allows it');
    expect(rd).not.toContain('Memory or disk?');
    const text = offprint(doc);
    expect(text).toContain('Tollgate caches a response when its origin allows it');
    expect(text).toMatch(/^Memory or disk\?\nThe memory store is the faster one/m);
    expect(text).toMatch(/^Added in version 1\.6: The disk store\.$/m);
    expect(text).toContain('A soft purge needs the origin to answer conditional requests.');
    expect(text).not.toMatch(/Quick search|Related Topics|Documentation overview|Powered by|Page source|Navigation/);
  });

  it("leaves a site's own sidebar, which opens with no title paragraph, out", () => {
    const para =
      '<p>A cached response is served without asking the origin, so a busy route answers in microseconds and the ' +
      'origin sees only the first request for each resource.</p>';
    const doc = parsePage(
      `<body><aside class="sidebar"><nav><ul><li><a href="/a">About the project</a></li><li><a href="/b">` +
        `Download the latest release</a></li></ul></nav></aside><main><h1>Caching</h1>${para}${para}</main></body>`,
    );
    expect(offprint(doc)).not.toMatch(/About the project|Download the latest/);
  });
});

describe('DokuWiki, texinfo, Zendesk, man7.org (docs-dokuwiki, docs-texinfo, docs-zendesk-guide, docs-man7)', () => {
  it('DokuWiki comes out with its text and without its chrome', () => {
    const wiki = offprint(loadPage('docs-dokuwiki'));
    expect(wiki).toMatch(/^Creating an account\nOpen Settings → Sync and choose Create account\./m);
    expect(wiki).toContain('Highlights and notes yes merged line by line');
    expect(wiki).not.toMatch(/Table of Contents|Trace:|Last modified|Old revisions|Backlinks|Sitemap|CC Attribution/);
  });

  it('so does texinfo', () => {
    const info = offprint(loadPage('docs-texinfo'));
    expect(info).toMatch(/^Scheme Procedure: shelve-prune-plan shelf/m);
    expect(info).toContain('A block shared with an archive that is kept stays on disk');
    expect(info).not.toMatch(/^Next:|Pruning by Hand|\[Contents\]/m);
  });

  it('so does a Zendesk help center', () => {
    const help = offprint(loadPage('docs-zendesk-guide'));
    expect(help).toMatch(/^Copy it to the new computer\nCopy the whole folder/m);
    expect(help).not.toMatch(/Was this article helpful|found this helpful|Submit a request|Related articles|Follow/);
    expect(help).not.toMatch(/Articles in this section|Lena Hartmann|Return to top|Powered by Zendesk/);
  });

  it('so does man7.org', () => {
    const man = offprint(loadPage('docs-man7'));
    expect(man).toMatch(/^-w, --timeout seconds\nGive up after waiting seconds for the lock\./m);
    expect(man).not.toMatch(/Search online pages|HTML rendering created|Hosting by|training courses/);
  });
});

describe("a fold left with its title only (docs-just-the-docs, Just the Docs' contents in a <details>)", () => {
  it('goes with its title, once the cleaning took the links it held', () => {
    const text = offprint(loadPage('docs-just-the-docs'));
    expect(text).not.toContain('Table of contents');
    expect(text).toMatch(/^Ledgerline reads transactions from CSV exports/);
  });

  it('stays when it holds text or a picture', () => {
    const para =
      '<p>A pool keeps connections open between requests, so that a request made right after another reuses its ' +
      'connection instead of opening a new one, which saves a round trip and a handshake every time.</p>';
    const doc = parsePage(
      `<body><main><h1>Pools</h1>${para}<details><summary>Why twenty connections?</summary><p>Twenty covers the ` +
        'busiest hour of a typical shop with room to spare.</p></details>' +
        `${para}<details><summary>The pool's states</summary><img src="/states.png" alt=""></details>${para}` +
        '</main></body>',
    );
    const text = offprint(doc);
    expect(text).toMatch(/^Why twenty connections\?\nTwenty covers the busiest hour/m);
    expect(offprintPage(doc)?.contentHtml).toContain('states.png');
  });
});
