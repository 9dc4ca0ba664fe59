// @vitest-environment jsdom
// Documentation generators not among the development pages, written in the shape their templates emit (session 35):
// Starlight (docs-starlight: asides and headings in wrappers with a permalink beside them), Google's devsite
// (docs-devsite-asides: `<aside class="note">` among the text), Sphinx with Furo (docs-furo: a code table's line
// numbers, the first section's heading before any paragraph), VitePress (docs-vitepress: the same heading), ExDoc
// (docs-exdoc: a function's signature in a "header" box beside an icon link, its typespec a code box of links), PyData
// (docs-pydata) and Docusaurus (docs-docusaurus: a short page whose code box Readability takes for the article).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage, readabilityText } from '../../helpers/extraction-pages';
import { removeLineNumbers } from '@/utils/extraction/line-numbers';
import { isAdmonitionLabel } from '@/utils/extraction/admonitions';
import { isIndexEntry } from '@/utils/extraction/entry-index';

const offprint = (doc: Document) => offprintPage(doc)?.text ?? '';

describe('admonitions drawn as <aside> (docs-starlight, docs-devsite-asides)', () => {
  it('are dropped by Readability (it removes every <aside>) and kept by Offprint', () => {
    const star = loadPage('docs-starlight');
    expect(readabilityText(star)).not.toContain('Starlight is a documentation website toolkit');
    const text = offprint(star);
    expect(text).toContain('Starlight is a documentation website toolkit built with Astro');
    expect(text).toContain('npm create astro@latest -- --template starlight');
    expect(text).toContain('Astro helps you build faster websites');
    expect(text).toContain('think twice before using Starlight'); // the third aside in a row
    const devsite = loadPage('docs-devsite-asides');
    expect(readabilityText(devsite)).not.toContain('rows that arrive late');
    const g = offprint(devsite);
    expect(g).toContain('Note: The information in Managing tables also applies');
    expect(g).toContain('Caution: If you partition by ingestion time, rows that arrive late');
    expect(g).toContain('Warning: Deleting a partitioned table deletes every partition');
    expect(g).not.toMatch(/Was this helpful|Send feedback|Except as otherwise noted|Last updated/);
  });

  it('leaves side columns and notices outside the text as they were', () => {
    const page = (aside: string) =>
      parsePage(
        '<body><main><h1>Partitions</h1>' +
          '<p>A partitioned table is divided into segments, called partitions, that make it easier to manage and ' +
          'query your data, and a query that filters on the partitioning column reads only the partitions it ' +
          'needs.</p>' +
          '<p>You partition tables by specifying a partition column which is used to segment the table, and the ' +
          'remaining partitions are skipped by the query planner.</p></main>' +
          `${aside}</body>`,
      );
    // An aside outside the text's blocks (a site-wide notice after <main>) stays out.
    const text = offprint(
      page('<aside class="note"><strong>Note:</strong> This site uses cookies to remember your choices here.</aside>'),
    );
    expect(text).toContain('A partitioned table is divided');
    expect(text).not.toContain('cookies');
  });
});

describe('section headings in a wrapper with their permalink (docs-starlight)', () => {
  it("lose the heading to Readability (the permalink's words make the wrapper links); Offprint keeps them", () => {
    const doc = loadPage('docs-starlight');
    expect(readabilityText(doc)).not.toMatch(/^Asides$/m);
    const text = offprint(doc);
    for (const h of ['Inline styles', 'Asides', 'Code blocks', 'Other common Markdown features'])
      expect(text).toMatch(new RegExp(`^${h}$`, 'm'));
    expect(text).not.toMatch(/Section titled|On this page|Edit page|Last updated|Built with Starlight|Previous/);
  });
});

