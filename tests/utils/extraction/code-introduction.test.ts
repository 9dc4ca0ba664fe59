// @vitest-environment jsdom
// A manual that opens on code: Sphinx's agogo theme prints a tutorial page as "Start an interpreter and follow along:"
// over a `$ python3` block, then one label paragraph over each listing ("Import", "Today") before the first line of
// prose; the edge trimming took each of those short lines as a kicker (fixture docs-sphinx-agogo-code-labels). And a
// Perl module's NAME line ("Image::Margin - …", pod2html) read as a photo credit ("Image: Reuters") by its opening
// "Image:" (fixture docs-pod2html-namespace-name).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { trimEdges } from '@/utils/extraction/trim-edges';
import { CREDIT_TEXT } from '@/utils/extraction/clutter-text';

const PROSE =
  '<p>Subtracting one date from another gives the number of days between them, and adding days moves it on.</p>' +
  '<p>The codes follow the C library, so the names of days and months come out in the language of your machine.</p>';

/** The text trimEdges leaves of `<div id="root">` + lead + two lines of prose. */
function trimmed(lead: string): string {
  const doc = parsePage(`<body><div id="root">${lead}${PROSE}</div></body>`);
  const root = doc.getElementById('root')!;
  trimEdges(root);
  return root.textContent ?? '';
}

describe("a manual's lines that introduce code before its first prose (docs-sphinx-agogo-code-labels)", () => {
  it('keeps the opening line and the labels over the listings', () => {
    const text = offprintPage(loadPage('docs-sphinx-agogo-code-labels'))?.text ?? '';
    const lines = text.split('\n').map((l) => l.trim());
    expect(lines[0]).toBe('Start an interpreter and follow along:');
    expect(lines[1]).toBe('$ python3 -q');
    for (const label of ['Import', 'Today', 'A fixed day', 'Format codes']) {
      const at = lines.indexOf(label);
      expect(at).toBeGreaterThan(0);
      expect(lines[at + 1]).toMatch(/^>>> /);
    }
    for (const chrome of ['Table Of Contents', 'Show Source', 'Enter search terms', 'previous'])
      expect(text).not.toContain(chrome);
  });

  it('keeps a paragraph over a code block; a kicker, a link line or a line over prose still goes', () => {
    const code = '<div class="highlight"><pre>&gt;&gt;&gt; date.today()</pre></div>';
    expect(trimmed(`<p>Today</p>${code}`)).toContain('Today');
    expect(trimmed(`<p>Try these in your shell:</p>${code}`)).toContain('Try these');
    expect(trimmed(`<p>Lessons</p><p>Updated 2 March 2026</p>`)).not.toMatch(/Lessons|Updated/);
    expect(trimmed(`<p><a href="/src/dates.py">View source</a></p>${code}`)).not.toContain('View source');
  });
});

describe("a module's name that opens with a namespace (docs-pod2html-namespace-name)", () => {
  it("keeps the NAME section's line", () => {
    const text = offprintPage(loadPage('docs-pod2html-namespace-name'))?.text ?? '';
    const lines = text.split('\n').map((l) => l.trim());
    expect(lines[lines.indexOf('NAME') + 1]).toBe('Image::Margin - border tools for scanned pictures');
    expect(lines).toContain('trim');
  });

  it('reads "Image::…" as no credit; "Image: …" still is one', () => {
    expect(CREDIT_TEXT.test('Image::Margin - border tools for scanned pictures')).toBe(false);
    expect(CREDIT_TEXT.test('Photo::Album->new lists the pictures of a folder')).toBe(false);
    expect(CREDIT_TEXT.test('Image: Reuters')).toBe(true);
    expect(CREDIT_TEXT.test('Photo credit: Jane Doe')).toBe(true);
  });
});
