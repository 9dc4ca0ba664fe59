import type { Census } from './page-census';
import { anchorTargets } from './anchor-targets';

/** Readability's byline words, which it reads in an element's class and id (its `REGEXPS.byline`). */
const BYLINE_WORDS = /byline|author|dateline|writtenby|p-author/i;

const HEADING = /^H[1-6]$/;

/**
 * Sections named for their authors keep their heading. Readability takes the first element whose class or id holds a
 * byline word ("author") and whose text is under 100 characters for the byline, removes it and reports its text as the
 * author: a manual's "AUTHORS" heading (mandoc prints `<h1 class="Sh" id="AUTHORS">` over every man page's last
 * section; Sphinx's `<section id="authors">`, Javadoc's and pandoc's `#authors`) went, and the page's byline read
 * "AUTHORS". A heading, or a section opening with one, whose id the page's own links point to (its table of contents,
 * the heading's permalink) is a section of the document, not a byline: its id moves to an empty label right before the
 * heading (the shape Sphinx writes for a `.. _label:` line, which the tidy pass reads as the heading's id, see
 * labelBefore), where Readability reads no text. A news page's byline is no target of the page's links. Run after the
 * clutter pass, on the working copy; read from the census's list of elements with a class or id.
 */
export function keepAuthorSections(c: Census): void {
  let anchors: Set<string> | null = null;
  for (let i = 0; i < c.classed.length; i++) {
    const id = c.ids[i];
    if (!id || !BYLINE_WORDS.test(id) || BYLINE_WORDS.test(c.classNames[i])) continue;
    const el = c.classed[i];
    const section = el.tagName === 'SECTION';
    const h = section ? el.firstElementChild : el;
    if (!h || !HEADING.test(h.tagName) || !el.isConnected || !el.parentNode) continue;
    if (!(anchors ??= anchorTargets(c.skipLinks)).has(id)) continue;
    const label = el.ownerDocument.createElement('span');
    label.id = id;
    el.removeAttribute('id');
    h.before(label);
  }
}
