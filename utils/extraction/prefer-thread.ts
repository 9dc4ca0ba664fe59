import { distinctLines, overlapOf, sequenceCoverage } from './word-overlap';

/** Below this many words, what Readability kept is a scrap (a tagline, a notice), not an article. */
const SCRAP_WORDS = 50;

/**
 * True when the page's posts are its main content: what Readability kept is mostly text of the posts
 * (it took one post, or the block holding them: 60 % of its runs of three words are in the posts) and
 * the posts hold at least as much, or Readability kept only a scrap (the site's tagline) beside posts
 * three times its size. An article with a comment section keeps its article: Readability's sentences
 * are not the comments' (a long thread holds most of a short question's words, not its sentences). A
 * page that declares itself a thread (`declared`: a `DiscussionForumPosting`, a `QAPage`) has no article
 * under its posts: there they need only hold as much as Readability's block, whatever block that was
 * (a sidebar, a legal notice). A line Readability's block repeats (a layout that prints the opening
 * post twice) counts once.
 */
export function preferThread(threadText: string, articleText: string, declared = false): boolean {
  const article = distinctLines(articleText);
  const { candidateWords: threadWords, articleWords } = overlapOf(threadText, article);
  if (!threadWords) return false;
  if (!articleWords) return true;
  if (articleWords < SCRAP_WORDS && threadWords >= articleWords * 3) return true;
  if (threadWords < articleWords * 0.8) return false;
  return declared || sequenceCoverage(article, threadText) >= 0.6;
}
