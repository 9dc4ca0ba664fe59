const NONE: readonly string[] = [];

/**
 * The names of an element's attributes, read in one call: passes that ask an element for several attributes
 * (the census, the post survey, the region copy) skip the ones it does not have. In jsdom each getAttribute
 * lower-cases its name and scans the element's attributes; most elements carry one or two, or none.
 */
export function attributeNames(el: Element): readonly string[] {
  return el.hasAttributes() ? el.getAttributeNames() : NONE;
}

/**
 * `el.getAttribute(name)` for a lower-case name, without the call when `names` (see attributeNames) lacks it. Read
 * as `getAttributeNS(null, name)`: the same attribute for a parsed page's lower-case names, and jsdom's getAttribute
 * first lower-cases the name (a new string per call, for every element of the census).
 */
export function attributeOf(el: Element, names: readonly string[], name: string): string | null {
  return names.includes(name) ? el.getAttributeNS(null, name) : null;
}

/**
 * An element's class and id as one string, camelCase split into words ("StyledHeroButton customerReviews" →
 * "Styled Hero Button customer Reviews"): what the passes that read class words ("btn", "reviews") test.
 */
export function classAndIdWords(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id}`.replace(/([a-z])([A-Z])/g, '$1 $2');
}

/**
 * An element's class and id words, lower case, split at `-`, `_`, spaces and camelCase ("customerReviews
 * product-disclaimer" → customer, reviews, product, disclaimer): what rules that match whole words test.
 */
export function classWordList(el: Element): string[] {
  return classAndIdWords(el)
    .toLowerCase()
    .split(/[-_\s]+/);
}
