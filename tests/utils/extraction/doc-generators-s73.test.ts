// @vitest-environment jsdom
// Session 73: what code blocks and reference headings lost to Readability's class tests and the notice words. godoc
// (and YARD, CodeRay, Vim's TOhtml) print a code comment as `<span class="comment">` in a `<pre>` with no `<code>`:
// Readability's first pass removed each one as an unlikely candidate, so the block lost its comments while the region
// kept them (freeCodeBlocks' token classes). A godoc method named `Close` (`<h3 id="Log.Close">func (*Log) <a>Close</a>
// <a href="#Log.Close">¶</a></h3>`) lost its name as a dialog's close button (isCodeName reads an owner-qualified
// anchor). With its comments, a YARD block weighs a little more against its region: a manual's block that skips a
// fifth of its words between its lines is still a pick of the region's sections (skipsManualSections). pdoc3 folds
// each module's, class's and function's whole source in a closed `<details>` ("Expand source code"): the text held it
// all (removeViewControls' folded details); and it titles each section `<h2 id="header-functions">`, an id Readability
// reads as a page header: "Functions", "Classes" went (unmarkSectionHeadings moves such an id to a mark).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { freeCodeBlocks } from '@/utils/extraction/code-wrappers';
import { isCodeName } from '@/utils/extraction/code-name';
import { skipsManualSections } from '@/utils/extraction/skipped-sections';
import { takeCensus } from '@/utils/extraction/page-census';
import { removeViewControls } from '@/utils/extraction/view-controls';
import { unmarkSectionHeadings } from '@/utils/extraction/section-headings';

const offprint = (slug: string) => offprintPage(loadPage(slug))?.text ?? '';

