/**
 * `el.childElementCount`, counted up to `atMost` (a walk of its children): in jsdom that getter builds a live
 * `children` collection on the element (kept there for the element's life) and counts it, several times what a walk
 * of a few children costs. The passes that ask it of every element of a region or of the census ask it here.
 */
export function childElements(el: Element, atMost = Infinity): number {
  let n = 0;
  for (let c = el.firstElementChild; c && n < atMost; c = c.nextElementSibling) n++;
  return n;
}

/**
 * `el`'s child elements as an array (a snapshot), from a walk of its children: `Array.from(el.children)`, a spread or a
 * `for…of` loop over `children` reads the live collection's `length` once per child, and in jsdom each such read
 * looks "length" up among the children's ids and names (see byTag): a box of a thousand posts cost a million reads.
 */
export function childList(el: Element): Element[] {
  const out: Element[] = [];
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) out.push(c);
  return out;
}
