import type { Census } from './page-census';
import { classWordList } from './attribute-names';
import { anchorTargets, linkFragment } from './anchor-targets';
import { asBlock } from './admonitions';
import { byTag } from './tag-list';

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

/** Characters of a note's reference mark at most ("[1]", "12", "*", "†"): a link of words is no mark. */
const MARK_CHARS = 4;

/**
 * True when `aside` reads as a page's notes by its links alone: a short mark outside it (`[1]`, with an id) points
 * to an element in it, and a link in it points back to that mark (docutils' `[1]` and its backlink, Pandoc's `↩`).
 * Hashed class names and dropped roles leave both links (see keepFootnoteAsides).
 */
function linkedBothWays(aside: Element, marks: Map<string, Element>): boolean {
  for (const a of byTag(aside, 'a')) {
    const back = linkFragment(a);
    const mark = back === null ? undefined : marks.get(back);
    if (!mark || aside.contains(mark)) continue;
    const to = linkFragment(mark);
    const target = to && aside.ownerDocument.getElementById(to);
    if (target && aside.contains(target)) return true;
  }
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
  const keep = (aside: Element) => {
    const inner = byTag(aside, 'aside');
    asBlock(aside);
    for (const el of inner) if (el.isConnected) asBlock(el);
  };
  if (asides.length) {
    const targets = anchorTargets(body.querySelectorAll('a[href^="#"]'));
    for (const aside of asides) if (aside.isConnected && isTarget(aside, targets)) keep(aside);
  }
  keepLinkedNotes(c, body, keep);
}

/**
 * The same notes with their class words hashed (a site's build renames them): the list's `<aside>` has no role, so
 * it went with the notes marked inside it. An outermost `<aside>` its links show to be notes (see linkedBothWays)
 * is kept as the marked ones are. The mark is a link of 4 characters at most with an id (its own or its `<sup>`'s),
 * so a skip link or a "Related" box an in-page link points to is none.
 */
function keepLinkedNotes(c: Census, body: Element, keep: (aside: Element) => void): void {
  // The page's asides as the census found them (a walk of the page for them cost more than the rest of the pass).
  const outermost: Element[] = [];
  for (let i = 0; i < c.short.length; i++) {
    const el = c.short[i];
    if (c.shortTags[i] === 'ASIDE' && el.isConnected && !el.parentElement?.closest('aside')) outermost.push(el);
  }
  // Only an aside with an in-page link to an element of the page may link back to a mark: most pages' asides
  // (related stories, share buttons) have none, and the page's links are not read for them.
  const doc = body.ownerDocument;
  const linksBack = (a: Element) => {
    const to = linkFragment(a);
    return to !== null && doc.getElementById(to) !== null;
  };
  if (!outermost.some((aside) => byTag(aside, 'a').some(linksBack))) return;
  const marks = new Map<string, Element>();
  for (const a of Array.from(body.querySelectorAll('a[href^="#"]'))) {
    // The mark's id on the link (docutils, Pandoc) or on the `<sup>` around it (MediaWiki, older Pandoc).
    const id = a.id || (a.parentElement?.tagName === 'SUP' ? a.parentElement.id : '');
    if (id && (a.textContent ?? '').trim().length <= MARK_CHARS) marks.set(id, a);
  }
  if (!marks.size) return;
  for (const aside of outermost) if (aside.isConnected && linkedBothWays(aside, marks)) keep(aside);
}
