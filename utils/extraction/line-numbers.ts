import { classWordList } from './attribute-names';
import { closestMatch } from './dom-query';
import { byTag } from './tag-list';
import { childList } from './child-elements';

/** Text that is only line numbers counting up by one ("1 2 3 4", "12\n13\n14"). */
function isCount(text: string): boolean {
  const ns = text.trim().split(/\s+/);
  if (!ns.every((n) => /^\d{1,5}$/.test(n))) return false;
  for (let i = 1; i < ns.length; i++) if (Number(ns[i]) !== Number(ns[i - 1]) + 1) return false;
  return true;
}

/**
 * Class words of a line's number inside the code: Pygments' `linenos`, Chroma's (Hugo) `ln` and `lnt`, Doxygen's
 * `lineno`, and `line-number(s)`, `linenumber` of hand-made highlighters.
 */
function namesLineNumber(el: Element): boolean {
  const words = classWordList(el);
  return words.some(
    (w, i) => /^(linenos?|lnt?|linenumbers?)$/.test(w) || (w === 'line' && /^numbers?$/.test(words[i + 1] ?? '')),
  );
}

/**
 * The cell of a code table that holds only the line numbers (`<td>` beside the code's `<td>`): Pygments' `td.linenos`
 * (Sphinx, MkDocs), Rouge's `td.rouge-gutter` (Jekyll), Chroma's first `td.lntd` (Hugo). Null for other code.
 */
function gutterCell(pre: Element): Element | null {
  const cell = closestMatch(pre, 'td, th');
  if (!cell?.parentElement || !isCount(pre.textContent ?? '') || !(pre.textContent ?? '').trim()) return null;
  for (const other of childList(cell.parentElement))
    if (other !== cell && other.getElementsByTagName('pre').length && !isCount(other.textContent ?? '')) return cell;
  return null;
}

/**
 * Line numbers printed beside or inside a code block are the highlighter's, not the author's: the text ran "1 2 3 4"
 * above the code (Readability keeps them; a reader copying the code never gets them). A code table's gutter cell
 * (its `<pre>` holds only numbers counting up, beside the code's cell) and, inside a `<pre>`, elements whose class
 * names a line number and whose text is one number, are removed. Returns the code blocks that stay.
 */
export function removeLineNumbers(pres: Element[]): Element[] {
  const gone = new Set<Element>();
  for (const pre of pres) {
    if (gone.has(pre)) continue;
    const cell = gutterCell(pre);
    if (cell) {
      for (const p of byTag(cell, 'pre')) gone.add(p);
      cell.remove();
      continue;
    }
    for (const el of byTag(pre, '*'))
      if (/^\s*\d{1,5}\s*$/.test(el.textContent ?? '') && namesLineNumber(el)) el.remove();
  }
  return gone.size ? pres.filter((p) => !gone.has(p)) : pres;
}
