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
