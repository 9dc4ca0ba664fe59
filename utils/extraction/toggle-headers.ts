// A toggle printed twice: godoc's static export (`godoc -html`, the pages of `golang.org/x/tools/cmd/godoc`) prints
// each collapsible section and example as two boxes, a collapsed one holding only its header ("Overview ▹",
// "▹ Example (PostTransaction)") and an expanded one opening with the same header and its other marker ("Overview ▾",
// "▾ Example (PostTransaction)") over the section's text; the page's style sheet and script show one of them. Read
// without styles, the text printed each header twice ("Index ▹" over "Index ▾"). A box whose whole text is one header
// with a collapsed marker (▹ ▸ ► ▶), right before a box that opens with that header under an expanded marker (▾ ▼ ▿),
// goes. Reads text and the order of boxes, no class name (the boxes' `collapsed`/`expanded` are godoc's); a page whose
// text holds no collapsed marker is not walked.
import { clean } from './post-time';

/** Markers of a collapsed toggle's header, and of an expanded one's. */
const COLLAPSED = /[▹▸►▶]/u;
const COLLAPSED_ALL = /[▹▸►▶]/gu;
const EXPANDED = ['▾', '▼', '▿'];

/** Characters of a toggle's header at most. */
const HEADER_CHARS = 80;

/** The element around `node` whose whole text is the header's (the collapsed box), below `root`. */
function headerBox(node: Node, root: Element, text: string): Element | null {
  let box: Element | null = null;
  for (let up = node.parentElement; up && up !== root; up = up.parentElement) {
    if (clean(up.textContent) !== text) break;
    box = up;
  }
  return box;
}

/** Removes each collapsed header that an expanded box right after it repeats (see the file's comment). */
export function removeCollapsedHeaders(root: Element) {
  if (!COLLAPSED.test(root.textContent ?? '')) return;
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const boxes: Element[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!COLLAPSED.test(n.nodeValue ?? '')) continue;
    const box = n.parentElement && headerBox(n, root, clean(n.parentElement.textContent));
    if (!box || boxes.includes(box)) continue;
    const text = clean(box.textContent);
    if (text.length > HEADER_CHARS || !/\p{L}/u.test(text)) continue;
    let next = box.nextElementSibling;
    while (next && !clean(next.textContent)) next = next.nextElementSibling;
    const after = next ? clean(next.textContent) : '';
    if (EXPANDED.some((m) => after.startsWith(text.replace(COLLAPSED_ALL, m)))) boxes.push(box);
  }
  for (const box of boxes) box.remove();
}
