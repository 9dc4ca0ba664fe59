// @vitest-environment jsdom
// Session 70: documentation generators nobody had triaged, written in the shape of their templates (invented text).
// DocFX prints each overload's parameters in a `<dl class="parameters">`, and an overload says of a parameter what
// the one before it said (Sphinx autodoc says the same of a method in each class that has it): the region copy's
// repeat pass (removeRepeats, written for carousels' clones and layouts printed twice) dropped every description
// after the first, and the region, smaller than Readability's block by them, won as that block "cleaned of its
// copies" (docs-docfx-overload-parameters).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { removeRegionLines } from '@/utils/extraction/region-lines';

const offprint = (doc: Document) => offprintPage(doc)?.text ?? '';
const count = (text: string, line: string) => text.split('\n').filter((l) => l === line).length;

describe("a description list's repeated descriptions (docs-docfx-overload-parameters, DocFX)", () => {
  it("keeps each overload's parameter descriptions and summaries", () => {
    const text = offprint(loadPage('docs-docfx-overload-parameters'));
    const berth =
      'The berth number is painted on the quay wall beside each mooring ring. Berths of the inner basin count from ' +
      'one hundred, those of the outer mole from one.';
    expect(count(text, berth)).toBe(5);
    expect(count(text, 'The first hour of the readings, counted from midnight harbour time.')).toBe(4);
    expect(
      count(
        text,
        'Reads the water levels logged at a berth as an array of heights. Each height is the mean of the minute ' +
          'readings of its hour.',
      ),
    ).toBe(2);
    expect(text).toMatch(/^ReadLevelsAsync\(int, int, int, LevelUnit, CancellationToken\)$/m);
    expect(text).toMatch(/^Clears the readings logged at a berth, after the gauge was moved or serviced\.$/m);
  });

  const region = (html: string) => {
    const r = parsePage(`<body><div id="r">${html}</div></body>`).getElementById('r')!;
    removeRegionLines(r);
    return r.textContent ?? '';
  };
  const twice = (t: string, line: string) => t.split(line).length - 1;

  it('leaves a repeated <dd> line in the region copy; a repeated paragraph still goes', () => {
    const desc = 'The token to watch for cancellation requests. The default value is None.';
    const dl = `<dl><dt><code>cancellationToken</code></dt><dd><p>${desc}</p></dd></dl>`;
    expect(twice(region(`<h3>ReadAsync(int)</h3>${dl}<h3>WriteAsync(int)</h3>${dl}`), desc)).toBe(2);
    expect(twice(region(`<dl><dt>berth</dt><dd>${desc}</dd><dt>pier</dt><dd>${desc}</dd></dl>`), desc)).toBe(2);
    // A carousel's clone, a layout printed twice: a paragraph said again word for word goes, with its repeated title.
    const slide = 'Our pilots have brought ships into the harbour in every weather since 1921.';
    const t = region(`<h2>About us</h2><p>${slide}</p><h2>About us</h2><p>${slide}</p>`);
    expect(twice(t, slide)).toBe(1);
    expect(twice(t, 'About us')).toBe(1);
  });
});
