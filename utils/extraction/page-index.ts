/**
 * Sphinx's class word of a `toctree` directive's box (`div.toctree-wrapper`): the list of pages the directive prints
 * where the page's source puts it, a section's index ("Below is the list of all available analysis modules:" over
 * it) or a manual's home page under its introduction. The site's navigation is printed by the theme's template, never
 * in this box (Alabaster's `sphinxsidebar`, Read the Docs' `wy-menu`, Furo's `sidebar-tree`, PyData's `bd-docs-nav`:
 * their items carry the same `toctree-l1` classes, so those are not read).
 */
export const PAGE_INDEX_CLASS = 'toctree-wrapper';

const PAGE_INDEX_WORD = new RegExp(`(^|\\s)${PAGE_INDEX_CLASS}(\\s|$)`);

/**
 * True when `el` is (in) a manual's index of its pages that the page's own text prints (see PAGE_INDEX_CLASS): its
 * entries are links only, nested by level, yet they are the page's text, not a cloud of links or a closing teaser.
 * Climbs to `root` at most (Readability keeps the class through its block for this, see parseReadability).
 */
export function inPageIndex(el: Element, root?: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.tagName === 'DIV' && PAGE_INDEX_WORD.test(e.getAttribute('class') ?? '')) return true;
    if (e === root) break;
  }
  return false;
}
