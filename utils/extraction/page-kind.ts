import type { PageKind } from '@/utils/article';
import type { JsonLd } from './json-ld';
import type { StructuredData } from './structured-data';
import { ARTICLE_TYPES, SERVICE_PAGE_TYPES } from './prefer-region';
import { countWords } from './word-count';
import { isPageHref } from './page-href';
import { trimmedLength } from './trimmed-length';

/** What the extractor knows when it names the page's kind (see pageKind). */
export interface KindSignals {
  data: StructuredData;
  /** `og:type`, lower case. */
  ogType: string | null;
  /** `<meta name="generator">` (documentation tools name themselves there). */
  generator: string | null;
  /** Which pass gave the kept content: the posts, the main region, Readability's article, or none (the page). */
  source: 'thread' | 'region' | 'article' | 'none';
  /** The kept content, before it is serialized (null for none). */
  content: Element | null;
  /** Readability's article had several paragraphs of prose (see extractArticle's proseCount). */
  articleLike: boolean;
}

/** schema.org types of a page that is one discussion (not an FAQ, whose questions are also typed). */
const THREAD_PAGE_TYPES = /^(DiscussionForumPosting|QAPage)$/;
/** schema.org types of a product (a shop's item, a vehicle). */
export const PRODUCT_TYPES = /^(Product|ProductGroup|IndividualProduct|ProductModel|Vehicle|Car)$/;
export const LISTING_TYPES = /^(CollectionPage|ItemList|SearchResultsPage|OfferCatalog)$/;
const DOC_TYPES = /^(TechArticle|APIReference|SoftwareSourceCode)$/;
/** Documentation generators, as they name themselves in `<meta name="generator">`. */
const DOC_GENERATOR = new RegExp(
  '(sphinx|docusaurus|mkdocs|gitbook|vuepress|vitepress|docfx|doxygen|javadoc|mintlify|starlight|nextra|' +
    'hugo-book|relearn|docsy|antora|read ?the ?docs|jsdoc|typedoc|rustdoc|pdoc|redoc|slate)',
  'i',
);
const OG_PRODUCT = /^(product|og:product|product\.item|product\.group)$/;

/** True when the page declares itself a manual: a documentation type, or a documentation generator's name. */
export function declaresManual(types: Iterable<string>, generator: string | null | undefined): boolean {
  for (const t of types) if (DOC_TYPES.test(t)) return true;
  return DOC_GENERATOR.test(generator ?? '');
}

/**
 * Docsy's (Hugo) content box, a word of its class (split at ASCII whitespace): the theme prints no generator of its own
 * (Hugo's `<meta name="generator">` names Hugo, which builds blogs as often), but every page's text stands in it.
 */
const MANUAL_BOX = /(?:^|[\t\n\f\r ])td-content(?=[\t\n\f\r ]|$)/;

/**
 * True when the page is a manual by what it says (see declaresManual) or by its theme's markup: Docsy's content box
 * among the class names the census read (`classNames`). Read where og:type=article would make the page an article:
 * Hugo's themes print it on every page, a manual's too.
 */
export function manualMarkup(
  types: Iterable<string>,
  generator: string | null | undefined,
  classNames: readonly string[],
): boolean {
  if (declaresManual(types, generator)) return true;
  for (const cls of classNames) if (MANUAL_BOX.test(cls)) return true;
  return false;
}

/** What the kept content is made of, measured in one walk. */
export interface ContentShape {
  chars: number;
  linkChars: number;
  /** Characters inside `<pre>` blocks, and how many there are. */
  codeChars: number;
  codeBlocks: number;
  /** Headings whose text is a link (a listing's card titles), and the other headings (h2–h4: sections). */
  linkedHeadings: number;
  headings: number;
  /** Paragraphs of 160 characters or more, mostly not links. */
  prose: number;
  /**
   * Cards: blocks of 10–400 characters holding a picture that links to a page (a product's photo and name, a
   * result's thumbnail and title), and the characters they hold.
   */
  cards: number;
  cardChars: number;
}

/** Measures a content element (see ContentShape). */
export function contentShape(root: Element): ContentShape {
  const s: ContentShape = {
    chars: 0,
    linkChars: 0,
    codeChars: 0,
    codeBlocks: 0,
    linkedHeadings: 0,
    headings: 0,
    prose: 0,
    cards: 0,
    cardChars: 0,
  };
  // `image`: an image, or a box holding one and no text; `picture`: a link to a page holding such an image,
  // or a box holding one and no text (a card's photo).
  type Walked = { chars: number; links: number; hasLink: boolean; image: boolean; picture: boolean };
  const walk = (el: Element, link: boolean, code: boolean): Walked => {
    const tag = el.tagName;
    const inLink = link || (tag === 'A' && el.hasAttribute('href'));
    const inCode = code || tag === 'PRE';
    if (tag === 'PRE' && !code) s.codeBlocks++;
    let chars = 0;
    let links = 0;
    let hasLink = inLink;
    let childImage = false;
    let childPicture = false;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        const n = trimmedLength((c as Text).data);
        chars += n;
        if (inLink) links += n;
        if (inCode) s.codeChars += n;
      } else if (c.nodeType === 1) {
        const r = walk(c as Element, inLink, inCode);
        chars += r.chars;
        links += r.links;
        hasLink ||= r.hasLink;
        childImage ||= r.image;
        childPicture ||= r.picture;
      }
    }
    const image = tag === 'IMG' || tag === 'PICTURE' || (childImage && chars === 0);
    let picture = childPicture && chars === 0;
    if (tag === 'A') picture = (childImage || childPicture) && isPageHref(el.getAttribute('href'));
    else if (childPicture && chars >= 10 && chars <= 400) {
      s.cards++;
      s.cardChars += chars;
    }
    if (/^H[1-6]$/.test(tag) && hasLink && links >= chars / 2) s.linkedHeadings++;
    else if (/^H[2-4]$/.test(tag) && chars > 0) s.headings++;
    if (tag === 'P' && chars >= 160 && links < chars / 2) s.prose++;
    return { chars, links, hasLink, image, picture };
  };
  const r = walk(root, false, false);
  s.chars = r.chars;
  s.linkChars = r.links;
  return s;
}

