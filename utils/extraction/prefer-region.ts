import { overlapOf } from './word-overlap';

/** schema.org types of a page that is one article (news, blog post, report). */
export const ARTICLE_TYPES = new RegExp(
  '^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|' +
    'ScholarlyArticle|LiveBlogPosting)$',
);

/** schema.org types of a thread (a forum topic, a question with its answers). */
export const THREAD_TYPES = /^(DiscussionForumPosting|QAPage|Question|Answer)$/;

/**
 * True when the page's cleaned main region is its content rather than the one block Readability
 * kept: the region holds what Readability found and clearly more (a service page's other sections,
 * a listing's other cards, a product's details). An article (declared, or several paragraphs of
 * prose) must lose half of its region to Readability first: its region also holds teasers and comments.
 */
export function preferRegion(regionText: string, articleText: string, articleLike: boolean): boolean {
  const { candidateWords: regionWords, articleWords, covered } = overlapOf(regionText, articleText);
  if (!regionWords) return false;
  if (!articleWords) return true;
  // A headline, byline and date above a short article are not "clearly more": 40 words at least.
  return regionWords >= articleWords * (articleLike ? 2 : 1.15) && regionWords - articleWords >= 40 && covered() >= 0.7;
}
