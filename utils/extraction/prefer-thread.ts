import { overlapOf } from './word-overlap';

/** Below this many words, what Readability kept is a scrap (a tagline, a notice), not an article. */
const SCRAP_WORDS = 50;

/**
 * True when the page's posts are its main content: what Readability kept is mostly text of the posts
 * (it took one post, or the block holding them) and the posts hold at least as much, or Readability
 * kept only a scrap (the site's tagline) beside posts three times its size. An article with a comment
 * section keeps its article: Readability's text is not the comments' text. A page that declares itself
 * a thread (`declared`: a `DiscussionForumPosting`, a `QAPage`) has no article under its posts: there
 * they need only hold as much as Readability's block, whatever block that was (a sidebar, a legal notice).
 */
export function preferThread(threadText: string, articleText: string, declared = false): boolean {
  const { candidateWords: threadWords, articleWords, covered } = overlapOf(threadText, articleText);
  if (!threadWords) return false;
  if (!articleWords) return true;
  if (articleWords < SCRAP_WORDS && threadWords >= articleWords * 3) return true;
  if (threadWords < articleWords * 0.8) return false;
  return declared || covered() >= 0.6;
}
