/** Elements a line of text runs on through (a quote header's text ends in one of these, or in text). */
const INLINE = new Set(['A', 'ABBR', 'B', 'CODE', 'EM', 'FONT', 'I', 'IMG', 'SMALL', 'SPAN', 'STRONG', 'TIME', 'U']);

/** True when `node` has content (an element, or text that is not only white space). */
const shows = (node: Node) => node.nodeType === 1 || (node.nodeType === 3 && !!node.textContent!.trim());

/** True when nothing with content stands before `node` in its parent. */
function opens(node: Node): boolean {
  for (let n = node.previousSibling; n; n = n.previousSibling) if (shows(n)) return false;
  return true;
}

/**
 * Puts a line break after each quote's header: phpBB (prosilver), MyBB and Simple Machines print
 * `<blockquote><cite>X wrote:</cite>First line…</blockquote>`, the `<cite>` a block only by their style sheets, so
 * the header ran into the quote's first line as text ("X Wrote: Pull…", "… 10:47 AMPull…"). Only a `<cite>` that
 * opens the quote (or the box that opens it: prosilver's `<blockquote><div><cite>`), never one inside its text.
 */
export function breakQuoteHeaders(root: Element): void {
  for (const cite of root.querySelectorAll('blockquote cite')) {
    const box = cite.parentElement!;
    if (!opens(cite) || (box.tagName !== 'BLOCKQUOTE' && !(box.parentElement!.tagName === 'BLOCKQUOTE' && opens(box))))
      continue;
    let next = cite.nextSibling;
    while (next && !shows(next)) next = next.nextSibling;
    const runsOn = next && (next.nodeType === 3 || INLINE.has((next as Element).tagName));
    if (runsOn) cite.after(cite.ownerDocument.createElement('br'));
  }
}
