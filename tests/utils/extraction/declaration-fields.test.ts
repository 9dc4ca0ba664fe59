// @vitest-environment jsdom
// Javadoc prints a class's header fields as definition lists around its declaration: "All Implemented Interfaces:"
// over the interfaces, "Author:" over the names, "Since:" over a version. Where Readability's block won and the class's
// description was too short to be the text's first prose, the lead trimming took those terms and definitions as
// kickers. Fixture page: tests/fixtures/pages/docs-javadoc-header-fields (a class "KilnSchedule", javadoc 8's shape).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { trimEdges } from '@/utils/extraction/trim-edges';

/** The text's lines, trimmed, without empty ones. */
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

describe("a reference's declaration fields (docs-javadoc-header-fields)", () => {
  it('keeps each term with its definition before the first prose', () => {
    const text = lines(offprintPage(loadPage('docs-javadoc-header-fields'))!.text);
    for (const [term, value] of [
      ['All Implemented Interfaces:', 'Serializable, Schedule'],
      ['Since:', '1.4'],
      ['Author:', 'Maren Holt, Ade Okafor'],
    ]) {
      expect(text).toContain(term);
      expect(text[text.indexOf(term) + 1]).toBe(value);
    }
    expect(text).toContain('public class KilnSchedule');
    expect(text.join('\n')).not.toContain('Skip navigation links');
  });

  it('keeps a term and its definition only where the lead holds code', () => {
    const prose =
      '<p>Glazes are applied to bisque ware by dipping, pouring or brushing, and each way leaves its own marks.</p>';
    const run = (lead: string) => {
      const root = parsePage(`<body><div id="r">${lead}${prose}</div></body>`).getElementById('r')!;
      trimEdges(root);
      return [...root.querySelectorAll('pre, dt, dd, p')].map((el) => (el.textContent ?? '').trim());
    };
    expect(run('<pre>public class Glaze</pre><dl><dt>Author:</dt><dd>Maren Holt</dd></dl>')).toEqual([
      'public class Glaze',
      'Author:',
      'Maren Holt',
      expect.stringMatching(/^Glazes are applied/),
    ]);
    expect(run('<dl><dt>Posted:</dt><dd>3 May</dd></dl>')).toEqual([expect.stringMatching(/^Glazes are applied/)]);
  });
});
