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
