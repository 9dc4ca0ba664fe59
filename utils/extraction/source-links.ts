import type { Census } from './page-census';

/**
 * An address that shows a source file: rustdoc's `../src/core/result.rs.html#557`, Haddock's `src/Data.Tide.html#Tide`
 * (a module's listing beside its page), Sphinx's viewcode pages (`_modules/fetchkit/cache.html#Cache.get`), a
 * repository's file view (`/blob/main/src/cache.py#L12`), a line anchor (`#L12`, `#l12-40`).
 */
export const SOURCE_HREF = /\/src\/|^src\/[^/?#]+\.html#|_modules\/|\/blob\/|\.rs\.html|#L\d+/i;

/** A link's whole text when it only names the source: "Source", "[source]", "[src]", "View source". */
const SOURCE_LABEL = /^\[?\s*(?:view\s+|show\s+)?(?:source|src)(?:\s+code)?\s*\]?$/i;

/**
 * What may stand beside such a link in its label (rustdoc's "1.0.0 (const: 1.48.0) · Source", "1.70.0 (const:
 * unstable) · Source"): version numbers, "const", "since", "unstable", brackets and separators; older rustdoc's
 * collapse-all toggle "[−]" ("[+]") beside "[src]" in the title's `span.out-of-band`.
 */
const VERSION_LABEL = /^(?:[\s·•|,:;()[\]\-–—−+]|v?\d+(?:\.\d+)+|const|since|stable|unstable)*$/i;

/** Characters of the label box around a source link (its versions and separators, the link's text). */
const MAX_LABEL_CHARS = 60;

const text = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * The box to remove for a source link: the link, or the inline boxes around it (up to two) whose other text is
 * only version labels and separators.
 */
function labelBox(link: Element): Element {
  let box = link;
  for (let level = 0, p = link.parentElement; p && level < 2; level++, p = p.parentElement) {
    if (p.tagName !== 'SPAN' && p.tagName !== 'SMALL') break;
    const t = text(p);
    if (t.length > MAX_LABEL_CHARS || !VERSION_LABEL.test(t.replace(text(link), ' '))) break;
    box = p;
  }
  return box;
}

/**
 * Links to the source file of each entry of a reference page printed as a badge before the entry's title: rustdoc
 * prints "1.0.0 (const: 1.48.0) · Source" (or "Source" alone) ahead of every method's `<h4>` and floats it to the
 * right. They are the generator's controls and the versions beside them its badge: both go (the benchmark's truth
 * for a rustdoc page lists them among the lines to leave out). A link is one when its whole text is such a label,
 * its address shows a source file (see SOURCE_HREF) and a heading follows its box among the box's siblings. Sphinx's
 * "[source]" stands after the signature in the same line and stays (the truths keep it), as does a news chart's
 * "Source" link to a data page.
 *
 * Older rustdoc (before 1.54) prints the same link as "[src]" at the end of each entry's title instead: inside
 * every `<h3 class="impl">` and `<h4 class="method">` after the signature's `<code>`, and in the page's `<h1>` in
 * a `span.out-of-band` with the collapse-all toggle "[−]". A heading's text is the entry's name, so a source link
 * that is a child of a heading (its box, with the toggle beside it) goes too; Sphinx's "[source]" stands in a
 * `<dt>`, never a heading.
 */
export function removeSourceLinks(c: Census): void {
  for (const a of c.sourceLinks) {
    if (!a.isConnected || !SOURCE_LABEL.test(text(a))) continue;
    const box = labelBox(a);
    if (headingAfter(box) || inHeading(box)) box.remove();
    else if (endsDeclaration(a)) {
      a.nextElementSibling?.remove();
      a.remove();
    }
  }
}

/**
 * True when `a` is Haddock's "Source" at the end of a declaration's line: `<p class="src">data Tide = …
 * <a class="link" href="src/Data.Tide.html#Tide">Source</a> <a class="selflink" href="#t:Tide">#</a></p>`, on every
 * declaration and instance of a module's page (40 times on one real page). The link's text is "Source" without
 * brackets and the next element is the line's own permalink "#", the line's last node. Sphinx's "[source]" before
 * its "¶" (or "#") is bracketed, and stays (see above).
 */
function endsDeclaration(a: Element): boolean {
  if (!/^source$/i.test(text(a))) return false;
  const mark = a.nextElementSibling;
  if (!mark || mark.tagName !== 'A' || text(mark) !== '#' || !(mark.getAttribute('href') ?? '').startsWith('#'))
    return false;
  for (let n = mark.nextSibling; n; n = n.nextSibling)
    if (n.nodeType !== 3 || (n.textContent ?? '').trim()) return false;
  return true;
}

/** True when `el` is a child of a heading (`<h1>`–`<h6>`): a link in an entry's title line. */
function inHeading(el: Element): boolean {
  return /^H[1-6]$/.test(el.parentElement?.tagName ?? '');
}

/** True when a heading stands after `el` among its siblings: `el` is a badge printed before the entry's title. */
function headingAfter(el: Element): boolean {
  for (let n = el.nextElementSibling; n; n = n.nextElementSibling) if (/^H[1-6]$/.test(n.tagName)) return true;
  return false;
}
