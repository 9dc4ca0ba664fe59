import { LIST_HEADING, READ_MORE_TEXT } from './clutter-text';

/** Elements that end a line: the text before a list is read back to the nearest one. */
const BLOCK = /^(P|DIV|SECTION|LI|DD|DT|H[1-6]|UL|OL|DL|TABLE|PRE|BLOCKQUOTE|FIGURE|HEADER|FOOTER|ARTICLE|ASIDE|BR)$/;

/** Wrappers a list is climbed through to find the line before it (Sphinx's `toctree-wrapper`, a `<div>` per block). */
const CLIMB = 3;

/**
 * The line that stands right before `el`: the inline text before it in its parent back to the last block (an item's
 * "Load data into BigQuery with:" above its sub-list), else the previous block's text; when nothing stands before it,
 * the line before the wrapper it opens (up to three levels, inside `root`).
 */
function lineBefore(el: Element, root: Element): string {
  let block = el;
  for (let up = 0; up <= CLIMB && block !== root; up++) {
    let text = '';
    for (let n = block.previousSibling; n; n = n.previousSibling) {
      if (n.nodeType === 1 && BLOCK.test((n as Element).tagName)) {
        // A break before the list ends the line above it; text after a break is a line of its own.
        if ((n as Element).tagName === 'BR' && !text.trim()) continue;
        if (!text.trim()) text = n.textContent ?? '';
        break;
      }
      if (n.nodeType === 1 || n.nodeType === 3) text = (n.textContent ?? '') + text;
    }
    if (text.trim()) return text.replace(/\s+/g, ' ').trim();
    if (!block.parentElement) break;
    block = block.parentElement;
  }
  return '';
}

/** Words a line needs to introduce a list ("Use Supabase for:" has three; "Related:" or "See also:" is a label). */
const INTRO_WORDS = 3;

/**
 * True when `el` is (in) a list that a sentence of the text introduces: the line before it, or before a list it stands
 * in, ends with a colon and is no list label ("refer to the following pages:", "see the following documentation:",
 * "forms can do a whole lot more:" above Sphinx's toctree). A manual points to its other pages this way, mid-text or
 * at its end; a news page's teasers stand under a label ("Related:", "Read more:", "More from …"), which the heading
 * rules read.
 */
export function isIntroducedList(el: Element, root: Element): boolean {
  for (let up: Element | null = el; up && up !== root && root.contains(up); up = up.parentElement)
    if (isList(up) && introduces(lineBefore(up, root))) return true;
  return false;
}

/** Roles of a list that is a widget's controls (a tab set's tabs, a menu), not lines of the text. */
const CONTROLS = /^(tablist|menu|menubar|toolbar)$/;

/** A list, or a wrapper that holds only one (Sphinx's `div.toctree-wrapper`); not a widget's controls. */
function isList(el: Element): boolean {
  const list = el.childElementCount === 1 && !/^(UL|OL|DL)$/.test(el.tagName) ? el.firstElementChild! : el;
  return /^(UL|OL|DL)$/.test(list.tagName) && !CONTROLS.test(list.getAttribute('role') ?? '');
}

/** A sentence that ends on a colon, not a list's label. */
function introduces(line: string): boolean {
  return (
    /[:：]$/.test(line) &&
    line.split(' ').length >= INTRO_WORDS &&
    !LIST_HEADING.test(line) &&
    !READ_MORE_TEXT.test(line)
  );
}
