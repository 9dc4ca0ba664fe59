import type { Census } from './page-census';
import { clean } from './post-time';
import { childList } from './child-elements';

/** Javadoc's (JDK 16+) summary tables, drawn as a CSS grid of `<div>` cells: `div.summary-table`. */
const SUMMARY_GRID = /(?:^|[\t\n\f\r ])summary-table(?=[\t\n\f\r ]|$)/;
/** The grid's header cells (`div.table-header`), one per column, before the rows' cells. */
const HEADER_CELL = /(?:^|[\t\n\f\r ])table-header(?=[\t\n\f\r ]|$)/;

/** Cells a grid holds at most to be redrawn (a package of a few hundred classes fits). */
const MAX_CELLS = 3000;

/**
 * The grid's columns: its leading header cells, two to four, when every other child is a `<div>` cell and the
 * cells fill whole rows. Null when `grid` is not such a grid.
 */
function gridColumns(grid: Element): number | null {
  const cells = grid.children;
  if (cells.length > MAX_CELLS) return null;
  let columns = 0;
  while (columns < cells.length && HEADER_CELL.test(cells[columns].getAttribute('class') ?? '')) columns++;
  if (columns < 2 || columns > 4 || cells.length <= columns || cells.length % columns) return null;
  for (const cell of cells) if (cell.tagName !== 'DIV') return null;
  return columns;
}

/**
 * True when a row's cell of `grid` is one link and nothing else (a package summary's class name): what the cleaning
 * removes. A class's member summaries print their names in `<code>`, which Readability keeps: those grids stay as
 * they are (redrawn, the page's Readability block outweighed its region and lost the class's heading lines).
 */
function holdsLinkCell(grid: Element, columns: number): boolean {
  const cells = grid.children;
  for (let i = columns; i < cells.length; i++) {
    const only = cells[i].childElementCount === 1 ? cells[i].firstElementChild! : null;
    const name = only?.tagName === 'A' ? clean(only.textContent) : '';
    if (name && name === clean(cells[i].textContent)) return true;
  }
  return false;
}

/**
 * A reference's summary table is a table, whatever it is drawn with: javadoc (JDK 16 and later) prints each summary
 * (a package's classes, a class's fields, constructors and methods) as `div.summary-table`, a CSS grid of `<div>`
 * cells after one `div.table-header` per column, where javadoc 15 and earlier printed a `<table>`. A package
 * summary's name cell is one link to the class ("AresTimer"), and Readability's conditional cleaning removed each (a
 * `<div>` of one short link, a fifth links and more) and kept the descriptions beside them: the package's classes
 * lost their names. Such a grid (two to four columns, its cells filling whole rows, all `<div>`s) is redrawn as the
 * `<table>` it draws, its header cells `<th>`: a data table, which Readability's cleaning leaves alone and the tidy
 * pass's line tests do not read; only a grid that holds such a cell of one link (see holdsLinkCell). Read only on the
 * census's classed boxes whose class is javadoc's grid word.
 */
export function keepSummaryGrids(c: Census): void {
  for (const el of c.classed) {
    if (el.tagName !== 'DIV' || !SUMMARY_GRID.test(el.getAttributeNS(null, 'class') ?? '') || !el.isConnected) continue;
    const columns = gridColumns(el);
    if (columns && holdsLinkCell(el, columns)) redrawAsTable(el, columns);
  }
}

/** `grid`'s cells moved into a `<table>` of `columns` columns that takes the grid's place. */
function redrawAsTable(grid: Element, columns: number): void {
  const doc = grid.ownerDocument;
  const table = doc.createElement('table');
  const head = table.appendChild(doc.createElement('thead')).appendChild(doc.createElement('tr'));
  const body = table.appendChild(doc.createElement('tbody'));
  const cells = childList(grid);
  let row: Element | null = null;
  cells.forEach((cell, i) => {
    const header = i < columns;
    if (!header && (i - columns) % columns === 0) row = body.appendChild(doc.createElement('tr'));
    const out = doc.createElement(header ? 'th' : 'td');
    while (cell.firstChild) out.appendChild(cell.firstChild);
    (header ? head : row!).appendChild(out);
  });
  grid.replaceWith(table);
}
