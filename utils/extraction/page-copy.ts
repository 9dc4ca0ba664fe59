import { byTag } from './tag-list';

/**
 * In jsdom a copy of a page costs by the node (an object, its attributes and inline style, and a walk of them all
 * when the copy joins its document): the copies below leave out what their readers never read. A news page's head
 * is a tenth of its nodes, mostly styles, scripts and links.
 */

/**
 * The page's nodes in order; its root element holds `child`'s copy of each of its child nodes (none for null). Every
 * node is copied into the new document (`importNode`), not cloned in the page and moved there: a move walks the
 * moved tree three times in jsdom (the adoption steps: owner document, custom elements' callbacks, templates), a
 * quarter of a copy's cost. `child` copies with `own` (a node of the page, copied into the new document).
 */
function copyWithRoot(
  doc: Document,
  root: Element,
  child: (n: ChildNode, own: (n: Node, deep: boolean) => Node) => Node | null,
): Document {
  const copy = doc.cloneNode(false) as Document;
  const own = (n: Node, deep: boolean) => copy.importNode(n, deep);
  const rootCopy = own(root, false) as Element;
  for (let n = root.firstChild; n; n = n.nextSibling) {
    const c = child(n, own);
    if (c) rootCopy.append(c);
  }
  for (let n = doc.firstChild; n; n = n.nextSibling) copy.append(n === root ? rootCopy : own(n, true));
  return copy;
}

/**
 * A head element no pass of the working copy reads: a style, a link, a script other than JSON-LD (Readability reads
 * the copy's title, meta tags, `<base>` and JSON-LD; the census the `itemtype`s outside the body; unwrapNoscript its
 * `<noscript>`s). Readability removes every script and style before it looks for the article.
 */
function unread(n: ChildNode): boolean {
  if (n.nodeType !== 1) return false;
  const el = n as Element;
  const tag = el.localName;
  if ((tag !== 'style' && tag !== 'link' && tag !== 'script') || el.hasAttribute('itemtype')) return false;
  return tag !== 'script' || el.getAttribute('type') !== 'application/ld+json';
}

/** True for a script of the body no pass of the working copy reads (see unread): not one inside a `<noscript>`. */
const droppedScript = (el: Element) => el.localName === 'script' && unread(el) && !el.closest('noscript');

/**
 * A copy of the body without the scripts no pass reads (see droppedScript). On a news page they are a thirtieth of
 * the body's elements and over half of its text: every `textContent` of a box around them joins their code before a
 * rule measures it. A box that holds none is copied whole; only the boxes on the way to one are copied child by
 * child (a removal from the copy would cost more: jsdom walks a removed node's tree and its parents' lists).
 */
function copyBody(body: Element, own: (n: Node, deep: boolean) => Node): Node {
  const scripts = byTag(body, 'script').filter(droppedScript);
  if (!scripts.length) return own(body, true);
  const holders = new Set<Node>();
  for (const s of scripts)
    for (let p = s.parentNode; p && p !== body && !holders.has(p); p = p.parentNode) holders.add(p);
  const dropped = new Set<Node>(scripts);
  const copy = (n: Node): Node => {
    if (!holders.has(n)) return own(n, true);
    const c = own(n, false);
    for (let k = n.firstChild; k; k = k.nextSibling) if (!dropped.has(k)) c.appendChild(copy(k));
    return c;
  };
  const out = own(body, false);
  for (let k = body.firstChild; k; k = k.nextSibling) if (!dropped.has(k)) out.appendChild(copy(k));
  return out;
}

/**
 * The working copy of extractArticle: the page without its head's styles, links and scripts (see unread), nor its
 * body's scripts (see copyBody).
 */
export function pageCopy(doc: Document): Document {
  const root = doc.documentElement;
  const head = doc.head;
  const body = doc.body;
  if (!root || !head) return doc.cloneNode(true) as Document;
  return copyWithRoot(doc, root, (n, own) => {
    if (n === body) return copyBody(body, own);
    if (n !== head) return own(n, true);
    const copy = own(head, false);
    for (let c = head.firstChild; c; c = c.nextSibling) if (!unread(c)) copy.appendChild(own(c, true));
    return copy;
  });
}

/**
 * A copy of the page for passes that read its body alone (the fresh region of extractArticle): its root element
 * (`lang`, `dir`) holds only the body, without the scripts no pass reads (see copyBody). Null on a page without a body.
 */
export function bodyCopy(doc: Document): Document | null {
  const root = doc.documentElement;
  const body = doc.body;
  if (!root || !body) return null;
  return copyWithRoot(doc, root, (n, own) => (n === body ? copyBody(body, own) : null));
}
