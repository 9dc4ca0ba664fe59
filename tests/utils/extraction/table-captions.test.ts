// @vitest-environment jsdom
// Quarto prints a captioned table as a `<figure>` whose `<figcaption>` reads "Table 2.1: Required header keywords" over
// the `<table>`: the text left it out as a picture's caption, though the text refers to the table by it (fixture
// docs-quarto-table-floats). A figcaption beside a table, as beside a code listing, is a line of the text.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage } from '../../helpers/extraction-pages';
import { nodeToText } from '@/utils/extraction/html-to-text';

describe("a table's figcaption (docs-quarto-table-floats)", () => {
  it("keeps each table's caption above its rows", () => {
    const text = offprintPage(loadPage('docs-quarto-table-floats'))?.text ?? '';
    const lines = text.split('\n').map((l) => l.trim());
    const at = lines.indexOf('Table 2.1: Required header keywords');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe('Keyword Value');
    expect(lines).toContain('Table 2.2: Flags after a level');
    expect(text).not.toContain('Table of contents');
  });

  it("still leaves a picture's figcaption out", () => {
    document.body.innerHTML =
      '<p>Text.</p><figure><figcaption>Table 1: Tides</figcaption><table><tr><td>2.4</td></tr></table></figure>' +
      '<figure><img src="pier.png"><figcaption>The pier at dawn.</figcaption></figure>';
    const text = nodeToText(document.body);
    expect(text).toContain('Table 1: Tides');
    expect(text).not.toContain('The pier at dawn.');
  });
});
