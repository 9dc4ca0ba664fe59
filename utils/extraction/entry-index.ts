import type { Census } from './page-census';
import { byTag } from './tag-list';

/** The element's text, white space collapsed. */
const textOf = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * A row of a manual's index of its own entries: two children, the first holding only a link to an entry of the page
 * (`#id`), the second the entry's line of description, mostly not links. ExDoc's summary (`div.summary-row`: a
 * `summary-signature` and a `summary-synopsis`); autosummary's and javadoc's summaries are tables, which stay.
 */
function isIndexRow(row: Element | null): row is Element {
  if (!row || row.childElementCount !== 2) return false;
  const name = row.firstElementChild!;
  const desc = row.lastElementChild!;
  const links = name.getElementsByTagName('a');
  if (links.length !== 1 || !(links[0].getAttribute('href') ?? '').startsWith('#')) return false;
  const title = textOf(name);
  if (!title || title.length > 120 || textOf(links[0]) !== title) return false;
  const d = textOf(desc);
  let linked = 0;
  for (const a of byTag(desc, 'a')) linked += textOf(a).length;
  return d.length >= 10 && linked * 2 < d.length;
}

/** True when `name` opens a row of an index of the page's entries that has another such row beside it. */
export function isIndexEntry(name: Element): boolean {
  const row = name.parentElement;
  if (!row || row.firstElementChild !== name || !isIndexRow(row)) return false;
  return isIndexRow(row.previousElementSibling) || isIndexRow(row.nextElementSibling);
}

/** `el` replaced by a `<p>` with its children (a line of text Readability's conditional cleaning leaves alone). */
function asParagraph(el: Element): void {
  const p = el.ownerDocument.createElement('p');
  while (el.firstChild) p.appendChild(el.firstChild);
  el.replaceWith(p);
}

/**
 * A manual's index of its own entries, each a link to the entry and a line of description (ExDoc's summary of
 * functions), is content: the entries' names are what the descriptions describe. Readability's conditional cleaning
 * removed each name's box (a `<div>` of one short link, "suspiciously short" and a fifth links) and left the
 * descriptions alone. The name's box becomes a paragraph, on the working copy before Readability; the tidy pass spares
 * it as a link line (see isIndexEntry).
 */
export function keepEntryIndexes(c: Census): void {
  for (const a of c.skipLinks) {
    const box = a.parentElement;
    if (box?.tagName === 'DIV' && a.isConnected && isIndexEntry(box)) asParagraph(box);
  }
}
