// A thread of several short posts against Readability's block that holds them and the board's chrome around them.
// phpBB 2's subSilver and phpBB 3.0's subsilver2 print a topic as one table: Readability keeps the table whole (each
// post with its member's pane, "Post subject:", "Top") and the board's lines under it ("Who is online", "You cannot
// post new topics in this forum"). Where the posts are a line or two each, the thread is under the block's words and
// preferThread's word counts keep the block (or the region beside it). This rule reads the thread's structure instead:
// several posts, each under its own writer and date, whose texts the block holds, and nothing in the block outside
// them that reads as an article's paragraph. Names of classes are not read (the posts are those findPosts found).
import { childList } from './child-elements';
import { nodeToText } from './html-to-text';
import { coverage, lineSet, wordBag } from './word-overlap';

/** Fewest posts, each headed by a writer and a date, for the thread to stand on its structure. */
const FEW_POSTS = 3;

/** Share of a post's words the block holds for the block to hold the post. */
const POST_HELD = 0.8;

/**
 * A line of the block outside the posts (and outside their panes and headers) this long or longer is an article's
 * paragraph or a story's text, not the board's chrome (its lines run to 60–70 characters: "Users browsing this forum:
 * No registered users and 4 guests").
 */
const PROSE_LINE = 100;

/**
 * True when Readability's block (`blockText`) is the thread's posts with the board's chrome around them: the thread
 * (`thread`, see threadElement: one `<article>` per post; `threadText`, its text) prints three posts or more, each
 * under a header with its writer (`<cite>`), three of them or more with a date (`<time>`; a table engine's header row
 * taken for a post of its own has a writer and no date), two writers or more; the block holds four words in five of
 * every post's text; and each line of the block that is neither a line of the thread nor of the posts' whole text
 * (`postsText`: with their panes, signatures and header rows) is under 100 characters. A blog post whose block holds
 * the post and its comments keeps its paragraphs outside the comments: it stays the page; so does a block that misses
 * a post (the thread is not what it holds). Reads only the thread's few posts and the block's text, already made.
 */
export function blockHoldsPosts(thread: Element, threadText: string, blockText: string, postsText: string): boolean {
  const posts = childList(thread);
  if (posts.length < FEW_POSTS) return false;
  const writers = new Set<string>();
  const block = wordBag(blockText);
  let dated = 0;
  for (const post of posts) {
    const header = post.firstElementChild;
    const cite = header?.localName === 'header' ? header.querySelector('cite') : null;
    if (!cite) return false;
    if (header!.querySelector('time')) dated++;
    writers.add((cite.textContent ?? '').trim());
    const body = header!.nextElementSibling;
    const words = wordBag(body ? nodeToText(body) : '');
    if (words.size && coverage(words, block) < POST_HELD) return false;
  }
  if (dated < FEW_POSTS || writers.size < 2) return false;
  const inside = lineSet(threadText);
  const chrome = lineSet(postsText);
  return blockText
    .split('\n')
    .map((l) => l.trim())
    .every((l) => l.length < PROSE_LINE || inside.has(l) || chrome.has(l));
}
