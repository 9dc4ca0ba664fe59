import { byTag } from './tag-list';

/** Tags a line of code may hold: inline markup only (a highlighter's spans, a name's link, bold or italic words). */
const INLINE = new Set(['SPAN', 'A', 'B', 'I', 'EM', 'STRONG', 'CODE', 'TT', 'VAR', 'SAMP', 'KBD', 'SUB', 'SUP', 'BR']);

/**
 * A line that reads as code: it ends on `;`, `{`, `}` or `):`, opens with a preprocessor line or a comment, or calls
 * or assigns (`name(`, ` = `). Prose, a menu's names, an address's lines do not.
 */
const CODE_LINE = /[;{}]\s*$|\):?\s*$|^\s*(?:#\s*[a-z]+\b|\/\/|\/\*|\*\s|--\s)|[\w\])]\(|\s[=!<>+-]?=\s/;

/** Characters of one line of code at most: a longer line is prose or data. */
const MAX_LINE = 300;

/** A line that only code ends or opens so: the strong sign, one of which a box of code lines must hold. */
const STRONG_LINE = /[;{}]\s*$|^\s*(?:#\s*(?:include|define|if|import)\b|\/\/|\/\*)/;

/** What `lines` read as: non-blank lines, those that read as code, whether one is a strong sign, the longest. */
function lineCounts(lines: readonly Element[]): { filled: number; code: number; strong: boolean; longest: number } {
  const out = { filled: 0, code: 0, strong: false, longest: 0 };
  for (const line of lines) {
    const text = (line.textContent ?? '').replace(/\u00a0/g, ' ');
    out.longest = Math.max(out.longest, text.length);
    if (!text.trim()) continue;
    out.filled++;
    if (CODE_LINE.test(text)) out.code++;
    if (STRONG_LINE.test(text)) out.strong = true;
  }
  return out;
}

/** True when most of `lines`' non-blank texts read as code (see CODE_LINE). */
function readsAsCode(lines: readonly Element[]): boolean {
  const { filled, code } = lineCounts(lines);
  return filled > 0 && code * 2 > filled;
}

/** True when every element inside `el` is inline markup (see INLINE); the walk stops at the first that is not. */
function onlyInline(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling)
    if (!INLINE.has(c.tagName) || !onlyInline(c)) return false;
  return true;
}

/** A box's lines, and the boxes after them that are no lines (Doxygen's hover cards of the linked names). */
interface LineBoxes {
  lines: Element[];
  after: Element[];
}

/**
 * The lines of a box of line boxes (each child a `<div>` of inline markup only, or a `<div>` of such lines that reads
 * as code: Doxygen 1.10's folds, `div.foldopen` around a block's lines), or null when it is not one. Boxes of such
 * lines that do not read as code, after the last line, are no lines: Doxygen prints each linked name's hover card
 * (`div.ttc`: the name, its declaration, its brief, "Definition file.h:99") inside the fragment, after its code.
 */
function lineBoxes(box: Element, depth = 0): LineBoxes | null {
  // Every child a `<div>` and no text beside them, before any child's content is read.
  for (let c = box.firstChild; c; c = c.nextSibling)
    if (c.nodeType === 3 ? !!(c.nodeValue ?? '').trim() : c.nodeType === 1 && (c as Element).tagName !== 'DIV')
      return null;
  const lines: Element[] = [];
  const after: Element[] = [];
  for (let el = box.firstElementChild; el; el = el.nextElementSibling) {
    if (el.firstElementChild?.tagName === 'DIV') {
      const inner = depth < 3 ? lineBoxes(el, depth + 1) : null;
      if (!inner || inner.after.length) return null;
      if (!after.length && readsAsCode(inner.lines)) lines.push(...inner.lines);
      else after.push(el);
      continue;
    }
    if (after.length || !onlyInline(el)) return null;
    lines.push(el);
  }
  return { lines, after };
}

/**
 * Code printed as a box of line boxes without a `<pre>`: Doxygen writes each code fragment (an example in a page's
 * text, a member's code, a source listing) as `<div class="fragment">` holding one `<div class="line">` per line, and
 * links each name the project documents (`<a class="code">`). Readability's conditional cleaning takes a `<div>` whose
 * text is a fifth links or more, so where its block won every line that calls a linked name went ("Composition
 * comp(…);", `#include "…/composition.h"`) and the example kept only its lines without links. A `<div>` of two or more
 * `<div>` children and nothing else, each child inline markup only and under 300 characters, where most lines read as
 * code and one ends on `;`, `{` or `}` or opens a preprocessor line or a comment (see CODE_LINE, STRONG_LINE),
 * becomes a `<pre><code>` of the same lines (each a `<span>`, a line break between them), its hover cards after it:
 * Readability never cleans inside `<code>`, and the reader shows it as the code it is. Structural (the boxes and the
 * code's punctuation); no class word read. Only a `<div>` whose first and last children are `<div>`s is looked at.
 */
export function lineBoxCode(root: Element): number {
  let made = 0;
  const cards = new Set<Element>();
  for (const box of byTag(root, 'div')) {
    if (cards.has(box) || box.firstElementChild?.tagName !== 'DIV' || box.lastElementChild?.tagName !== 'DIV') continue;
    if (box.firstElementChild === box.lastElementChild || !box.isConnected) continue;
    const found = lineBoxes(box);
    if (!found || found.lines.length < 2 || box.closest('pre, code')) continue;
    const { lines, after } = found;
    const { filled, code, strong, longest } = lineCounts(lines);
    if (longest > MAX_LINE || filled < 2 || !strong || code * 2 <= filled) continue;
    const doc = box.ownerDocument;
    const pre = doc.createElement('pre');
    const codeEl = doc.createElement('code');
    pre.appendChild(codeEl);
    lines.forEach((line, i) => {
      if (i) codeEl.appendChild(doc.createTextNode('\n'));
      const span = doc.createElement('span');
      span.append(...line.childNodes);
      codeEl.appendChild(span);
    });
    // The hover cards stay after the code, as the page's census reads them (hidden: see isCodeTooltip).
    box.replaceWith(pre, ...after);
    for (const card of after) cards.add(card);
    made++;
  }
  return made;
}
