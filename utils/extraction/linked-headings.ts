import { linkDensity, sizeOf } from './clutter-guard';
import { byTag } from './tag-list';

/** Headings of one level, each over its own prose, a block holds at least to be a series of sections. */
const MIN_SERIES = 3;

/** Characters of the paragraph under a heading that make it the heading's own text, not a caption or a button. */
const MIN_PROSE = 80;

/** A sentence's end inside a text (a bio's, a service's description). */
const SENTENCE_END = /[.!?…](\s|$)/;

/**
 * An excerpt's cut at a paragraph's end: a blog's card prints the first lines of a post and stops mid-sentence with
 * "…", "...", "[…]" or "[...]" (WordPress's `[…]`, Shopify's and Ghost's `...`). A bio or a service's copy ends its
 * sentence.
 */
const EXCERPT_CUT = /(?:\.\.\.|…)\s*\]?$/;

/**
 * The title a blog prints over its cards of other posts, in the languages the team reads: "Related posts", "You may
 * also like", "More from the blog" ("Related" alone or over posts, not "Related services"), "Read next", "Ähnliche
 * Beiträge", "Articles similaires", "À lire aussi", "Artículos relacionados", "Te puede interesar", "Articoli
 * correlati", "Leggi anche", "Gerelateerde berichten", "Lees ook", "Veja também", "Powiązane wpisy", "Czytaj także",
 * "Похожие статьи", "Читайте также", "関連記事".
 */
const RELATED_TITLE = new RegExp(
  `^(?:${[
    'related(?: (?:posts?|articles?|stories|reading|content|news|entries|blog posts|guides|topics))?$',
    'you (?:may|might) also (?:like|enjoy)',
    'more (?:posts|articles|stories|from|to read|in)',
    'read (?:next|also|more)',
    'recent (?:posts|articles)',
    'latest (?:posts|articles|news)',
    'other (?:posts|articles)',
    'keep reading',
    'recommended',
    'ähnliche',
    'verwandte',
    'weitere (?:beiträge|artikel)',
    'das könnte',
    'auch interessant',
    'articles? (?:similaires|liés|connexes|récents)',
    'à lire aussi',
    'vous aimerez',
    'artículos? (?:relacionados|recientes)',
    'entradas relacionadas',
    'te puede interesar',
    'también te puede',
    'articoli (?:correlati|recenti)',
    'post correlati',
    'potrebbe interessarti',
    'leggi anche',
    'gerelateerde',
    'lees ook',
    'meer (?:berichten|artikelen)',
    'veja também',
    'artigos relacionados',
    'posts relacionados',
    'powiązane',
    'podobne (?:wpisy|artykuły)',
    'czytaj (?:też|także)',
    'похожие',
    'читайте также',
    '関連記事',
    '相关文章',
  ].join('|')})`,
  'i',
);

/**
 * True when the element right after a heading is its own prose: a paragraph of 80 characters or more that reads as a
 * sentence and is not itself mostly links (a "Read more" row, a list of links).
 */
function proseAfter(h: Element): boolean {
  let next = h.nextElementSibling;
  // A builder's text widget around the paragraph (see unwrapHeadingWidgets): its first block, through its wrappers.
  for (let i = 0; next && i < MAX_TEXT_WRAPPERS && WRAPPER.has(next.tagName); i++) next = next.firstElementChild;
  return !!next && next.tagName === 'P' && isOwnProse(next);
}

/** Boxes around a section's first paragraph, right after its heading, that proseAfter reads through. */
const MAX_TEXT_WRAPPERS = 3;
/** Boxes that a builder's widgets and their wrappers are. */
export const WRAPPER = new Set(['DIV', 'SECTION']);

/**
 * True when a paragraph can be a section's own prose under its heading: 80 characters or more that end a sentence,
 * no excerpt's cut ("…"), under half of them in links.
 */
export function isOwnProse(p: Element): boolean {
  if (sizeOf(p).chars < MIN_PROSE) return false;
  const text = (p.textContent ?? '').trim();
  return SENTENCE_END.test(text) && !EXCERPT_CUT.test(text) && linkDensity(p) < 0.5;
}

/**
 * True when the series' title, the nearest heading before `el` that heads no prose of its own (a section's title
 * over the series, of any level), names a blog's cards of other posts ("Related posts", "Read next"): each card a
 * linked title over an excerpt, the shape of a team's or a service's section.
 */
function underRelatedTitle(el: Element, root: Element): boolean {
  let title: Element | null = null;
  for (const h of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    if (h === el) break;
    if (!proseAfter(h)) title = h;
  }
  return !!title && RELATED_TITLE.test((title.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/**
 * True when a heading whose text is all link (a link line for the tidy pass: a "READ MORE: …" teaser between an
 * article's paragraphs) heads a section of a series instead: a paragraph of its own prose right under it, and two more
 * headings of its level in the block that each stand over their own prose too. A team page prints each member's name
 * as a heading linked to a profile ("Jim Ward, CEO" to LinkedIn, the others not), a service page each service's name
 * linked to its page, each over a paragraph: those names are the page's headings, and the tidy pass took the linked
 * ones. An article's teaser heading stands alone; a listing keeps its linked titles anyway (see removeLines). A blog's
 * cards of other posts after a post have the same shape (a linked title over an excerpt): a card's excerpt is cut
 * ("…", "[…]") and is no prose of its own, and a series under a "Related posts" title (in several languages) is no
 * page's sections. Read only for a heading that is a link line, on a page that declares no article (the caller's
 * `contacts`).
 */
export function headsSectionSeries(el: Element, root: Element): boolean {
  if (!/^H[2-6]$/.test(el.tagName) || !proseAfter(el)) return false;
  let series = 0;
  for (const h of byTag(root, el.tagName.toLowerCase())) if (proseAfter(h) && ++series >= MIN_SERIES) break;
  return series >= MIN_SERIES && !underRelatedTitle(el, root);
}
