import { sizeOf } from './clutter-guard';

/** The label of one group of an A–Z index: one letter or digit in any script ("A", "Ж", "7"), "#" or "0-9". */
const LETTER_LABEL = /^(?:[\p{L}\p{N}#]|0\s*[-–]\s*9)$/u;

/** True when the element is a letter label (a heading, a box or a link of one letter). */
function isLetterLabel(el: Element | null): boolean {
  return !!el && sizeOf(el).chars <= 5 && LETTER_LABEL.test((el.textContent ?? '').trim());
}

/** True when the box opens with a letter label (`<div class="group"><div>B</div><div>links…</div></div>`). */
function isLetterHeaded(box: Element | null): boolean {
  return !!box && box.childElementCount >= 2 && isLetterLabel(box.firstElementChild);
}

/** True when the box is a group of an index: it opens with a letter, and so does a sibling box beside it. */
function isLetterGroup(box: Element | null): boolean {
  return (
    isLetterHeaded(box) && (isLetterHeaded(box!.previousElementSibling) || isLetterHeaded(box!.nextElementSibling))
  );
}

/**
 * True when a cloud of links (see isLinkCloud in extract-region.ts) is one group of an A–Z index, the page's own
 * content, not a menu: a catalogue's categories, a glossary, a brand index, a wiki's category page (MediaWiki's
 * `mw-category-group`: a letter heading and its list), a generated manual's index (a letter heading, then its
 * table, then the next letter). The shape every such index prints, whatever its class words and language: groups
 * side by side, each opened by a label of one letter or digit, either boxed (the group box, or the list inside it)
 * or flat (label, list, label, list). The region copy kept the groups of fewer than five links and dropped the
 * others as menus (a catalogue's A–Z index lost B, C, H, L, S and T). Read for link clouds only.
 */
export function inLetterIndex(el: Element): boolean {
  if (isLetterGroup(el) || isLetterGroup(el.parentElement)) return true;
  const before = el.previousElementSibling;
  if (!isLetterLabel(before)) return false;
  return (
    isLetterLabel(el.nextElementSibling) ||
    isLetterLabel(before!.previousElementSibling?.previousElementSibling ?? null)
  );
}