describe("a highlighter's line numbers (docs-furo)", () => {
  it('run above the code with Readability; Offprint leaves them out', () => {
    const doc = loadPage('docs-furo');
    expect(readabilityText(doc)).toMatch(/^4import subprocess$/m);
    const text = offprint(doc);
    expect(text).toMatch(/^import subprocess$/m);
    expect(text).not.toMatch(/^[1-4]$/m);
  });

  it('takes gutter cells and numbers inside the code (Pygments, Rouge, Chroma, Doxygen), not numbers of code', () => {
    const doc = parsePage(
      '<body>' +
        '<table id="rouge"><tr><td class="rouge-gutter gl"><pre class="lineno">1\n2\n</pre></td>' +
        '<td class="rouge-code"><pre>a = 1\nb = 2\n</pre></td></tr></table>' +
        '<pre id="chroma"><code><span class="line"><span class="ln">1</span>x := 1</span>\n' +
        '<span class="line"><span class="ln">2</span>y := 2</span></code></pre>' +
        '<pre id="doxygen"><span class="lineno">10</span> int n = 3;\n<span class="lineno">11</span> return n;</pre>' +
        '<table id="data"><tr><td><pre>1\n2\n3</pre></td><td>three numbers, printed as data</td></tr></table>' +
        '<pre id="plain"><span class="mi">42</span> + 1</pre>' +
        '</body>',
    );
    const pres = [...doc.getElementsByTagName('pre')];
    const kept = removeLineNumbers(pres);
    expect(kept).toHaveLength(pres.length - 1);
    expect(doc.getElementById('rouge')!.textContent).toBe('a = 1\nb = 2\n');
    expect(doc.getElementById('chroma')!.textContent).toBe('x := 1\ny := 2');
    expect(doc.getElementById('doxygen')!.textContent).toBe(' int n = 3;\n return n;');
    expect(doc.getElementById('data')!.textContent).toContain('1\n2\n3'); // no code beside it
    expect(doc.getElementById('plain')!.textContent).toBe('42 + 1');
  });
});

describe("a manual's first section heading before any paragraph (docs-furo, docs-vitepress)", () => {
  it('went with the edge trimming as a kicker; a heading of the outline stays', () => {
    expect(offprint(loadPage('docs-furo'))).toMatch(/^Running pip/);
    expect(offprint(loadPage('docs-vitepress'))).toMatch(/^File-Based Routing/);
  });

  it('still drops a short line before the article that is no heading of the outline', () => {
    const doc = parsePage(
      '<body><article><h2>Politics</h2><p>A long opening paragraph of the story that reads as prose, well over the ' +
        'length of a line of prose, about what happened in the council yesterday.</p><p>Another paragraph of the ' +
        'story with enough words to read as prose for the edge trimming of the tidy pass.</p></article></body>',
    );
    expect(offprint(doc)).not.toMatch(/^Politics/);
  });
});

describe("a reference entry's signature and typespec (docs-exdoc, HexDocs)", () => {
  it('are lost to Readability; Offprint keeps both', () => {
    const doc = loadPage('docs-exdoc');
    const vanilla = readabilityText(doc);
    expect(vanilla).not.toContain('json(conn, data)\n');
    expect(vanilla).not.toContain('@spec json');
    const text = offprint(doc);
    expect(text).toMatch(/^accepts\(conn, accepted\)$/m);
    expect(text).toMatch(/^json\(conn, data\)$/m);
    expect(text).toContain('@spec accepts(Plug.Conn.t(), [String.t()]) ::');
    expect(text).toContain('@spec json(Plug.Conn.t(), term()) :: Plug.Conn.t()');
    expect(text).not.toMatch(/View Source|Search HexDocs|Download ePub|Built using|Press \/ to search/);
  });
});

describe('a short manual page whose code box is weighed as content (docs-docusaurus)', () => {
  it('keeps its admonitions: Readability picked the code box, its retry without class weights lost them', () => {
    const doc = loadPage('docs-docusaurus');
    expect(readabilityText(doc)).not.toContain('for a more exhaustive list of examples');
    const text = offprint(doc);
    expect(text).toContain('Check the docusaurus.config.js API reference for an exhaustive list of options.');
    expect(text).toContain('Refer to Syntax to declare docusaurus.config.js for a more exhaustive list of examples');
    expect(text).toContain('module.exports = {'); // the second tab's code
    expect(text).not.toMatch(/Edit this page|Last updated|Previous|Docusaurus v3\.7 is out|Copyright/);
  });
});

