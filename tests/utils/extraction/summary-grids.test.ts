// @vitest-environment jsdom
// Javadoc (JDK 16 and later) prints each summary as `div.summary-table`, a CSS grid of `<div>` cells after one
// `div.table-header` per column. A package summary's name cell is one link to the class, and Readability's conditional
// cleaning removed every such cell and kept the descriptions beside them. Fixture page:
// tests/fixtures/pages/docs-javadoc17-package-summary (a package "org.kilnworks.firing", javadoc 17's shape).
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { removeClutter } from '@/utils/extraction/remove-clutter';
import { keepSummaryGrids } from '@/utils/extraction/summary-grids';

const NAMES = ['ConeChart', 'FiringLog', 'KilnSchedule', 'Pyrometer', 'SoakTimer', 'Thermocouple.Type'];

/** The text's lines, trimmed, without empty ones. */
const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

describe("javadoc 17's summary grids (docs-javadoc17-package-summary)", () => {
  it("keeps each class's name over its description", () => {
    const got = offprintPage(loadPage('docs-javadoc17-package-summary'))!;
    const text = lines(got.text);
    for (const name of NAMES) expect(text).toContain(name);
    expect(text[text.indexOf('KilnSchedule') + 1]).toBe(
      "A glaze firing's schedule as segments of a rate, a target and a hold.",
    );
    expect(got.text).not.toContain('Skip navigation links');
  });

  it('redraws a grid with a cell of one link as a table, its header cells as <th>', () => {
    const doc = parsePage(
      '<body><main><div class="summary-table two-column-summary">' +
        '<div class="table-header col-first">Class</div><div class="table-header col-last">Description</div>' +
        '<div class="col-first"><a href="Kiln.html">Kiln</a></div>' +
        '<div class="col-last"><div class="block">A kiln.</div></div>' +
        '<div class="col-first"><a href="Cone.html">Cone</a></div>' +
        '<div class="col-last"><div class="block">A cone.</div></div>' +
        '</div></main></body>',
    );
    keepSummaryGrids(removeClutter(doc)!);
    const table = doc.querySelector('main > table')!;
    expect(table).not.toBeNull();
    expect([...table.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['Class', 'Description']);
    expect([...table.querySelectorAll('tbody tr')].map((tr) => tr.textContent)).toEqual(['KilnA kiln.', 'ConeA cone.']);
  });

  it('leaves a member summary (names in <code>) and a grid whose cells do not fill its rows as they are', () => {
    const doc = parsePage(
      '<body><main><div data-t="m" class="summary-table three-column-summary">' +
        '<div class="table-header col-first">Modifier and Type</div><div class="table-header col-second">Method</div>' +
        '<div class="table-header col-last">Description</div>' +
        '<div class="col-first"><code>void</code></div>' +
        '<div class="col-second"><code><a href="#fire()">fire</a>()</code></div>' +
        '<div class="col-last"><div class="block">Starts the firing.</div></div></div>' +
        '<div data-t="o" class="summary-table two-column-summary">' +
        '<div class="table-header col-first">Class</div><div class="table-header col-last">Description</div>' +
        '<div class="col-first"><a href="Kiln.html">Kiln</a></div></div></main></body>',
    );
    keepSummaryGrids(removeClutter(doc)!);
    expect(doc.querySelector('table')).toBeNull();
    expect(doc.querySelector('[data-t=m]')).not.toBeNull();
    expect(doc.querySelector('[data-t=o]')).not.toBeNull();
  });
});
