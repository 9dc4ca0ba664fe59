import { overlapOf } from './word-overlap';

/** schema.org types of a page that is one article (news, blog post, report). */
export const ARTICLE_TYPES = new RegExp(
  '^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|' +
    'ScholarlyArticle|LiveBlogPosting)$',
);

/** schema.org types of a thread (a forum topic, a question with its answers). */
export const THREAD_TYPES = /^(DiscussionForumPosting|QAPage|Question|Answer)$/;

/**
 * schema.org types of a page of another kind than an article: a product, a service or business, a
 * collection of other pages. Their description runs to paragraphs of prose, which do not make them articles.
 */
export const OTHER_KIND_TYPES = new RegExp(
  '^(Product|ProductGroup|IndividualProduct|ProductModel|Vehicle|Car|Service|ProfessionalService|' +
    'FinancialService|LegalService|LocalBusiness|MedicalClinic|[A-Za-z]+Business|CollectionPage|' +
    'SearchResultsPage|OfferCatalog)$',
);

/** True when the page declares a product, service, business or collection type and no article type. */
export function declaresOtherKind(types: Iterable<string>): boolean {
  let other = false;
  for (const t of types) {
    if (ARTICLE_TYPES.test(t)) return false;
    if (OTHER_KIND_TYPES.test(t)) other = true;
  }
  return other;
}

/**
 * True when the page's cleaned main region is its content rather than the one block Readability
 * kept: the region holds what Readability found and clearly more (a service page's other sections,
 * a listing's other cards, a product's details). An article (several paragraphs of prose, on a page
 * that does not declare another kind) must lose half of its region to Readability first: its region also
 * holds teasers and comments.
 */
export function preferRegion(regionText: string, articleText: string, articleLike: boolean): boolean {
  const { candidateWords: regionWords, articleWords, covered } = overlapOf(regionText, articleText);
  if (!regionWords) return false;
  if (!articleWords) return true;
  // A headline, byline and date above a short article are not "clearly more": 40 words at least.
  if (regionWords < articleWords * (articleLike ? 2 : 1.15) || regionWords - articleWords < 40) return false;
  // A region three times Readability's block need hold only half of it: Readability took a block partly
  // outside the main region (a page header's intro above a listing's cards).
  return covered() >= (regionWords >= articleWords * 3 ? 0.5 : 0.7);
}
