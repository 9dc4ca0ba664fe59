import { byTag } from './tag-list';
import { queryFirst } from './dom-query';

/**
 * A page parsed without scripts (a fetched page, a stored original) shows its `<noscript>` content:
 * some sites render their whole text there for readers without JavaScript (forum engines' crawler
 * view). When such a block holds more text than the rest of the page, it is the page: its content
 * replaces it. The rest of the page is measured without its scripts', styles' and templates' text: an
 * engine's state as JSON in a script (Flarum's `app.load(...)`: five times the crawler view) is no text a
 * reader sees. In a live tab `<noscript>` holds raw text only, so this changes nothing there. Returns how many
 * `<noscript>`s the page held (unwrapped or not): none, and the passes after it need not look for them.
 */
export function unwrapNoscript(doc: Document): number {
  const noscripts = byTag(doc, 'noscript');
  const blocks = noscripts.filter((n) => n.firstElementChild && queryFirst(n, 'p, div, article, li, pre, table'));
  if (!blocks.length || !doc.body) return noscripts.length;
  const len = (n: Node) => (n.textContent ?? '').replace(/\s+/g, ' ').length;
  const inside = blocks.reduce((s, n) => s + len(n), 0);
  let unseen = 0;
  for (const tag of ['script', 'style', 'template']) for (const x of byTag(doc.body, tag)) unseen += len(x);
  if (inside < 500 || inside < len(doc.body) - unseen - inside) return noscripts.length;
  for (const n of blocks) if (len(n) >= 200) n.replaceWith(...Array.from(n.childNodes));
  return noscripts.length;
}
