// @vitest-environment jsdom
// Session 70: documentation generators nobody had triaged, written in the shape of their templates (invented text).
// DocFX prints each overload's parameters in a `<dl class="parameters">`, and an overload says of a parameter what
// the one before it said (Sphinx autodoc says the same of a method in each class that has it): the region copy's
// repeat pass (removeRepeats, written for carousels' clones and layouts printed twice) dropped every description
// after the first, and the region, smaller than Readability's block by them, won as that block "cleaned of its
// copies" (docs-docfx-overload-parameters). DocFX prints a type's inheritance, interfaces and inherited members as one
// linked name per line in a `<dd>` under a label (`<dt>Inheritance</dt>`): the tidy pass dropped them as link lines
// and the edge trim as kickers, and the labels stood over nothing (docs-docfx-type-lists).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { removeRegionLines } from '@/utils/extraction/region-lines';
import { isTermValue } from '@/utils/extraction/term-value';

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

describe("a labelled term's linked values (docs-docfx-type-lists, DocFX)", () => {
  it('keeps the inheritance, the interfaces and the inherited members under their labels', () => {
    const text = offprint(loadPage('docs-docfx-type-lists'));
    expect(text).toMatch(/^Inheritance\nobject\nException\nBerthClosedException\nImplements\nISerializable\n/m);
    expect(text).toMatch(/^Inherited Members\nException\.GetBaseException\(\)\n/m);
    expect(text).toMatch(/^Exception\.TargetSite$/m);
    expect(text).toMatch(/^The number of the closed berth\./m);
  });

  it('reads a line in a definition under a short label, not under a linked or a long term', () => {
    const doc = parsePage(
      '<body><div id="r">' +
        '<dl><dt>Implements</dt><dd><p id="a"><a href="/i">ISerializable</a></p></dd></dl>' +
        '<dl><dt><a href="/g">Berth</a></dt><dd><p id="b"><a href="/b">Berths of the port</a></p></dd></dl>' +
        `<dl><dt>${'A term that runs on far longer than any label would '.repeat(2)}</dt>` +
        '<dd><p id="c"><a href="/c">More</a></p></dd></dl>' +
        '<p id="d"><a href="/d">Read the next story</a></p></div></body>',
    );
    const r = doc.getElementById('r')!;
    expect(isTermValue(doc.getElementById('a')!, r)).toBe(true);
    expect(isTermValue(doc.getElementById('b')!, r)).toBe(false);
    expect(isTermValue(doc.getElementById('c')!, r)).toBe(false);
    expect(isTermValue(doc.getElementById('d')!, r)).toBe(false);
  });
});
