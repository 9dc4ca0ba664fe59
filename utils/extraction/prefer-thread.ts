/** Lower-case word counts of a text (the `\w+` words search and the benchmarks count). */
function words(text: string): Map<string, number> {
  const bag = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []) bag.set(w, (bag.get(w) ?? 0) + 1);
  return bag;
}

const total = (bag: Map<string, number>) => [...bag.values()].reduce((s, n) => s + n, 0);

/**
 * True when the page's posts are its main content: what Readability kept is mostly text of the posts
 * (it took one post, or the block holding them) and the posts hold at least as much. An article
 * with a comment section keeps its article: Readability's text is not the comments' text.
 */
export function preferThread(threadText: string, articleText: string): boolean {
  const thread = words(threadText);
  const article = words(articleText);
  const threadWords = total(thread);
  const articleWords = total(article);
  if (!threadWords) return false;
  if (!articleWords) return true;
  let shared = 0;
  for (const [w, n] of article) shared += Math.min(n, thread.get(w) ?? 0);
  return shared / articleWords >= 0.6 && threadWords >= articleWords * 0.8;
}
