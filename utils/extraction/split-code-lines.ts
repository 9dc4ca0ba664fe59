/** Class words of a highlighter's line box: Shiki's `line`, prism-react-renderer's `token-line`, CodeMirror's. */
const LINE_CLASS = /(?:^|\s)(?:[\w-]+-)?line(?=\s|$)/i;

/** True when the element is one line of a highlighted code block (a line class or rehype-pretty-code's `data-line`). */
const isLineBox = (el: Element) => el.hasAttribute('data-line') || LINE_CLASS.test(el.getAttribute('class') ?? '');

/**
 * A highlighter that wraps each line of code in a box of its own (`<span class="line">`) may leave out the line
 * breaks between them: the page's CSS draws each box as a block (`.line { display: block }`). Without that CSS (in
 * the reader, in the stored text) the lines run together ("npm create vite@latest my-projectcd my-project"). Between
 * two line boxes of a `<pre>` (children of it or of its `<code>`) with no line break between them, one goes in.
 */
export function splitCodeLines(pre: Element): void {
  const code = pre.firstElementChild?.tagName === 'CODE' && pre.childElementCount === 1 ? pre.firstElementChild : pre;
  let prev: Element | null = null;
  let broken = true; // a line break since the previous line box
  for (let c = code.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      if ((c.nodeValue ?? '').includes('\n')) broken = true;
      continue;
    }
    if (c.nodeType !== 1) continue;
    const el = c as Element;
    if (!isLineBox(el)) {
      prev = null;
      continue;
    }
    if (prev && !broken) code.insertBefore(el.ownerDocument.createTextNode('\n'), el);
    prev = el;
    broken = (el.textContent ?? '').endsWith('\n');
  }
}
