import { sizeOf } from './clutter-guard';
import { type LinkReader, linkDensityOf } from './readability-checks';

/** True when `a` stands inside a code block (`<pre>`). */
function inCodeBlock(a: Element): boolean {
  for (let p = a.parentElement; p; p = p.parentElement) if (p.tagName === 'PRE') return true;
  return false;
}

/**
 * Readability's link density (see linkDensity in readability-checks.ts) with the links inside code blocks counted as
 * text: code whose words link to their definitions (pkgdown's downlit links every function of an R example to its
 * reference page: `install.packages`, `devtools::install_github`) is the author's code, not links to other pages. A
 * package's "Installation" section, two sentences over two linked one-line calls, was a fifth links and more for
 * Readability, and its conditional cleaning took the section out of the home page.
 */
export function linkDensityOutsideCode(this: LinkReader, element: Element): number {
  return linkDensityOf(this, element, inCodeBlock);
}

/** True when a code block of the page holds a link (its measured size, from the census: no walk). */
export function linksInCode(pres: readonly Element[]): boolean {
  return pres.some((pre) => pre.isConnected && sizeOf(pre).linkChars > 0);
}

/**
 * Has `reader` (after checkCheaply) count the links inside code blocks as text in its link density: only on a page
 * whose code blocks hold links (linksInCode), elsewhere the answers are Readability's own.
 */
export function countCodeLinksAsText(reader: object): void {
  (reader as { _getLinkDensity: (e: Element) => number })._getLinkDensity = linkDensityOutsideCode;
}
