import type { Census } from './page-census';
import { classWordList } from './attribute-names';
import { anchorTargets } from './anchor-targets';
import { asBlock } from './admonitions';

/** Class words and DPUB-ARIA roles of a footnote or a list of them (docutils' `footnote-list`, `doc-footnote`). */
const FOOTNOTE_WORD = /^(footnotes?|endnotes?|citations?)$/;
const FOOTNOTE_ROLE = /^doc-(footnote|endnotes?|biblioentry|bibliography)$/;

/** True when `el` is marked as a footnote (or a list of them) by a class word or its role. */
function marksFootnote(el: Element): boolean {
  return (
    FOOTNOTE_ROLE.test(el.getAttributeNS(null, 'role') ?? '') || classWordList(el).some((w) => FOOTNOTE_WORD.test(w))
  );
}

/** True when `el` or an element in it has an id among `targets`. */
function isTarget(el: Element, targets: Set<string>): boolean {
  if (el.id && targets.has(el.id)) return true;
  for (const e of Array.from(el.querySelectorAll('[id]'))) if (targets.has(e.id)) return true;
  return false;
}

/**
 * Footnotes drawn as `<aside>`: docutils 0.18+ (every Sphinx manual since Sphinx 5) writes a page's footnotes as
 * `<aside class="footnote-list"><aside class="footnote" role="doc-footnote">`, after their "Footnotes" rubric.
 * Readability removes every `<aside>` and the region copy leaves asides out as side columns, so the notes went and
 * the rubric stayed alone. An aside marked as a footnote (class word or DPUB-ARIA role) that a link of the page
 * points to (its `[1]` reference in the text) becomes the block it reads as, and so do the asides in it.
 */
export function keepFootnoteAsides(c: Census, body: Element): void {
  const asides = c.classed.filter((el) => el.tagName === 'ASIDE' && marksFootnote(el));
  if (!asides.length) return;
  const targets = anchorTargets(body.querySelectorAll('a[href^="#"]'));
  for (const aside of asides) {
    if (!aside.isConnected || !isTarget(aside, targets)) continue;
    const inner = Array.from(aside.getElementsByTagName('aside'));
    asBlock(aside);
    for (const el of inner) if (el.isConnected) asBlock(el);
  }
}
