import type { Census } from './page-census';
import { queryAll, queryFirst } from './dom-query';

/** Class or id words of a box that prints a search's results: "search-results", "searchResults", "search_result". */
const RESULTS_NAME = /(^|[\s_-])search[-_]?results?([\s_-]|$)|searchResults?\b/i;

/** The most text such a box prints while nobody searches ("No results matching """, "0 results matching """). */
const MAX_CHARS = 80;

const HEADING = /^H[1-6]$/;

/** True when `el` is a placeholder its script fills: an element without text or children (an empty list too). */
const isEmptySlot = (el: Element) => !el.firstElementChild && !(el.textContent ?? '').trim();

/** The most text of one status line a results box prints alone in its box ("Loading...", "No Matches"). */
const STATUS_CHARS = 24;

/**
 * True when every non-blank text of `box` stands in a heading, or alone in a box of its own of a few words (a
 * status line): a results box prints its titles ("No results matching …", "… results matching …") over lists its
 * script fills, and Doxygen's prints its status lines, each a `div.SRStatus` ("Loading...", "Searching...", "No
 * Matches"), beside the empty `div#SRResults`, all of them shown by its script one at a time.
 */
function textOnlyInHeadings(box: Element): boolean {
  const walker = box.ownerDocument.createTreeWalker(box, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const own = (n.textContent ?? '').trim();
    if (!own) continue;
    const parent = n.parentElement;
    if (parent && parent !== box && !parent.firstElementChild && own.length <= STATUS_CHARS) continue;
    let inHeading = false;
    for (let p = parent; p && p !== box; p = p.parentElement)
      if (HEADING.test(p.tagName)) {
        inHeading = true;
        break;
      }
    if (!inHeading) return false;
  }
  return true;
}

/**
 * A search's results box that no search has filled: legacy GitBook and HonKit print, after every page's text,
 * `div.search-results` with "<span class='search-results-count'></span> results matching "<span
 * class='search-query'></span>"" over an empty `ul.search-results-list`, and "No results matching """ beside it; the
 * theme's style shows one of them only while the reader searches. Readability's block of a short page took them, and
 * the text ended in 'results matching "" No results matching ""'.
 *
 * A box goes when its class or id names search results (see RESULTS_NAME), it holds no link, picture or list item,
 * its text is short and all in headings or status lines (see textOnlyInHeadings), and it holds an empty placeholder
 * (a query's `<span>`, an empty list, Doxygen's empty `div#SRResults`) for its script to fill. Doxygen prints its box,
 * `#MSearchResultsWindow` > `#MSearchResults`, at the top of every page whose search is on (the default), and its
 * "Searching... No Matches" opened the text where the region won. GitBook's `#book-search-results` around the
 * page's own text holds links, paragraphs or tables, and stays (see wrapsPageText in extract-region.ts). Read only
 * on boxes whose class or id names search results.
 */
export function removeEmptyResults(c: Census): void {
  for (let i = 0; i < c.classed.length; i++) {
    if (!RESULTS_NAME.test(`${c.classNames[i]} ${c.ids[i]}`)) continue;
    const box = c.classed[i];
    if (!box.isConnected || (box.textContent ?? '').replace(/\s+/g, ' ').trim().length > MAX_CHARS) continue;
    if (queryFirst(box, 'a, img, picture, video, iframe, li, input')) continue;
    if (!textOnlyInHeadings(box)) continue;
    if (!queryAll(box, 'span, div, ul, ol').some(isEmptySlot)) continue;
    box.remove();
  }
}
