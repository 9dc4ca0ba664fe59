/** Marks an element the reader adds inside the article body (buttons, labels): its text is not article text. */
export const UI_ATTR = 'data-offprint-ui';

/** The text of a rendered article body and where each of its text nodes starts in it. */
export interface TextIndex {
  root: Node;
  /** Every text node's data, in document order, joined without separators: what selectors count in. */
  text: string;
  nodes: Text[];
  /** starts[i] = offset of nodes[i] in `text` (ascending). */
  starts: number[];
}

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * Indexes the text nodes under `root` (the article body), leaving out anything the reader put there
 * (elements with data-offprint-ui) and what is never text (script, style, template).
 */
export function indexText(root: Node): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (n) =>
      n.nodeType === 1 && (SKIP_TAGS.has((n as Element).tagName) || (n as Element).hasAttribute(UI_ATTR))
        ? 2 /* FILTER_REJECT: skips the subtree */
        : n.nodeType === 3
          ? 1 /* FILTER_ACCEPT */
          : 3 /* FILTER_SKIP: descend */,
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let at = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    nodes.push(t);
    starts.push(at);
    parts.push(t.data);
    at += t.data.length;
  }
  return { root, text: parts.join(''), nodes, starts };
}

/** Index of the last node whose start is ≤ offset (-1 when there are no nodes). */
function nodeAt(index: TextIndex, offset: number, preferNext: boolean): number {
  const { starts, nodes } = index;
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  // An offset at the very end of a node is also the start of the next: a range's start belongs to the next
  // non-empty node (so it does not begin with an empty slice), its end to the node it ends.
  if (preferNext)
    while (found >= 0 && found < nodes.length - 1 && offset >= starts[found] + nodes[found].data.length) found++;
  else while (found > 0 && offset === starts[found] && nodes[found - 1].data.length > 0) found--;
  return found;
}

/** A DOM Range over text offsets [start, end) of the index; null when they are outside its text. */
export function rangeAt(index: TextIndex, start: number, end: number): Range | null {
  if (start < 0 || end > index.text.length || start > end || !index.nodes.length) return null;
  const a = nodeAt(index, start, true);
  const b = nodeAt(index, end, false);
  if (a < 0 || b < 0) return null;
  const range = (index.root.ownerDocument ?? (index.root as Document)).createRange();
  range.setStart(index.nodes[a], start - index.starts[a]);
  range.setEnd(index.nodes[b], end - index.starts[b]);
  return range;
}

/**
 * The text offset of a DOM boundary point (as in a Selection's Range). A point inside an indexed text
 * node maps exactly; any other point maps to the start of the first indexed text after it (or the end).
 */
export function offsetAt(index: TextIndex, container: Node, offset: number): number {
  if (container.nodeType === 3) {
    const i = index.nodes.indexOf(container as Text);
    if (i >= 0) return index.starts[i] + Math.min(offset, (container as Text).data.length);
  }
  const doc = index.root.ownerDocument ?? (index.root as Document);
  const point = doc.createRange();
  point.setStart(container, offset);
  // Binary search for the first text node that starts at or after the point.
  let lo = 0;
  let hi = index.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (point.comparePoint(index.nodes[mid], 0) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo < index.nodes.length ? index.starts[lo] : index.text.length;
}

/** Text offsets [start, end) of a DOM Range, clipped to the indexed text; null when it holds none of it. */
export function positionOf(index: TextIndex, range: Range): { start: number; end: number } | null {
  const start = offsetAt(index, range.startContainer, range.startOffset);
  const end = offsetAt(index, range.endContainer, range.endOffset);
  return end > start ? { start, end } : null;
}
