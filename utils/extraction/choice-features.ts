import { overlapOf } from './word-overlap';
import { contentShape, isListShape, PRODUCT_TYPES, type ContentShape } from './page-kind';
import { declaresService } from './prefer-region';

/** schema.org types of a page of many items (a category, a search result, a catalogue). */
const COLLECTION_TYPES = /^(CollectionPage|ItemList|SearchResultsPage|OfferCatalog|ProductCollection)$/;

/** What the extractor knows when it chooses between the main region and Readability's block. */
export interface RegionChoice {
  /** The region's plain text and element (after its card grids were kept or taken out). */
  regionText: string;
  region: Element;
  /** Readability's block after the tidy pass: its plain text and element. */
  articleText: string;
  article: Element;
  /** What the hand rules (preferRegion) chose. */
  rule: boolean;
  /** Paragraphs of an article's prose in Readability's block (articleProse). */
  prose: number;
  /** The block counts as an article in the region rule (prose, and the page is no service or website). */
  regionArticleLike: boolean;
  /** `og:type` (lower case) and the page's schema.org types. */
  ogType: string | null;
  types: Set<string>;
  /** Grids of one-link cards the region kept, and the page's marks of posts (authors; see the census). */
  cardGrids: number;
  postMarks: number;
}

/** The names of the features, in the order choiceFeatures gives them. */
export const CHOICE_FEATURES = [
  'rule',
  'regionWords',
  'articleWords',
  'covered',
  'articleLike',
  'prose',
  'regionArticleLike',
  'articleList',
  'regionLinks',
  'articleLinks',
  'regionCards',
  'articleCards',
  'regionLinkedHeadings',
  'articleLinkedHeadings',
  'regionHeadings',
  'articleHeadings',
  'regionProse',
  'regionList',
  'ogArticle',
  'website',
  'service',
  'product',
  'collection',
  'cardGrids',
  'postMarks',
] as const;

const log = (n: number) => Math.log2(1 + n);
const share = (part: number, s: ContentShape) => (s.chars ? part / s.chars : 0);

/**
 * The numbers the chooser reads (see CHOICE_FEATURES): sizes as log2, shares of characters, and what the page
 * declares. One walk of each candidate (contentShape).
 */
export function choiceFeatures(c: RegionChoice): number[] {
  const o = overlapOf(c.regionText, c.articleText);
  const r = contentShape(c.region);
  const a = contentShape(c.article);
  const typed = (re: RegExp) => [...c.types].some((t) => re.test(t));
  return [
    c.rule ? 1 : 0,
    log(o.candidateWords),
    log(o.articleWords),
    o.covered(),
    c.prose >= 3 ? 1 : 0,
    log(c.prose),
    c.regionArticleLike ? 1 : 0,
    isListShape(a) ? 1 : 0,
    share(r.linkChars, r),
    share(a.linkChars, a),
    share(r.cardChars, r),
    share(a.cardChars, a),
    log(r.linkedHeadings),
    log(a.linkedHeadings),
    log(r.headings),
    log(a.headings),
    log(r.prose),
    isListShape(r) ? 1 : 0,
    c.ogType === 'article' ? 1 : 0,
    c.ogType === 'website' ? 1 : 0,
    declaresService(c.types) ? 1 : 0,
    typed(PRODUCT_TYPES) ? 1 : 0,
    typed(COLLECTION_TYPES) ? 1 : 0,
    c.cardGrids > 0 ? 1 : 0,
    log(c.postMarks),
  ];
}