describe("an admonition's label before the first paragraph (docs-docusaurus)", () => {
  it('stays with its box, as the labels further down do', () => {
    const text = offprint(loadPage('docs-docusaurus'));
    expect(text).toMatch(/^info\nCheck the docusaurus\.config\.js API reference/m);
    expect(text).toMatch(/^tip$/m);
  });

  it('is a kind word opening a box that holds the next line; a kicker or a label loose in the text is not', () => {
    const doc = parsePage(
      '<body><div id="root">' +
        '<div id="sphinx"><p id="a">Note</p><p id="a2">The text of the note.</p></div>' +
        '<div id="kicker"><p id="b">Opinion</p><p id="b2">A standfirst under the kicker.</p></div>' +
        '<p id="c">Warning</p><p id="c2">A paragraph of the article itself.</p>' +
        '<div><span>x</span><p id="d">Tip</p><p id="d2">Not the first line of its box.</p></div>' +
        '</div></body>',
    );
    const root = doc.getElementById('root')!;
    const at = (id: string) => doc.getElementById(id)!;
    expect(isAdmonitionLabel(at('a'), at('a2'), root)).toBe(true);
    expect(isAdmonitionLabel(at('b'), at('b2'), root)).toBe(false);
    expect(isAdmonitionLabel(at('c'), at('c2'), root)).toBe(false);
    expect(isAdmonitionLabel(at('d'), at('d2'), root)).toBe(false);
  });
});

describe("a manual's index of its own entries (docs-exdoc's summary)", () => {
  it("kept each entry's description and lost its name (a box of one short link); Offprint keeps both", () => {
    const doc = loadPage('docs-exdoc');
    expect(readabilityText(doc)).not.toMatch(/action_name\(conn\)/);
    const text = offprint(doc);
    expect(text).toMatch(/^action_name\(conn\)\nReturns the action name as an atom/m);
    expect(text).toMatch(/^redirect\(conn, opts\)\nSends redirect response to the given url\.$/m);
  });

  it('is rows of a link to an entry of the page and its description, two rows or more', () => {
    const row = (id: string, name: string, desc: string) =>
      `<div class="row"><div id="${id}"><a href="${name}">f(x)</a></div><div>${desc}</div></div>`;
    const doc = parsePage(
      '<body><div>' +
        row('a', '#f/1', 'Returns the answer for x.') +
        row('b', '#g/1', 'Returns another answer.') +
        '</div><div>' +
        row('c', 'https://example.com/f', 'A story elsewhere.') +
        row('d', 'https://example.com/g', 'Another story elsewhere.') +
        '</div><div>' +
        row('e', '#h/1', 'The only row of its kind.') +
        '</div></body>',
    );
    const at = (id: string) => doc.getElementById(id)!;
    expect(isIndexEntry(at('a'))).toBe(true);
    expect(isIndexEntry(at('b'))).toBe(true);
    expect(isIndexEntry(at('c'))).toBe(false); // teaser cards link elsewhere
    expect(isIndexEntry(at('e'))).toBe(false);
  });
});

