import type { Census } from './page-census';
import { dropUnlessArticle, sizeOf } from './clutter-guard';
import { closestMatch, queryFirst } from './dom-query';

/**
 * Class and id words of a page's table of contents: `toc` (Mintlify's `#table-of-contents` and its `toc` list,
 * Docusaurus's `theme-doc-toc-mobile`, Hugo's `#TableOfContents`), `table-of-contents`, `on-this-page`. Whole words
 * of the attribute, split at `-`, `_` and spaces: Sphinx's `toctree-wrapper` (a section index, the page's content)
 * is not one.
 */
const TOC_WORD = /(^|[-_\s])(toc|table-?of-?contents|on-?this-?page)(?=[-_\s]|$)/i;

/** Share of a table of contents' links that point into the page at least, and of its text that is links. */
const IN_PAGE_SHARE = 0.8;
const LINK_SHARE = 0.6;

/**
 * A page's own table of contents ("On this page" and the links to its sections) beside or above the text: the
 * region copy leaves a side column out when its words name one (a nav, an aside, a sidebar), and drops a link cloud
 * of five links or more, but Mintlify's `<div id="table-of-contents">` names neither and a short page has three
 * sections: the three headings stood above the text as an outline. A box outside the page's `<main>` and article
 * whose class or id words name a table of contents, with no prose, whose text is mostly links (three fifths or more)
 * and whose links (two or more) mostly go into the page (`href="#…"`), goes with its label (see withLabel) unless it
 * holds the article.
 */
export function removePageContents(c: Census): void {
  for (let i = 0; i < c.classed.length; i++) {
    if (!TOC_WORD.test(c.classNames[i]) && !TOC_WORD.test(c.ids[i])) continue;
    const el = c.classed[i];
    const s = sizeOf(el);
    if (!s.chars || s.prose || s.linkChars < s.chars * LINK_SHARE || !el.isConnected) continue;
    // Contents inside the page's main block or article are the text's own: the truths disagree on them (a blog
    // post's "Table of contents" kept, Conductor's left out), and a rule that loses no text is the safer. Not a
    // column beside the article inside the main block (see besideArticle).
    const host = closestMatch(el, 'main, article, [role="main"]');
    if (host && !besideArticle(el, host)) continue;
    const links = el.getElementsByTagName('a');
    if (links.length < 2) continue;
    let inPage = 0;
    for (const a of links) if ((a.getAttribute('href') ?? '').startsWith('#')) inPage++;
    if (inPage >= links.length * IN_PAGE_SHARE) dropUnlessArticle(withLabel(el));
  }
}

/**
 * True when the main block holding a table of contents holds an `<article>` elsewhere: the contents are a column
 * beside the text, not in it. Docusaurus prints its "On this page" column inside `<main>`, next to the column of
 * the `<article>` (`main > .row > .col > article` and `.col--3 > .theme-doc-toc-desktop`): where the region won,
 * the page ended on its sections' titles.
 */
function besideArticle(el: Element, host: Element): boolean {
  if (host.tagName === 'ARTICLE' || closestMatch(host.parentElement ?? host, 'article')) return false;
  const article = queryFirst(host, 'article');
  return !!article && !article.contains(el) && !el.contains(article);
}

/** Characters of a table of contents' label beside it in its box: "On this page", "Table of contents". */
const LABEL_CHARS = 30;

/**
 * The box of a table of contents with its label: the boxes above it while what they add is a short label ("On this
 * page" above the list, a `<details>` whose summary says "Table of contents"), no picture, below the body.
 */
function withLabel(toc: Element): Element {
  let box = toc;
  for (let up = box.parentElement; up && !/^(BODY|MAIN|ARTICLE)$/.test(up.tagName); up = up.parentElement) {
    if (sizeOf(up).chars - sizeOf(toc).chars > LABEL_CHARS || sizeOf(up).prose) break;
    if (up.querySelector('img, picture, video, iframe')) break;
    box = up;
  }
  return box;
}
