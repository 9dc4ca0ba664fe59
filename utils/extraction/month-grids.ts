import type { Census } from './page-census';
import { clean } from './post-time';

/**
 * Month grids: a calendar's month printed as a table, a row of seven cells per week, each cell a day's number or
 * empty. A booking plugin's occupancy calendar (a holiday cottage's page: twelve months, "Oktober 2020", "Mo Di Mi Do
 * Fr Sa So", "01 02 03 04", …), WordPress's calendar widget (`#wp-calendar`), a date picker drawn open, an archive's
 * month: some 90 lines of numbers after the page's text, never its words. Read by structure alone, in any language
 * and markup: no class name, no month or weekday name.
 */

/** Days in a month at least and at most: the numbered cells run 1, 2, 3 … to one of these. */
const MONTH_DAYS_MIN = 28;
const MONTH_DAYS_MAX = 31;

/** Cells in a week's row. */
const WEEK = 7;

/** Numbered cells beside the month's own at most: the days of the months around it that a grid of six weeks fills. */
const OTHER_DAYS = 14;

/** Rows without a day at most (the month's title, the weekdays' names, a legend), each of short cells. */
const LABEL_ROWS = 3;

/** Characters a label row's cell holds at most ("Mittwoch", "Wednesday", "Oktober 2020"; a legend's "belegt"). */
const LABEL_CHARS = 24;

/** Characters a title kept beside the grid holds at most, with a year in it ("Oktober 2020", "‹ March 2027 ›"). */
const TITLE_CHARS = 40;

/**
 * A day's cell: its number (zero-padded or not), then nothing that holds a letter (a booking calendar's price,
 * "€90", is no event's name: an events calendar's cell "12 Concert" is a day with words, left alone).
 */
const DAY_CELL = /^(\d{1,2})(?![\d])[^\p{L}]{0,12}$/u;

/** Columns a cell spans (its `colspan`, 1 when none or not a number). */
const span = (cell: Element) => Number(cell.getAttribute('colspan')) || 1;

/** True when `el` is a table's cell. */
const isCell = (el: Element) => el.tagName === 'TD' || el.tagName === 'TH';

/**
 * True when the numbers run as one month's days: 1, 2, 3 … to 28–31 in order, with at most OTHER_DAYS numbers of
 * the months around it before (the last days of the month before, counting up to its end) and after (1, 2, 3 … of
 * the next). A lottery's grid of 1–49 in seven columns, a list of numbered places or a table of scores is no month.
 */
export function runsAsMonth(days: readonly number[]): boolean {
  const start = days.indexOf(1);
  if (start < 0 || start > OTHER_DAYS / 2) return false;
  // Before the 1st: the month before's last days, counting up by one.
  for (let i = 1; i < start; i++) if (days[i] !== days[i - 1] + 1) return false;
  let end = start;
  while (end + 1 < days.length && days[end + 1] === days[end] + 1) end++;
  const last = days[end];
  if (last < MONTH_DAYS_MIN || last > MONTH_DAYS_MAX) return false;
  // After the month's last day: the next month's first days, from 1 on.
  for (let i = end + 1, want = 1; i < days.length; i++, want++) if (days[i] !== want) return false;
  return days.length - (end - start + 1) <= OTHER_DAYS;
}

/**
 * True when `table` is a month grid: every row that holds a day's number spans seven columns at most (three rows
 * seven), each cell a day's number (see DAY_CELL) or empty (WordPress's calendar widget pads the first and last
 * weeks with one cell spanning the columns left); the other rows, three at most, hold short cells alone (the month's
 * title, the weekdays' names); and the numbers run as one month's days (see runsAsMonth). Only the table's own rows
 * are read (a table of month tables is none: its cells hold tables).
 */
export function isMonthGrid(table: Element): boolean {
  const rows = (table as HTMLTableElement).rows;
  if (!rows) return false;
  const n = rows.length;
  if (n < 4 || n > 12) return false;
  const days: number[] = [];
  let labels = 0;
  let weeks = 0;
  for (let r = 0; r < n; r++) {
    const row = rows[r];
    let width = 0;
    let numbered = 0;
    let filled = 0;
    const rowDays: number[] = [];
    for (let c = row.firstElementChild; c; c = c.nextElementSibling) {
      if (!isCell(c)) continue;
      width += span(c);
      if (c.firstElementChild?.tagName === 'TABLE') return false;
      const t = clean(c.textContent);
      if (!t) continue;
      filled++;
      const m = DAY_CELL.exec(t);
      if (m) {
        numbered++;
        rowDays.push(Number(m[1]));
      } else if (t.length > LABEL_CHARS) return false;
    }
    if (numbered) {
      // A week: seven columns at most (a first or last week may end with the month), each a day or empty.
      if (width > WEEK || numbered !== filled) return false;
      if (width === WEEK) weeks++;
      for (const d of rowDays) days.push(d);
    } else if (filled && ++labels > LABEL_ROWS) return false;
  }
  if (weeks < MONTH_DAYS_MIN / WEEK - 1) return false;
  return days.length >= MONTH_DAYS_MIN && runsAsMonth(days);
}

/** The table a row of the census's crowded boxes belongs to: its parent, or its section's parent. */
function tableOf(row: Element): Element | null {
  const p = row.parentElement;
  if (!p) return null;
  if (p.tagName === 'TABLE') return p;
  const t = p.parentElement;
  return (p.tagName === 'TBODY' || p.tagName === 'THEAD' || p.tagName === 'TFOOT') && t?.tagName === 'TABLE' ? t : null;
}

/**
 * True when, the grid gone, `box` holds no more than a month's title: a year in TITLE_CHARS characters at most, no
 * picture, no other table (a date picker's header, "‹ March 2027 ›", beside its table in their box).
 */
function holdsTitleOnly(box: Element): boolean {
  const t = clean(box.textContent);
  if (t.length > TITLE_CHARS || !/\b(1[89]|20)\d\d\b/.test(t)) return false;
  return !box.querySelector('img, table, p, h1, h2, h3, h4, h5, h6, ul, ol, form');
}

/**
 * Removes the page's month grids (see isMonthGrid), and the box that held one with the month's title alone beside it.
 * A reader wants a cottage's terms, not the twelve months its occupancy calendar prints under them. Reads only the
 * census's crowded boxes (six children or more) that are a table's rows of seven cells: on most pages none.
 */
export function removeMonthGrids(c: Census): void {
  let seen: Set<Element> | null = null;
  for (const row of c.crowded) {
    if (row.tagName !== 'TR') continue;
    let cells = 0;
    for (let k = row.firstElementChild; k && cells <= WEEK; k = k.nextElementSibling) if (isCell(k)) cells++;
    if (cells !== WEEK) continue;
    const table = tableOf(row);
    if (!table || (seen ??= new Set()).has(table)) continue;
    seen.add(table);
    if (!table.isConnected || !isMonthGrid(table)) continue;
    const box = table.parentElement;
    table.remove();
    if (box && box.tagName !== 'BODY' && box.tagName !== 'TD' && holdsTitleOnly(box)) box.remove();
  }
}