describe('a method named like a notice word (docs-typedoc, TypeDoc)', () => {
  it("keeps the member's name and signature; a notice word alone in its box still goes", () => {
    const doc = loadPage('docs-typedoc');
    const text = offprint(doc);
    expect(text).toMatch(/^close$/m); // the member's heading
    expect(text).toContain('close(): Promise<void>');
    expect(text).toContain('Closes the connection pool.');
    expect(text).not.toMatch(/Member Visibility|On This Page|Generated using TypeDoc/);
    const notice = parsePage(
      '<body><article><h1>Pools</h1>' +
        '<p>A pool keeps connections open between requests, so that a request made right after another reuses its ' +
        'connection instead of opening a new one, which saves a round trip and a handshake every time.</p>' +
        '<div class="gallery"><span>Close</span></div>' +
        '<p>Each pool holds at most ten connections by default, and a request that finds none free waits for the ' +
        'next one to be returned instead of opening another.</p></article></body>',
    );
    expect(offprint(notice)).not.toMatch(/Close/);
  });
});

// Session 36: sphinx_rtd_theme (docs-sphinx-rtd), Antora's default UI (docs-antora), Doxygen (docs-doxygen), javadoc 17
// (docs-javadoc-signatures), GitBook (docs-gitbook) and Mintlify (docs-mintlify); mdBook (docs-mdbook), MkDocs Material
// with tabs, annotations and a folded admonition (docs-mkdocs-material), ReadMe (docs-readme), Nextra (docs-nextra)
// and Hugo's Docsy (docs-docsy) came out right and are fixtures only.

describe("docutils' footnotes drawn as <aside> (docs-sphinx-rtd, sphinx_rtd_theme)", () => {
  it('are dropped by Readability, leaving their "Footnotes" rubric alone; Offprint keeps them', () => {
    const doc = loadPage('docs-sphinx-rtd');
    const rd = readabilityText(doc);
    expect(rd).toContain('Footnotes');
    expect(rd).not.toContain('Unless the pool was given its settings explicitly');
    const text = offprint(doc);
    expect(text).toMatch(/^Footnotes\n\[1\]\nUnless the pool was given its settings explicitly/m);
    expect(text).toContain('That is ns, us, ms, s, m and h');
    expect(text).toContain('Ortega, D. and Lind, M.'); // the citation (a <div>) stayed with both
    expect(text).not.toMatch(/Search docs|Edit on GitHub|Previous|Built with|Read the Docs|Versions|Downloads/);
  });

  it('leaves an aside no link of the page points to as it was', () => {
    const para =
      '<p>A pool keeps connections open between requests, so that a request made right after another reuses its ' +
      'connection instead of opening a new one, which saves a round trip and a handshake every time.</p>';
    const page = (ref: string) =>
      parsePage(
        `<body><main><h1>Pools</h1>${para}<p>Each pool holds ten connections${ref}, and a request that finds ` +
          'none free waits for the next one to be returned instead of opening another connection.</p>' +
          '<aside class="footnote-list"><aside class="footnote" id="f1" role="doc-footnote"><span class="label">' +
          '<a href="#r1">1</a></span><p>Twenty on machines with more than eight cores.</p></aside></aside>' +
          '</main></body>',
      );
    expect(offprint(page('<a class="footnote-reference" id="r1" href="#f1">[1]</a>'))).toContain('Twenty on');
    expect(offprint(page(''))).not.toContain('Twenty on');
  });
});

describe("Asciidoctor's admonitions, a table of a label cell and a text cell (docs-antora, Antora)", () => {
  it('lose a tip whose text is a fifth links to Readability; Offprint keeps it', () => {
    const doc = loadPage('docs-antora');
    const tip = 'See Properties for every key and Command line for the flags.';
    expect(readabilityText(doc)).not.toContain('See Properties');
    const text = offprint(doc);
    expect(text).toContain(tip);
    expect(text).toContain('The connector refuses to start when the file is readable by other users.');
    expect(text).toContain('1 The address of the Relay server, including the scheme.'); // the callout list
    expect(text).not.toMatch(/Search the docs|Edit this Page|Relay Server|Install the Connector|Antora default UI/);
  });

  it('keeps a text label ("Note") as a line of its own before the text', () => {
    const doc = parsePage(
      '<body><article class="doc"><h1>Pools</h1>' +
        '<div class="paragraph"><p>A pool keeps connections open between requests, so that a request made right ' +
        'after another reuses its connection instead of opening a new one, which saves a round trip.</p></div>' +
        '<div class="admonitionblock note"><table><tr><td class="icon"><div class="title">Note</div></td>' +
        '<td class="content">Read <a href="sizing.html">Sizing</a> and <a href="limits.html">Limits</a> first.</td>' +
        '</tr></table></div>' +
        '<div class="paragraph"><p>Each pool holds at most ten connections by default, and a request that finds ' +
        'none free waits for the next one to be returned instead of opening another.</p></div></article></body>',
    );
    expect(offprint(doc)).toMatch(/^Note\nRead Sizing and Limits first\.$/m);
  });
});

