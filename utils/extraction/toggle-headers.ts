// A toggle printed twice: godoc's static export (`godoc -html`, the pages of golang.org/x/tools' godoc) prints each
// collapsible section and example as two boxes, a collapsed one holding only its header ("Overview ▹",
// "▹ Example (PostTransaction)") and an expanded one opening with the same header under its other marker ("Overview
// ▾", "▾ Example (PostTransaction)") over the section's text; the page's style sheet and script show one of them.
// Read without styles, the text printed each header twice ("Index ▹" over "Index ▾"). Before Readability, so that its
// block and the page's region (which the source choice weighs against each other) both lose it: a box whose whole text
// is one header with a collapsed marker (▹ ▸ ► ▶) at its start or end, right before a box whose text opens with that
// header under an expanded marker (▾ ▼ ▿), goes. Reads text and the order of boxes, no class name (godoc's
// `collapsed`/`expanded`); only the census's short blocks whose first or last text node holds a marker are read
// further (two property reads a block, no text walk).
import type { Census } from './page-census';
import { clean } from './post-time';

/** Markers of a collapsed toggle's header, and of an expanded one's. */
const COLLAPSED = /[▹▸►▶]/u;
const COLLAPSED_ALL = /[▹▸►▶]/gu;
const EXPANDED = ['▾', '▼', '▿'];

/** Characters of a toggle's header at most. */
const HEADER_CHARS = 80;

/** Tags of a toggle's header line (godoc's `<h2>` sections and `<p>` examples). */
const HEADER_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'P', 'SPAN', 'DIV', 'BUTTON', 'A']);

/** True when the element's first or last text opens or closes with a collapsed marker ("▹ Example", "Index ▹"). */
function marked(el: Element): boolean {
  const first = el.firstChild;
  if (first?.nodeType === 3 && COLLAPSED.test((first.nodeValue ?? '').trimStart().charAt(0))) return true;
  const last = el.lastChild;
  return last?.nodeType === 3 && COLLAPSED.test((last.nodeValue ?? '').trimEnd().slice(-1));
}

/** The outermost box around `el` whose whole text is `text` (the collapsed box). */
function headerBox(el: Element, text: string): Element {
  let box = el;
  for (let up = el.parentElement; up && up.tagName !== 'BODY'; up = up.parentElement) {
    if (clean(up.textContent) !== text) break;
    box = up;
  }
  return box;
}

/** Removes each collapsed header that an expanded box right after it repeats (see the file's comment). */
export function removeCollapsedHeaders(c: Census): void {
  const boxes: Element[] = [];
  for (let i = 0; i < c.short.length; i++) {
    if (!HEADER_TAGS.has(c.shortTags[i])) continue;
    const el = c.short[i];
    if (!marked(el) || !el.isConnected) continue;
    const text = clean(el.textContent);
    if (text.length > HEADER_CHARS || !/\p{L}/u.test(text)) continue;
    const box = headerBox(el, text);
    if (boxes.includes(box)) continue;
    let next = box.nextElementSibling;
    while (next && !clean(next.textContent)) next = next.nextElementSibling;
    const after = next ? clean(next.textContent).slice(0, text.length + 2) : '';
    if (EXPANDED.some((m) => after.startsWith(text.replace(COLLAPSED_ALL, m)))) boxes.push(box);
  }
  for (const box of boxes) box.remove();
}
