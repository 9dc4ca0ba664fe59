// Session 68 (s68-service33): a booking calendar prints a holiday cottage's occupancy as month grids under its text,
// a table per month of seven-cell weeks numbered 01–31 (twelve months: some 90 lines of numbers); WordPress's
// calendar widget and an open date picker print the same grid. removeMonthGrids removes a table whose day numbers
// run as one month's, by structure alone. Fixture tests/fixtures/pages/service-booking-month-grids.
import { describe, expect, it } from 'vitest';
import { loadPage, offprintPage, parsePage } from '../../helpers/extraction-pages';
import { removeClutter } from '@/utils/extraction/remove-clutter';
import { removeMonthGrids, runsAsMonth } from '@/utils/extraction/month-grids';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Rows of seven cells from `cells` (a day's text or '' for an empty cell), the last row cut short or padded. */
const weeks = (cells: string[], pad: 'cells' | 'colspan' | 'none') => {
  let html = '';
  for (let w = 0; w < cells.length; w += 7) {
    const row = cells.slice(w, w + 7);
    let tds = row.map((c) => `<td>${c}</td>`).join('');
    if (row.length < 7 && pad === 'cells') tds += '<td>&nbsp;</td>'.repeat(7 - row.length);
    if (row.length < 7 && pad === 'colspan') tds += `<td class="pad" colspan="${7 - row.length}">&nbsp;</td>`;
    html += `<tr>${tds}</tr>`;
  }
  return html;
};

const prose =
  '<p>The flat sleeps four in two rooms, has a kitchen with an oven and a dishwasher, and looks over the harbour ' +
  'from a balcony on the second floor. Linen and towels are in the price.</p>';

const page = (grid: string) =>
  `<html><head><title>The flat</title></head><body><main><h1>The harbour flat</h1>${prose}${prose}` +
  `<div id="grid">${grid}</div></main></body></html>`;

/** The tables left in #grid once the rule ran alone. */
const left = (grid: string) => {
  const doc = parsePage(page(grid));
  removeClutter(doc, { removeMonthGrids });
  return doc.querySelectorAll('#grid table').length;
};

const days = (lead: number, n: number, pad = '') => [...Array(lead).fill(pad), ...range(1, n).map(String)] as string[];

describe("a calendar's month grids (removeMonthGrids)", () => {
  it("keeps a holiday cottage's text and prices without its booking calendar's months", () => {
    const text = offprintPage(loadPage('service-booking-month-grids'))!.text;
    expect(text).toContain('Das kleine Ferienhaus Seeblick liegt am Waldrand');
    expect(text).toContain('3 – 4 Personen pro Nacht: 74,- €');
    expect(text).toContain('Fragen Sie freie Termine gern telefonisch');
    expect(text).not.toMatch(/März 2027|Mo Di Mi|\b01 02 03\b|\b29 30 31\b/);
  });

  it("removes WordPress's calendar widget: caption, weekdays, weeks padded by one spanning cell", () => {
    const widget =
      '<table id="wp-calendar" class="wp-calendar-table"><caption>March 2027</caption><thead><tr>' +
      ['M', 'T', 'W', 'T', 'F', 'S', 'S'].map((d) => `<th scope="col">${d}</th>`).join('') +
      '</tr></thead><tbody>' +
      weeks(
        days(0, 31).map((d) => (d === '12' || d === '20' ? `<a href="/2027/03/${d}/">${d}</a>` : d)),
        'colspan',
      ) +
      '</tbody></table><nav><span class="wp-calendar-nav-prev"><a href="/2027/02/">« Feb</a></span></nav>';
    expect(left(widget)).toBe(0);
  });

  it("removes an open date picker's month with its title box, the months around it greyed in", () => {
    const picker =
      '<div class="picker"><div class="picker-header"><a>‹</a> <span>April 2027</span> <a>›</a></div><table>' +
      '<thead><tr><th>Su</th><th>Mo</th><th>Tu</th><th>We</th><th>Th</th><th>Fr</th><th>Sa</th></tr></thead>' +
      `<tbody>${weeks([...range(28, 31).map(String), ...days(0, 30), ...range(1, 8).map(String)], 'none')}</tbody>` +
      '</table></div>';
    const doc = parsePage(page(picker));
    removeClutter(doc, { removeMonthGrids });
    expect(doc.querySelector('#grid')!.textContent).toBe('');
  });

  it('removes a month whose cells hold a price beside the day, padded with empty cells', () => {
    const priced = days(3, 30).map((d) => (d ? `${d}<br><small>€90</small>` : ''));
    expect(left(`<table><tr><th colspan="7">June 2027</th></tr>${weeks(priced, 'cells')}</table>`)).toBe(0);
  });

  it("leaves an events calendar's days with their events, a lottery's grid, a timetable and a table of scores", () => {
    const events = days(2, 31).map((d) => (d === '14' ? '14 Open day at the harbour' : d));
    expect(left(`<table>${weeks(events, 'cells')}</table>`)).toBe(1);
    expect(left(`<table>${weeks(range(1, 49).map(String), 'none')}</table>`)).toBe(1);
    const hours = range(8, 12)
      .map(
        (h) =>
          `<tr>${range(1, 7)
            .map(() => `<td>${h}:00</td>`)
            .join('')}</tr>`,
      )
      .join('');
    expect(left(`<table>${hours}</table>`)).toBe(1);
    const scores = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4, 6, 2, 6, 4, 3, 3, 8, 3, 2, 7];
    expect(left(`<table>${weeks(scores.map(String), 'cells')}</table>`)).toBe(1);
  });

  it("reads a month's days with the months around it, not a count past 31 nor numbers out of order", () => {
    expect(runsAsMonth(range(1, 28))).toBe(true);
    expect(runsAsMonth([29, 30, ...range(1, 31), 1, 2, 3])).toBe(true);
    expect(runsAsMonth(range(1, 27))).toBe(false);
    expect(runsAsMonth(range(1, 35))).toBe(false);
    expect(runsAsMonth([...range(1, 14), 16, 15, ...range(17, 30)])).toBe(false);
    expect(runsAsMonth([...range(1, 30), 1, 2, 4])).toBe(false);
  });
});
