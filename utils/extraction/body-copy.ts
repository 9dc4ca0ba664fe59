/**
 * A copy of a page for passes that read its body alone (the fresh region of extractArticle): the page's nodes in
 * order, its root element (`lang`, `dir`) holding only a deep copy of the body. A head of styles, scripts, links and
 * meta tags is a tenth of a news page's nodes, and in jsdom a copy costs by the node (an object, its attributes and
 * inline style, and a walk of them all when the copy joins its document). Null on a page without a body.
 */
export function bodyCopy(doc: Document): Document | null {
  const root = doc.documentElement;
  const body = doc.body;
  if (!root || !body) return null;
  const rootCopy = root.cloneNode(false) as Element;
  rootCopy.append(body.cloneNode(true));
  const copy = doc.cloneNode(false) as Document;
  for (let n = doc.firstChild; n; n = n.nextSibling) copy.append(n === root ? rootCopy : n.cloneNode(true));
  return copy;
}
