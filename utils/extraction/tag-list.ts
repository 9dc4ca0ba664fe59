/**
 * The elements of one tag under `root`, in document order, as an array (a snapshot, not a live list).
 * In jsdom an HTMLCollection is a Proxy whose every `length` read also looks "length" up among its elements'
 * ids and names (a scan of the whole list): a `for…of` loop or `Array.from` reads it once per element, so it
 * costs the square of the list's length (a page's 60 scripts: 3,600 attribute reads). Here the length is read
 * once and the elements by index. In a browser the two cost the same.
 */
export function byTag(root: Element | Document, tag: string): Element[] {
  const list = root.getElementsByTagName(tag);
  const n = list.length;
  const out: Element[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = list[i];
  return out;
}
