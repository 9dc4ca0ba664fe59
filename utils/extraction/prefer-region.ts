import { overlapOf } from './word-overlap';

/** schema.org types of a page that is one article (news, blog post, report). */
export const ARTICLE_TYPES = new RegExp(
  '^(Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|Report|' +
    'ScholarlyArticle|LiveBlogPosting)$',
);

/** schema.org types of a thread (a forum topic, a question with its answers). */
export const THREAD_TYPES = /^(DiscussionForumPosting|QAPage|Question|Answer)$/;

/** schema.org types of a thread page whatever else it declares (a Question may be an FAQ's). */
const THREAD_PAGE_TYPES = /^(DiscussionForumPosting|QAPage)$/;

/**
 * True when the page declares a thread: a forum topic or a Q&A page, or a question or answer outside an
 * `FAQPage`. An FAQ's questions are typed `Question` and `Answer` too (SEO plugins add the markup to articles,
 * guides and service pages): they are a section of the page, not posts of a discussion.
 */
export function declaresThread(types: Iterable<string>): boolean {
  let faq = false;
  let question = false;
  for (const t of types) {
    if (THREAD_PAGE_TYPES.test(t)) return true;
    if (t === 'FAQPage') faq = true;
    else if (THREAD_TYPES.test(t)) question = true;
  }
  return question && !faq;
}

/**
 * schema.org types of a service or business page (a company's, a trade's, a clinic's): its sections
 * (what it offers, prices, areas, questions) are the content, and its introduction may run to paragraphs
 * of prose that do not make it an article. Products and collections are left out: their regions hold
 * cart, shipping and filter lines the WCXB truth counts as boilerplate.
 */
export const SERVICE_PAGE_TYPES = new RegExp(
  '^(Service|[A-Za-z]+Service|LocalBusiness|[A-Za-z]+Business|MedicalClinic|Dentist|Physician|Attorney|' +
    'Plumber|Electrician|Locksmith|[A-Za-z]+Contractor|MovingCompany|[A-Za-z]+Agency|AutoRepair)$',
);

/** True when the page declares a service or business type and no article type. */
export function declaresService(types: Iterable<string>): boolean {
  let service = false;
  for (const t of types) {
    if (ARTICLE_TYPES.test(t)) return false;
    if (SERVICE_PAGE_TYPES.test(t)) service = true;
  }
  return service;
}

/** Share of Readability's block a region holds when it holds the whole block (a few words differ in the copies). */
const WHOLE_BLOCK = 0.95;

/** Words under which Readability's block is a line or two, not an article (a notice, a sort bar). */
const SMALL_BLOCK_WORDS = 25;

/**
 * A block of two lines at most and under this many words is a banner too (a heading over one sentence: an award, a
 * promotion), however many words its sentence runs to.
 */
const BANNER_LINES = 2;
const BANNER_WORDS = 50;

/** True when Readability's block is a line or two: a notice or a banner, not an article. */
function smallBlock(articleText: string, articleWords: number): boolean {
  if (articleWords < SMALL_BLOCK_WORDS) return true;
  if (articleWords >= BANNER_WORDS) return false;
  let lines = 0;
  for (const line of articleText.split('\n')) if (line.trim() && ++lines > BANNER_LINES) return false;
  return true;
}

/** Readability's block at this many times the region's words holds more than the region: it spilled past it. */
const SPILL_RATIO = 1.25;

/** Share of a spilled block the region holds at least (less is another part of the page, not the same content). */
const SPILL_COVERED = 0.4;

/**
 * True when the page's cleaned main region is its content rather than the one block Readability
 * kept: the region holds what Readability found and clearly more (a service page's other sections,
 * a listing's other cards, a product's details). An article (several paragraphs of prose, on a page
 * that does not declare a service) must lose half of its region to Readability first: its region also
 * holds teasers and comments. `cards`: Readability's block is cards or holds no article's prose (three paragraphs),
 * so a region that holds the whole of it needs no 1.15 times its words (a page labelled a website may still have
 * an article's prose, which its region's headline, byline and related links would join). `spill`: a block larger
 * than the region may have run past it (not so for a block of cards, nor for a region weighed without its comments).
 */
export function preferRegion(
  regionText: string,
  articleText: string,
  articleLike: boolean,
  cards = false,
  spill = false,
): boolean {
  const { candidateWords: regionWords, articleWords, covered } = overlapOf(regionText, articleText);
  if (!regionWords) return false;
  if (!articleWords) return true;
  // Readability's block a quarter larger than the region, which holds part of it (two fifths or more), spilled past
  // what the region copy keeps: the chrome it leaves out (a menu, a modal, a report's table of contents) or the copies
  // of a responsive layout it drops as repeats. The region is that block cleaned. Not a block of cards (`spill`
  // false): its region copy lacks the cards' visually hidden labels ("Original price was: $30.00"), their text.
  if (spill && articleWords >= regionWords * SPILL_RATIO) return covered() >= SPILL_COVERED;
  // A headline, byline and date above a short article are not "clearly more": 40 words at least.
  if (regionWords - articleWords < 40) return false;
  // Below 1.15 times a block of cards (or of no prose), a region that holds all of it (95 % of its words) is that
  // block and 40 words more: a listing's heading, a featured row or the cards Readability left out of its block.
  if (regionWords < articleWords * (articleLike ? 2 : 1.15)) return cards && !articleLike && covered() >= WHOLE_BLOCK;
  // A sentence or two (a payment notice, a sort bar: Readability found nothing it could score; an award's banner
  // whose heading and sentence outscored a page of hashed class names) loses to a region ten times its size,
  // wherever it stood.
  if (regionWords >= articleWords * 10 && smallBlock(articleText, articleWords)) return true;
  // A region three times Readability's block need hold only half of it: Readability took a block partly
  // outside the main region (a page header's intro above a listing's cards).
  return covered() >= (regionWords >= articleWords * 3 ? 0.5 : 0.7);
}