describe("Doxygen's member signatures, laid out as tables of links (docs-doxygen)", () => {
  it('go with Readability when the member has labels (noexcept); Offprint keeps them', () => {
    const doc = loadPage('docs-doxygen');
    expect(readabilityText(doc)).not.toContain('::push');
    const text = offprint(doc);
    expect(text).toContain('bool spool::RingBuffer< T, N >::push ( const T & value )');
    expect(text).toContain('std::optional< T > spool::RingBuffer< T, N >::pop ( )');
    expect(text).toContain('Appends a copy of value unless the buffer is full.');
    expect(text).not.toMatch(/Main Page|Loading\.\.\.|No Matches|List of all members|Generated by/);
  });

  it("keeps javadoc's (17+) member signatures, a type of links in them (docs-javadoc-signatures)", () => {
    const doc = loadPage('docs-javadoc-signatures');
    expect(readabilityText(doc)).not.toContain('RetryPolicy.Builder builder()');
    const text = offprint(doc);
    expect(text).toContain('public static RetryPolicy.Builder builder()');
    expect(text).toContain('public Duration delayBefore(int attempt)');
    expect(text).not.toMatch(/Skip navigation links|SEARCH:|Copyright/);
  });

  it('leaves a forum member\'s "signature" box to the other rules', () => {
    const doc = parsePage(
      '<body><article><h1>Pools</h1>' +
        '<p>A pool keeps connections open between requests, so that a request made right after another reuses its ' +
        'connection instead of opening a new one, which saves a round trip and a handshake every time.</p>' +
        '<div class="signature" id="sig"><a href="https://example.com/a">My blog</a> | ' +
        '<a href="https://example.com/b">My shop</a> | <a href="https://example.com/c">Follow me</a></div>' +
        '<p>Each pool holds at most ten connections by default, and a request that finds none free waits for the ' +
        'next one to be returned instead of opening another.</p></article></body>',
    );
    expect(offprint(doc)).not.toContain('My shop');
  });
});

describe('section headings in a utility-classed box beside an icon permalink (docs-gitbook, GitBook)', () => {
  it('lose every heading to Readability (the box holds a heading and no other text); Offprint keeps them', () => {
    const doc = loadPage('docs-gitbook');
    expect(readabilityText(doc)).not.toMatch(/^Event types$/m);
    const text = offprint(doc);
    for (const h of ['Registering an endpoint', 'Event types', 'Verifying signatures'])
      expect(text).toMatch(new RegExp(`^${h}$`, 'm'));
    expect(text).toContain('Endpoints created with a test key only receive test events.');
    expect(text).not.toMatch(/Ask or search|Powered by GitBook|On this page|Last updated|Was this helpful|Previous/);
  });

  it("keeps a heading whose class holds Tailwind's scroll margin (shadcn/ui's `scroll-m-20`)", () => {
    const para = (i: number) =>
      `<p>Paragraph ${i} of the guide explains how a request is signed with the endpoint's secret, and why the ` +
      'handler must compare the signature before it trusts anything the body says about the event.</p>';
    const paras = (from: number, to: number) =>
      Array.from({ length: to - from + 1 }, (_, i) => para(from + i)).join('');
    const body = (heading: string) => `<body><main><div>${paras(1, 3)}${heading}${paras(4, 7)}</div></main></body>`;
    const bare = parsePage(body('<h2 class="scroll-m-20 border-b pb-2 font-semibold">Event types</h2>'));
    expect(readabilityText(bare)).not.toContain('Event types');
    expect(offprint(bare)).toMatch(/^Event types$/m);
    const boxed = body(
      '<div class="group lg:scroll-mt-24"><h3 class="font-semibold">Event types</h3><a href="#e">#</a></div>',
    );
    expect(offprint(parsePage(boxed))).toMatch(/^Event types/m);
  });
});

