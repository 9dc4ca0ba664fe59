/** Elements after which text breaks into a new line (so words of adjacent blocks never glue together). */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TR', 'UL', 'CAPTION',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH']);

/**
 * Captions and credits are not body text: a figcaption, or a figure holding no prose block (image,
 * caption and credit only). They stay in the article HTML; word counts, search and scoring skip them.
 */
function isCaption(el: Element, tag: string): boolean {
  return tag === 'FIGCAPTION' || (tag === 'FIGURE' && !el.querySelector('p, blockquote, table, ul, ol, pre'));
}

/**
 * Plain text of a DOM subtree with a line break at every block element and a space between table
 * cells, whitespace collapsed within lines. Unlike `textContent`, "treatment</p><p>Credit" stays two words.
 */
export function nodeToText(root: Node): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = (node as Element).tagName?.toUpperCase();
    if (tag && (SKIP.has(tag) || isCaption(node as Element, tag))) return;
    const block = tag ? BLOCK.has(tag) : false;
    if (block) out.push('\n');
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) out.push('\n');
    else if (tag === 'TD' || tag === 'TH') out.push(' ');
  };
  walk(root);
  return out
    .join('')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Plain text of an HTML fragment, parsed in the given document's context (see nodeToText). */
export function htmlToText(html: string, doc: Document = document): string {
  const tpl = doc.createElement('template');
  tpl.innerHTML = html;
  return nodeToText(tpl.content);
}
