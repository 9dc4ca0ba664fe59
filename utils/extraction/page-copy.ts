/**
 * In jsdom a copy of a page costs by the node (an object, its attributes and inline style, and a walk of them all
 * when the copy joins its document): the copies below leave out what their readers never read. A news page's head
 * is a tenth of its nodes, mostly styles, scripts and links.
 */

/** The page's nodes in order; its root element holds `child`'s copy of each of its child nodes (none for null). */
function copyWithRoot(doc: Document, root: Element, child: (n: ChildNode) => Node | null): Document {
  const rootCopy = root.cloneNode(false) as Element;
  for (let n = root.firstChild; n; n = n.nextSibling) {
    const c = child(n);
    if (c) rootCopy.append(c);
  }
  const copy = doc.cloneNode(false) as Document;
  for (let n = doc.firstChild; n; n = n.nextSibling) copy.append(n === root ? rootCopy : n.cloneNode(true));
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

/** The working copy of extractArticle: the page without its head's styles, links and scripts (see unread). */
export function pageCopy(doc: Document): Document {
  const root = doc.documentElement;
  const head = doc.head;
  if (!root || !head) return doc.cloneNode(true) as Document;
  return copyWithRoot(doc, root, (n) => {
    if (n !== head) return n.cloneNode(true);
    const copy = head.cloneNode(false);
    for (let c = head.firstChild; c; c = c.nextSibling) if (!unread(c)) copy.appendChild(c.cloneNode(true));
    return copy;
  });
}

/**
 * A copy of the page for passes that read its body alone (the fresh region of extractArticle): its root element
 * (`lang`, `dir`) holds only the body. Null on a page without a body.
 */
export function bodyCopy(doc: Document): Document | null {
  const root = doc.documentElement;
  const body = doc.body;
  if (!root || !body) return null;
  return copyWithRoot(doc, root, (n) => (n === body ? body.cloneNode(true) : null));
}
