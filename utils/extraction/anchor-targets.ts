/**
 * The ids a page's own links point to (`href="#see-also"`): its table of contents, its headings' permalinks. Each
 * target is taken as written and decoded (`#Voir%20aussi`, `#%E5%8F%82%E8%A7%81`: generators escape headings' ids
 * in their links, not in the ids), so either form of an id is found. The clutter pass's outline test and the tidy
 * pass's sections of the document read the same set.
 */
export function anchorTargets(links: Iterable<Element>): Set<string> {
  const ids = new Set<string>();
  for (const a of links) {
    const href = a.getAttribute('href') ?? '';
    if (href.length < 2 || !href.startsWith('#')) continue;
    const id = href.slice(1);
    ids.add(id);
    ids.add(safeDecode(id));
  }
  return ids;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/**
 * The in-page target of a link (`#f1` → "f1"), decoded (`#Voir%20aussi` → "Voir aussi"; a malformed escape stays as
 * written), or null when the link points to no place in the page.
 */
export function linkFragment(a: Element): string | null {
  const href = a.getAttribute('href') ?? '';
  if (href.length < 2 || !href.startsWith('#')) return null;
  return safeDecode(href.slice(1));
}
