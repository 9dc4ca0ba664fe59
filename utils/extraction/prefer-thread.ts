import { overlapOf } from './word-overlap';

/**
 * True when the page's posts are its main content: what Readability kept is mostly text of the posts
 * (it took one post, or the block holding them) and the posts hold at least as much. An article
 * with a comment section keeps its article: Readability's text is not the comments' text.
 */
export function preferThread(threadText: string, articleText: string): boolean {
  const { candidateWords: threadWords, articleWords, covered } = overlapOf(threadText, articleText);
  if (!threadWords) return false;
  if (!articleWords) return true;
  return covered() >= 0.6 && threadWords >= articleWords * 0.8;
}