describe('Mintlify: callouts labelled by an icon, a table of contents that names itself (docs-mintlify)', () => {
  it('loses the callouts and the code to Readability; Offprint keeps them and leaves the outline out', () => {
    const doc = loadPage('docs-mintlify');
    const rd = readabilityText(doc);
    expect(rd).not.toContain('Endpoints created with a test key');
    expect(rd).not.toContain('curl https://api.larkpay.com');
    const text = offprint(doc);
    expect(text).toContain('Endpoints created with a test key only receive test events. See Testing.');
    expect(text).toContain('Frameworks that parse JSON before your handler runs change the bytes');
    expect(text).toContain('curl https://api.larkpay.com/v1/webhook_endpoints');
    expect(text).toMatch(/^Registering an endpoint$/m);
    expect(text.match(/^Event types$/gm)).toHaveLength(1); // the heading, not the outline's link too
    expect(text).not.toMatch(/On this page|Search\.\.\.|Was this page helpful|Suggest edits|Powered by Mintlify/);
  });

  it('leaves a box named after the contents that holds the text (a wrapper named `toc-layout`)', () => {
    const para =
      '<p>A pool keeps connections open between requests, so that a request made right after another reuses its ' +
      'connection instead of opening a new one, which saves a round trip and a handshake every time.</p>';
    const doc = parsePage(
      `<body><div class="toc-layout"><ul class="toc"><li><a href="#a">Sizing</a></li><li><a href="#b">Limits</a>` +
        `</li></ul><main><h2 id="a">Sizing</h2>${para}<h2 id="b">Limits</h2>${para}</main></div></body>`,
    );
    const text = offprint(doc);
    expect(text).toContain('A pool keeps connections open');
    expect(text.match(/^Sizing$/gm)).toHaveLength(1);
  });
});

describe('a table of contents outside the text, with its label (docs-just-the-docs: one inside <main>)', () => {
  it('goes with its "On this page" label beside the text; one inside <main> is left to the other passes', () => {
    const para =
      '<p>A pool keeps connections open between requests, so that a request made right after another reuses its ' +
      'connection instead of opening a new one, which saves a round trip and a handshake every time.</p>';
    const doc = parsePage(
      '<body><div class="layout"><div class="side"><div class="title">On this page</div><ul class="toc">' +
        '<li><a href="#a">Sizing</a></li><li><a href="#b">Limits</a></li></ul></div>' +
        `<div class="content"><h1>Pools</h1><h2 id="a">Sizing</h2>${para}<h2 id="b">Limits</h2>${para}</div>` +
        '</div></body>',
    );
    const text = offprint(doc);
    expect(text).not.toContain('On this page');
    expect(text.match(/^Sizing$/gm)).toHaveLength(1);
    // Just the Docs' kramdown contents stand in <main>: the truths disagree on a text's own contents (a blog post's
    // kept, Conductor's left out), so they are not this rule's.
    const jtd = offprint(loadPage('docs-just-the-docs'));
    expect(jtd).toContain('Columns the mapping does not name are ignored');
    for (const h of ['CSV files', 'Bank statements', 'Duplicates']) expect(jtd).toMatch(new RegExp(`^${h}$`, 'm'));
    expect(jtd).not.toMatch(/Skip to main content|Search Ledgerline|Just the Docs|Edit this page|Copyright/);
  });
});