describe("a code block's comments and a method named Close (docs-godoc-code-comments, godoc's static export)", () => {
  it("keeps every comment line of the code blocks, the example's and the declarations'", () => {
    const text = offprint('docs-godoc-code-comments');
    expect(text).toMatch(/^\/\/ Close writes the firing's last samples before it returns\.\ndefer l\.Close\(\)$/m);
    expect(text).toMatch(/^\/\/ Output: 1240$/m);
    expect(text).toMatch(/^\/\/ Pace is the time between two samples of the thermocouple\.\nPace time\.Duration$/m);
    expect(text).toMatch(/^type Log struct \{\n\/\/ contains filtered or unexported fields\n\}$/m);
  });

  it('keeps the name of the method Close in its heading', () => {
    expect(offprint('docs-godoc-code-comments')).toMatch(/^func \(\*Log\) Close ¶\nfunc \(l \*Log\) Close\(\) error$/m);
  });
});

describe("a highlighter's token classes inside a code block (freeCodeBlocks)", () => {
  const blockOf = (html: string) => {
    const doc = parsePage(`<body><main><p>Text before the code.</p>${html}</main></body>`);
    takeCensus(doc.body);
    freeCodeBlocks(Array.from(doc.querySelectorAll('pre')), doc.body);
    return doc.querySelector('pre')!;
  };

  it('takes the unlikely words off tokens in a <pre> without <code>', () => {
    const pre = blockOf(
      '<pre>x := 1 <span class="comment">// one</span> <span id="sidebar-x" class="kw">y</span></pre>',
    );
    expect(pre.innerHTML).toBe('x := 1 <span>// one</span> <span>y</span>');
  });

  it('leaves tokens under a <code> (Readability spares them), links, and other words as they are', () => {
    const code = blockOf('<pre><code><span class="token comment">// one</span></code></pre>');
    expect(code.querySelector('span')!.className).toBe('token comment');
    const other = blockOf('<pre><a class="comment" href="#a">a</a> <span class="c1">// two</span></pre>');
    expect(other.querySelector('a')!.className).toBe('comment');
    expect(other.querySelector('span')!.className).toBe('c1');
    // A word Readability reads as a candidate after all ("comment-body") is no unlikely one.
    const maybe = blockOf('<pre><span class="comment-body">// three</span></pre>');
    expect(maybe.querySelector('span')!.className).toBe('comment-body');
  });
});

describe('a heading whose anchor names its entry with its owner (isCodeName)', () => {
  const nameIn = (heading: string) => {
    const doc = parsePage(`<body>${heading}</body>`);
    return isCodeName(doc.querySelector('a.name')!);
  };

  it("reads godoc's `Pool.Close` and rustdoc's `method.close` as the entry's name", () => {
    expect(nameIn('<h3 id="Pool.Close">func (*Pool) <a class="name" href="/src/p.go#L5">Close</a></h3>')).toBe(true);
    expect(nameIn('<h3>func <a class="name" href="/src/p.go#L5">Close</a> <a href="#Pool.Close">¶</a></h3>')).toBe(
      true,
    );
    expect(nameIn('<h4 id="method.close"><a class="name" href="#m">close</a></h4>')).toBe(true);
  });

  it("leaves a heading anchored for another name, or a permalink to another page's entry", () => {
    expect(nameIn('<h3 id="Pool.Closed">func <a class="name" href="/src/p.go#L5">Close</a></h3>')).toBe(false);
    expect(nameIn('<h3>func <a class="name" href="#x">Close</a> <a href="/other/page#Pool.Close">¶</a></h3>')).toBe(
      false,
    );
  });
});

describe("a manual's block that skips sections of its region (skipsManualSections)", () => {
  // A block of 2,100 words: 1,800 and 300 the region prints otherwise (its code split on other lines); the region holds
  // the block's 1,800 and `skipped` words of sections between them.
  const words = (tag: string, n: number) =>
    Array.from({ length: n / 10 }, (_, i) => `${tag} ${i} one two three four five six seven eight`);
  const texts = (skipped: number) => {
    const shared = words('line', 1800);
    const block = [...shared.slice(0, 90), ...words('listing', 300), ...shared.slice(90)];
    const region = [...shared.slice(0, 90), ...words('skipped', skipped), ...shared.slice(90)];
    return { region: region.join('\n'), block: block.join('\n') };
  };

  it('reads a region under 1.2 times the block as a pick where a fifth of the block was skipped', () => {
    const { region, block } = texts(500);
    expect(skipsManualSections(region, block)).toBe(true);
  });

  it('leaves a region under 1.2 times the block that skips less than a fifth of it, or shorter than the block', () => {
    const less = texts(300);
    expect(skipsManualSections(less.region, less.block)).toBe(false);
    const shorter = texts(400);
    expect(skipsManualSections(shorter.region, `${shorter.block}\n${words('tail', 200).join('\n')}`)).toBe(false);
  });
});

describe("a module's folded source and its section titles (docs-pdoc3-folded-source, pdoc3)", () => {
  it('leaves out every folded listing and its "Expand source code" summary', () => {
    const text = offprint('docs-pdoc3-folded-source');
    expect(text).not.toMatch(/Expand source code|defaultdict|self\.lines/);
    expect(text).toMatch(/^def add\(self, row, variety, kilos\)\nWrites one crate to the ledger: the row/m);
  });

  it('keeps the section title "Classes" over the class', () => {
    expect(offprint('docs-pdoc3-folded-source')).toMatch(/at any time\.\nClasses\nclass Ledger \(season\)$/m);
  });
});

describe('a closed fold of a source listing (removeViewControls)', () => {
  const after = (html: string) => {
    const doc = parsePage(`<body><main><p>A paragraph of the manual's text.</p>${html}</main></body>`);
    removeViewControls(takeCensus(doc.body));
    return doc.querySelector('main')!.textContent!.replace(/\s+/g, ' ').trim();
  };
  const TEXT = "A paragraph of the manual's text.";

  it('removes a closed <details> whose summary names the source and whose rest is one listing', () => {
    expect(
      after('<details class="source"><summary><span>Expand source code</span></summary><pre>x = 1</pre></details>'),
    ).toBe(TEXT);
    const numbered =
      '<details><summary>Source code in <code>pkg/mod.py</code></summary><table><tr><td><pre>1\n2</pre></td>' +
      '<td><pre>def f():\n    return 1</pre></td></tr></table></details>';
    expect(after(numbered)).toBe(TEXT);
  });

  it('leaves an open fold, a fold named otherwise, and a fold with prose beside its listing', () => {
    for (const html of [
      '<details open><summary>Expand source code</summary><pre>x = 1</pre></details>',
      '<details><summary>Example</summary><pre>x = 1</pre></details>',
      '<details><summary>Source</summary><p>The source, in two lines:</p><pre>x = 1</pre></details>',
    ])
      expect(after(html)).not.toBe(TEXT);
  });
});

describe('a section heading whose id names it a header (unmarkSectionHeadings)', () => {
  const SENTENCE = 'A sentence of the manual, long enough to read as prose. ';
  const after = (heading: string) => {
    const doc = parsePage(
      `<body><article><section>${heading}<p>${SENTENCE.repeat(8)}</p>` +
        `<p>${'Another sentence of the same section of the manual. '.repeat(8)}</p></section></article></body>`,
    );
    unmarkSectionHeadings(takeCensus(doc.body));
    return doc.querySelector('section')!;
  };

  it("moves pdoc3's `header-functions` id to a mark before the heading", () => {
    const s = after('<h2 class="section-title" id="header-functions">Functions</h2>');
    expect(s.innerHTML).toMatch(/^<a id="header-functions"><\/a><h2 class="section-title">Functions<\/h2>/);
  });

  it('leaves an id that names another part of the page ("comments-header", "sidebar")', () => {
    expect(after('<h2 id="comments-header">Comments</h2>').querySelector('h2')!.id).toBe('comments-header');
    expect(after('<h2 id="sidebar">Links</h2>').querySelector('h2')!.id).toBe('sidebar');
  });
});
