/**
 * A box that holds the page's own declared description is the page's text, not a list of links to elsewhere.
 *
 * Invision Community 4 prints, above a topic's posts, a "Recommended Posts" box that a script fills and shows
 * (`div.ipsRecommendedComments.ipsHide`, its `<h2>` alone in it): the heading reads as a related list's, and the
 * box after it — the post feed, a form of the posts — went with it (`removeHeadedLists`) wherever the posts were
 * short enough to be link-dense (members' names, "Share", "Quote", the time's link): the topic kept its title and
 * buttons only. The engine declares the opening post's first words as the page's description (`meta
 * name="description"`, `og:description`), as most engines and CMSs declare the page's own text there. Read by what
 * the page says of itself, not by class: a related list or a footer holds other pages' titles, not the page's
 * description.
 *
 * The key is the description's first 40 letters and digits (spaces, punctuation and markup joins left out, so that
 * "Title Text" matches `<h3>Title</h3><p>Text`), and only a description of 30 or more: a site's two-word tagline
 * names nothing. Read only for a box a clutter rule is about to drop (the page's `<meta>`s once, the box's text once).
 */
import { byTag } from './tag-list';

const KEY_CHARS = 40;
const MIN_KEY = 30;
const keys = new WeakMap<Document, string[]>();

/** Letters and digits only, lower case. */
function squeeze(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '').toLowerCase();
}

/** The page's declared descriptions' keys (see the file's comment), read once per document. */
function descriptionKeys(doc: Document): string[] {
  let found = keys.get(doc);
  if (found) return found;
  found = [];
  for (const m of doc.head ? byTag(doc.head, 'meta') : []) {
    const name = (m.getAttribute('name') ?? m.getAttribute('property') ?? '').toLowerCase();
    if (name !== 'description' && name !== 'og:description') continue;
    const key = squeeze(m.getAttribute('content') ?? '').slice(0, KEY_CHARS);
    if (key.length >= MIN_KEY && !found.includes(key)) found.push(key);
  }
  keys.set(doc, found);
  return found;
}

/** True when `el`'s text holds the opening of the page's declared description. */
export function holdsDescription(el: Element): boolean {
  const found = descriptionKeys(el.ownerDocument);
  if (!found.length) return false;
  const text = squeeze(el.textContent ?? '');
  return found.some((k) => text.includes(k));
}
