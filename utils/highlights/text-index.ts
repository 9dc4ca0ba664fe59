/** Marks an element the reader adds inside the article body (buttons, labels): its text is not article text. */
export const UI_ATTR = 'data-offprint-ui';

/** The text of a rendered article body and where each of its text nodes starts in it. */
export interface TextIndex {
  root: Node;
  /**
   * Every text node's data in document order, with a line break between two blocks (paragraphs, list
   * items, headings, cells) or at a <br> where the text itself has none: what selectors count in.
   */
  text: string;
  nodes: Text[];
  /** starts[i] = offset of nodes[i] in `text` (ascending). */
  starts: number[];
}

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const BLOCK_TAGS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION DD DETAILS DIV DL DT FIGCAPTION FIGURE FOOTER H1 ' +
    'H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TD TH TR UL'
  ).split(' '),
);

/** The nearest block element around a node (or the root). */
function blockOf(n: Node, root: Node): Node {
  for (let e = n.parentNode; e && e !== root; e = e.parentNode) if (BLOCK_TAGS.has((e as Element).tagName)) return e;
  return root;
}

/**
 * Indexes the text nodes under `root` (the article body), leaving out anything the reader put there
 * (elements with data-offprint-ui) and what is never text (script, style, template).
 */
export function indexText(root: Node): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (n) => {
      if (n.nodeType === 3) return 1; // FILTER_ACCEPT
      const el = n as Element;
      if (SKIP_TAGS.has(el.tagName) || el.hasAttribute(UI_ATTR)) return 2; // FILTER_REJECT: skips the subtree
      return el.tagName === 'BR' ? 1 : 3; // FILTER_SKIP: descend
    },
  });
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let at = 0;
  let block: Node | null = null;
  let brk = false;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 1) {
      if ((n as Element).tagName === 'BR') brk = true;
      continue;
    }
    const t = n as Text;
    const b = blockOf(t, root);
    // A line break the DOM implies but does not hold (between blocks, at <br>): one virtual "\n",
    // unless the text already ends or starts with white space. It belongs to no node.
    if (at > 0 && (brk || b !== block) && !/\s$/.test(parts[parts.length - 1]) && !/^\s/.test(t.data)) {
      parts.push('\n');
      at += 1;
    }
    if (t.data) {
      block = b;
      brk = false;
    }
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
  // Clamped: an offset on a virtual line break lies between two nodes.
  const within = (i: number, at: number) => Math.max(0, Math.min(index.nodes[i].data.length, at - index.starts[i]));
  range.setStart(index.nodes[a], within(a, start));
  range.setEnd(index.nodes[b], within(b, end));
  return range;
}

/**
 * The text offset of a DOM boundary point (as in a Selection's Range). A point inside an indexed text
 * node maps exactly; any other point maps to the start of the first indexed text after it (or the end),
 * or as an end point (`isEnd`), to the end of the last indexed text before it.
 */
export function offsetAt(index: TextIndex, container: Node, offset: number, isEnd = false): number {
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
  // An end point between two blocks ends after the text before it (not after the line break between them).
  if (isEnd && lo > 0) return index.starts[lo - 1] + index.nodes[lo - 1].data.length;
  return lo < index.nodes.length ? index.starts[lo] : index.text.length;
}

/** Text offsets [start, end) of a DOM Range, clipped to the indexed text; null when it holds none of it. */
export function positionOf(index: TextIndex, range: Range): { start: number; end: number } | null {
  const start = offsetAt(index, range.startContainer, range.startOffset);
  const end = offsetAt(index, range.endContainer, range.endOffset, true);
  return end > start ? { start, end } : null;
}
