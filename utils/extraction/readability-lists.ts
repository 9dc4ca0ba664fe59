import { byTag } from './tag-list';

/** The element lists Readability 0.6.0 reads through `_getAllNodesWithTag` (a private method, overridden here). */
interface ListingReader {
  _getAllNodesWithTag: (node: Element | Document, tagNames: string[]) => ArrayLike<Element>;
}

/** Before `b` in document order: `-1`, else `1` (the order a selector list's matches come in). */
const inPageOrder = (a: Element, b: Element) => (a.compareDocumentPosition(b) & 4 ? -1 : 1);

/**
 * The elements of `tags` under `node` in document order, as `node.querySelectorAll(tags.join(','))` gives them
 * (what Readability 0.6.0 asks), from one tag list per tag (see byTag). In jsdom a selector is parsed and compiled
 * for each element it is asked of (its cache holds one context) and its matches are a tag list anyway: Readability's
 * thirty-odd calls a page cost more in selector machinery than in walks. For lower-case tag names in an HTML document
 * the two give the same elements (a type selector and `getElementsByTagName` both match HTML elements by local name
 * and others by their case-sensitive name). An array, as Readability's own fallback returns: every caller reads a
 * length and indices, or iterates with Array's methods.
 */
export function elementsWithTags(node: Element | Document, tags: string[]): Element[] {
  if (tags.length === 1) return byTag(node, tags[0]);
  let out: Element[] = [];
  let lists = 0;
  for (const tag of tags) {
    const found = byTag(node, tag);
    if (!found.length) continue;
    out = lists++ ? out.concat(found) : found;
  }
  return lists > 1 ? out.sort(inPageOrder) : out;
}

/** Has `reader` (a Readability 0.6.0 instance, before `parse`) read its element lists by tag (see elementsWithTags). */
export function listByTag(reader: object): void {
  (reader as ListingReader)._getAllNodesWithTag = elementsWithTags;
}
