// `bench:extract --perturb landmarks`: a page as an older CMS, a div-soup theme or a generated manual would
// serve it, with no landmarks. `main`, `article`, `nav`, `aside`, `header`, `footer` and `section` become
// `<div>`s (their other attributes kept, their `aria-label` and `aria-labelledby` dropped), and every `role`
// attribute goes, on every element. Headings, lists, tables, `<time>`, microdata, JSON-LD and `<meta>` stay:
// such sites have them too. Only the rules that read landmarks lose their signal, so the drop under it
// measures how much a page type leans on them.

/** The tags that name a region of the page. */
export const LANDMARK_TAGS = ['main', 'article', 'nav', 'aside', 'header', 'footer', 'section'];

/** Attributes that name a landmark for assistive technology, dropped with its tag. */
const LANDMARK_NAMES = ['aria-label', 'aria-labelledby'];

/** Replaces the page's landmarks by `<div>`s and drops its roles, in place (see the file comment). */
export function perturbLandmarks(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('[role]'))) el.removeAttribute('role');
  for (const el of Array.from(doc.querySelectorAll(LANDMARK_TAGS.join(',')))) {
    const div = doc.createElement('div');
    // Moved as nodes: a framework's attribute names (Alpine's `@click`, `:class`) are no names setAttribute takes.
    for (const attr of Array.from(el.attributes)) {
      el.removeAttributeNode(attr);
      if (!LANDMARK_NAMES.includes(attr.name)) div.setAttributeNode(attr);
    }
    while (el.firstChild) div.appendChild(el.firstChild);
    el.replaceWith(div);
  }
}
