// @vitest-environment jsdom
// Session 72: what documentation generators print around a reference's text and the edge trimming or a reader
// without styles got wrong. Sandcastle (VS2013 presentation style) prints a method's page as its title, a one-line
// summary, the fields "Namespace:" / "Assembly:", the "Syntax" section's title and the "C#" tab over the declaration's
// `<pre>`: where the summary is short, the declaration itself is the first prose line and the lead before it went as
// kickers (docs-sandcastle-method-fields; overDeclaration). godoc's static export prints each toggle twice, a collapsed
// box of its header alone ("Index ▹") before the expanded box opening with it ("Index ▾"): the text printed both
// (docs-godoc-toggles; removeCollapsedHeaders).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { overDeclaration } from '@/utils/extraction/declaration-labels';
import { leafBlocks } from '@/utils/extraction/trim-edges';
import { removeCollapsedHeaders } from '@/utils/extraction/toggle-headers';
import { takeCensus } from '@/utils/extraction/page-census';

const offprint = (slug: string) => offprintPage(loadPage(slug))?.text ?? '';

describe("the fields and labels over a reference's declaration (docs-sandcastle-method-fields, Sandcastle)", () => {
  it('keeps "Namespace:", "Assembly:", "Syntax" and "C#" over the declaration, not the "Copy" link', () => {
    const text = offprint('docs-sandcastle-method-fields');
    expect(text).toMatch(/^Reads the balance of a ledger\.\nNamespace: Ledger\.Controllers\n/m);
    expect(text).toMatch(/^Assembly: Ledger \(in Ledger\.dll\) Version: 2\.4\.7\nSyntax\nC#\n\[ActionNameAttribute/m);
    expect(text).not.toMatch(/^Copy$/m);
    expect(text).not.toMatch(/Tidewater Ledger RPC|Search|© 2025/);
  });

  // The lines of a box as the edge trimming reads them, and the index of its first `<pre>`.
  const linesOf = (html: string) => {
    const doc = parsePage(`<body><div id="r">${html}</div></body>`);
    const lines = leafBlocks(doc.getElementById('r')!);
    return { lines, code: lines.findIndex((l) => l.tagName === 'PRE') };
  };

  it('reads a field line anywhere before the code, and labels in a short run right over it (not "Copy")', () => {
    const { lines, code } = linesOf(
      '<p><strong>Namespace:</strong> <a href="n.htm">Ledger.Controllers</a></p><p>Syntax</p><p>C#</p>' +
        '<p><a href="#">Copy</a></p><pre>public int Count();</pre><p>After the code</p>',
    );
    expect(lines.map((_, i) => overDeclaration(lines, i, code))).toEqual([true, true, true, false, false, false]);
  });

  it('leaves a label with a heading or sentence before the code, a far label, the title, a page without code', () => {
    const heading = linesOf('<p>Package files</p><p><a href="a.go">a.go</a></p><h2>Variables</h2><pre>var A = 1</pre>');
    expect(overDeclaration(heading.lines, 0, heading.code)).toBe(false);
    const far = linesOf('<p>Kicker</p><p>One</p><p>Two</p><p>Three</p><pre>x := 1</pre>');
    expect(overDeclaration(far.lines, 0, far.code)).toBe(false);
    expect(overDeclaration(far.lines, 1, far.code)).toBe(true);
    const sentence = linesOf('<p>Updated.</p><p>By Dana</p><pre>x := 1</pre>');
    expect(overDeclaration(sentence.lines, 0, sentence.code)).toBe(false);
    for (const tag of ['h1', 'h2']) {
      const title = linesOf(`<${tag}>Enum <span>Result</span></${tag}><pre>pub enum Result&lt;T, E&gt; {</pre>`);
      expect(overDeclaration(title.lines, 0, title.code)).toBe(false);
    }
    const none = linesOf('<p>Syntax</p><p>A paragraph of text.</p>');
    expect(overDeclaration(none.lines, 0, none.code)).toBe(false);
  });
});

describe("a toggle's collapsed header before its expanded box (docs-godoc-toggles, godoc's static export)", () => {
  it('prints each header once, the expanded one over its text', () => {
    const text = offprint('docs-godoc-toggles');
    expect(text).not.toMatch(/▹/);
    expect(text.match(/^▾ Example \(Drain\)$/gm)).toHaveLength(1);
    expect(text).toMatch(/^Overview ▾\nPackage tidepool keeps a pool of tide gauge readers\./m);
    expect(text).toMatch(/^▾ Example\nCode:\np := tidepool\.New\(tidepool\.Options\{\}\)$/m);
  });

  const after = (html: string) => {
    const doc = parsePage(`<body><main>${html}</main></body>`);
    removeCollapsedHeaders(takeCensus(doc.body));
    return Array.from(doc.querySelectorAll('h2, p'), (el) => el.textContent).join(' | ');
  };

  it('removes a collapsed box only where the next box opens with the same header expanded', () => {
    expect(after('<div><h2>Index ▹</h2></div><div><h2>Index ▾</h2><p>Entries</p></div>')).toBe('Index ▾ | Entries');
    expect(after('<div><p>▸ <span>Example</span></p></div><div><p>▼ <span>Example</span></p><p>x</p></div>')).toBe(
      '▼ Example | x',
    );
    // Another header next, a marker in the middle of a line, a header without letters: left as they are.
    expect(after('<div><h2>Index ▹</h2></div><div><h2>Types ▾</h2></div>')).toBe('Index ▹ | Types ▾');
    expect(after('<p>Play ▶ now</p><p>Play ▾ now</p>')).toBe('Play ▶ now | Play ▾ now');
    expect(after('<p>▶</p><p>▾</p>')).toBe('▶ | ▾');
  });
});