const typeNames = (o: JsonLd): string[] =>
  (Array.isArray(o['@type']) ? o['@type'] : [o['@type']])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^.*\//, ''));

const countOf = (data: StructuredData, re: RegExp) =>
  [...data.counts].reduce((n, [t, c]) => (re.test(t) ? n + c : n), 0);

/** True when the content is cards of links: four or more linked titles with little prose each, or mostly links. */
export function isListShape(s: ContentShape): boolean {
  if (!s.chars) return false;
  if (s.linkedHeadings >= 4 && s.prose <= s.linkedHeadings * 1.5 && s.codeBlocks <= 1) return true;
  return s.linkChars / s.chars >= 0.6 && s.chars >= 300;
}

/**
 * True when the content is cards whose titles are not headings (a shop's results: photo, name, price): four
 * or more cards with a picture linking to a page that hold half of its text, little prose. The kind reads it;
 * the tidy pass does not (see isListShape): on a furniture shop's and an outdoor shop's categories, tidying
 * such a block as a listing kept lines their truth leaves out (collection pages 0.686 → 0.680, 2026-12-01).
 */
export function isCardShape(s: ContentShape): boolean {
  return s.cards >= 4 && s.cardChars >= s.chars * 0.5 && s.prose <= s.cards && s.codeBlocks <= 1;
}

/** True when the content is several short sections under headings (what a service or landing page is made of). */
function isSectionShape(s: ContentShape): boolean {
  return s.headings >= 3 && s.chars / (s.headings + 1) < 600;
}

/** True when code blocks are a good part of the content (documentation, a reference page). */
function isCodeShape(s: ContentShape): boolean {
  return s.chars > 0 && ((s.codeBlocks >= 2 && s.codeChars >= s.chars * 0.15) || s.codeChars >= s.chars * 0.35);
}

/**
 * The page's kind, from what it declares (schema.org types in JSON-LD and microdata, `og:type`, a
 * documentation generator) and the shape of the content kept (posts, cards of links, code blocks,
 * sections): 'thread' when the posts were kept or the page declares a forum topic or Q&A page;
 * 'documentation' for a documentation generator, a TechArticle/APIReference or a code-heavy page that
 * declares no article; 'product' for one declared product (three or more make a 'listing'); 'listing'
 * for a declared collection or content made of linked titles; 'service' for a page of several sections
 * kept from its main region or of short sections under headings without article prose; 'article' otherwise.
 * Declarations come first, shapes decide the rest.
 */
export function pageKind(k: KindSignals): PageKind {
  const { data } = k;
  const shape = k.content ? contentShape(k.content) : null;
  const typed = (re: RegExp) => [...data.types].some((t) => re.test(t));
  // An article type in JSON-LD or microdata (og:type article is set by many shops and docs on every page).
  const declaredArticle = typed(ARTICLE_TYPES);
  // Posts that are each a linked title with its author and date are a blog's index, not a discussion.
  if (k.source === 'thread') return shape && isListShape(shape) ? 'listing' : 'thread';
  if (typed(THREAD_PAGE_TYPES) && !(shape && isListShape(shape))) return 'thread';
  if (declaresManual(data.types, k.generator)) return 'documentation';
  const ldProducts = data.objects.filter((o) => typeNames(o).some((t) => PRODUCT_TYPES.test(t))).length;
  const products = countOf(data, PRODUCT_TYPES);
  const ogArticle = k.ogType === 'article';
  if (!declaredArticle) {
    // One product in JSON-LD is the page's (the microdata of a "related products" row does not change that);
    // a product widget's microdata in a page that says it is an article does not make it a product page.
    if (ldProducts === 1 || OG_PRODUCT.test(k.ogType ?? '') || (!ogArticle && products > 0 && products < 3))
      return 'product';
    if (!ogArticle && (products >= 3 || typed(LISTING_TYPES))) return 'listing';
  }
  // og:type=article over cards of linked titles and no article prose is a CMS's label on a category page.
  const ogCards = ogArticle && !k.articleLike && !!shape && isListShape(shape);
  if (declaredArticle || (ogArticle && !ogCards)) return 'article';
  if (!shape) return 'article';
  if (isCodeShape(shape)) return 'documentation';
  if (isListShape(shape) || isCardShape(shape)) return 'listing';
  if (k.source === 'region' && (!k.articleLike || typed(SERVICE_PAGE_TYPES))) return 'service';
  // Readability may keep the block that holds all of a service page's sections: short sections, no article prose.
  if (k.source === 'article' && !k.articleLike && isSectionShape(shape)) return 'service';
  return 'article';
}

/** Words a page of another kind than article needs to count as main content (a title and a line are not). */
const MIN_WORDS = 40;

/**
 * True when the page has main content of any kind: the popup saves such a page on its own when it opens.
 * An article must pass Readability's readable check (`readerable`); a thread, documentation, product,
 * service or listing page needs its kind recognised and some words kept.
 */
export function isReadable(ex: {
  kind: string;
  pageKind?: PageKind;
  readerable: boolean;
  textContent: string;
}): boolean {
  if (ex.kind !== 'article') return false;
  if (ex.readerable) return true;
  if (!ex.pageKind || ex.pageKind === 'article') return false;
  return countWords(ex.textContent) >= MIN_WORDS;
}
