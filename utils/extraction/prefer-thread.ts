import { bagSize, distinctLines, lineSet, overlapOf, sequenceCoverage, wordBag } from './word-overlap';

/** The text without its lines that `lines` holds (whole lines, trimmed). */
function withoutLines(text: string, lines: string): string {
  if (!lines) return text;
  const drop = lineSet(lines);
  return text
    .split('\n')
    .filter((l) => !drop.has(l.trim()))
    .join('\n');
}

/**
 * Lines of the posts' whole text (`postsText`: user cards, signatures, buttons and all) that the thread's
 * text does not hold: what the thread pass left out of the posts. None when the thread holds under 60 % of
 * the posts' words: then it missed their text (a post's text block not found), not only their chrome. Unless
 * `declaredText`: each post's text is the text its own item declares in microdata (see declaredTextThreads), so
 * none of it was missed, and the rest is chrome whatever its share (a Q&A page's comments and user cards).
 */
export function postChromeLines(postsText: string, threadText: string, declaredText = false): string {
  if (!declaredText && bagSize(wordBag(threadText)) < bagSize(wordBag(postsText)) * 0.6) return '';
  const kept = lineSet(threadText);
  return postsText
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !kept.has(l))
    .join('\n');
}

/** Below this many words, what Readability kept is a scrap (a tagline, a notice), not an article. */
const SCRAP_WORDS = 50;

/** Share of the posts' runs of three words a block holds to hold the posts. */
const HELD_POSTS = 0.8;

/** How many times the words of a scrap, or of a block without prose, the posts hold to be the page. */
const POSTS_OVER_SCRAP = 3;

/** Below this many words, a block of one paragraph of prose may be a side box (see sideBox). */
const SIDE_BOX_WORDS = 100;

/** How many times the words of such a block the posts hold for it to be a side box beside them. */
const POSTS_OVER_SIDE_BOX = 10;

/**
 * A side box printed outside the column that holds the page's title and the first post (see blockOutsideColumn) needs
 * posts of only a quarter of its words.
 */
const POSTS_OVER_COLUMN_BOX = 0.25;

/**
 * True when Readability's block is a side box beside the posts, not an article they answer: one paragraph of prose at
 * most, under 100 words, hardly any of whose runs of three words the posts hold (under a tenth), beside posts ten times
 * its size (an advertising box's "Advertise virtually anything here…", a forum's notice), and printed after the
 * thread's first post or before the page's title (`outsideOpening`, asked last: it reads the page's text; see
 * blockOutsideOpening). Where the side column's class words name it (`sidebar`, `ad`), Readability weighs it down;
 * under names it cannot read (hashed, an unseen theme's), its one paragraph of commas outscores posts printed as lines
 * between `<br>`s. Size and overlap alone cannot tell it from a blog's short post above its comments (an "open thread"
 * of one paragraph): the post the comments answer stands under the page's title and before them, a side column's box
 * before the title or after the posts have begun. Beside a short thread (a question and one reply, under ten times the
 * box) the place is read closer: the box must stand outside the column that holds the page's title and the first post
 * (`outsideColumn`, see blockOutsideColumn), as a forum's footer band does ("About the site" and its one paragraph,
 * printed after the page's body: XenForo 2's `div.pre-footer`, hashed), and the posts must hold a quarter of its words.
 */
function sideBox(
  threadText: string,
  article: string,
  threadWords: number,
  articleWords: number,
  prose: number,
  outsideOpening: () => boolean,
  outsideColumn: () => boolean,
) {
  if (prose > 1 || articleWords >= SIDE_BOX_WORDS) return false;
  const large = threadWords >= articleWords * POSTS_OVER_SIDE_BOX;
  if (!large && threadWords < articleWords * POSTS_OVER_COLUMN_BOX) return false;
  if (sequenceCoverage(article, threadText) >= 0.1) return false;
  return large ? outsideOpening() : outsideColumn();
}

/**
 * True when the page's posts are its main content: what Readability kept is mostly text of the posts
 * (it took one post, or the block holding them: 60 % of its runs of three words are in the posts) and
 * the posts hold at least as much, or Readability kept only a scrap (the site's tagline) beside posts
 * three times its size. An article with a comment section keeps its article: Readability's sentences
 * are not the comments' (a long thread holds most of a short question's words, not its sentences). A
 * page that declares itself a thread (`declared`: a `DiscussionForumPosting`, a `QAPage`) has no article
 * under its posts: there they need only hold as much as Readability's block, whatever block that was
 * (a sidebar, a legal notice). A line Readability's block repeats (a layout that prints the opening
 * post twice) counts once. `postChrome` is what the posts hold and the thread leaves out (signatures, user
 * cards, buttons): when Readability's block took the posts whole, those lines of it do not count in its size.
 * `prose`: the paragraphs of prose in Readability's block (see articleProse). A block without any (a side column's
 * list of rules, a menu of links: on a page without landmarks nothing marks it as chrome) is no article either,
 * beside posts three times its size; nor is a short side box printed outside the place of an opening post (before the
 * page's title or after the first post), beside posts ten times its size (see sideBox; `outsideOpening` tells where the
 * block stood).
 */
export function preferThread(
  threadText: string,
  articleText: string,
  declared = false,
  postChrome = '',
  prose = 1,
  outsideOpening: () => boolean = () => false,
  outsideColumn: () => boolean = () => false,
): boolean {
  const article = withoutLines(distinctLines(articleText), postChrome);
  const { candidateWords: threadWords, articleWords } = overlapOf(threadText, article);
  if (!threadWords) return false;
  if (!articleWords) return true;
  const scrap = articleWords < SCRAP_WORDS || prose === 0;
  if (scrap && threadWords >= articleWords * POSTS_OVER_SCRAP) return true;
  if (sideBox(threadText, article, threadWords, articleWords, prose, outsideOpening, outsideColumn)) return true;
  // A block without prose that holds the posts (their runs of three words) and the page's chrome around them (a
  // forum's header, statistics and post footers: PunBB's) is the thread with its chrome, when the posts are half
  // of it or more.
  if (prose === 0 && threadWords * 2 >= articleWords && sequenceCoverage(threadText, article) >= HELD_POSTS)
    return true;
  if (threadWords < articleWords * 0.8) return false;
  return declared || sequenceCoverage(article, threadText) >= 0.6;
}

/** The longest text node under `el`, trimmed (a line of its own words, as the page prints it). */
function longestText(el: Element): string {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let best = '';
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = (n.nodeValue ?? '').trim();
    if (t.length > best.length) best = t;
  }
  return best;
}

/**
 * True when Readability's `block` did not stand where an opening article does: between the page's title (its first
 * `<h1>`, else the page's start) and the thread's first post (`post`), in the page as printed (`page`, the untouched
 * document: Readability has moved the block out of its working copy). Its longest text node is looked for in the
 * page's text: found only before the title (a header's or a side column printed first) or after the first post (a
 * side column printed after the posts), it is a side box. False where either line is not found (a block Readability
 * rewrote) or the block's line also stands between the title and the posts.
 */
export function blockOutsideOpening(page: Document, block: Element, post: Element): boolean {
  const blockLine = longestText(block);
  const postLine = longestText(post);
  if (blockLine.length < 20 || postLine.length < 20) return false;
  const text = page.body?.textContent ?? '';
  const postAt = text.indexOf(postLine);
  if (postAt < 0 || text.indexOf(blockLine) < 0) return false;
  const h1 = page.body?.getElementsByTagName('h1')[0];
  const titleLine = h1 ? (h1.textContent ?? '').trim() : '';
  const titleAt = titleLine ? text.indexOf(titleLine) : 0;
  if (titleAt < 0 || titleAt > postAt) return false;
  const between = text.indexOf(blockLine, titleAt);
  return between < 0 || between >= postAt;
}

/**
 * True when Readability's `block` stood outside the column of the page as printed (`page`, the untouched document):
 * the smallest box that holds the page's title (its first `<h1>`) and the thread's first post (`post`), itself not the
 * page's body. A forum's footer band after the page's body (its "About" paragraph, its statistics) stands outside it;
 * an opening article stands in it, between the title and the posts. Lines are found as in blockOutsideOpening (the
 * block's and the post's longest text nodes); false where a line is missing, the block's line also stands in the
 * column, or the title does not come before the post.
 */
export function blockOutsideColumn(page: Document, block: Element, post: Element): boolean {
  const body = page.body;
  const h1 = body?.getElementsByTagName('h1')[0];
  if (!body || !h1) return false;
  const blockLine = longestText(block);
  const postLine = longestText(post);
  if (blockLine.length < 20 || postLine.length < 20) return false;
  const blockNodes: Node[] = [];
  let postNode: Node | null = null;
  const walker = page.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = (n.nodeValue ?? '').trim();
    if (t === blockLine) blockNodes.push(n);
    else if (!postNode && t === postLine) postNode = n;
  }
  if (!postNode || !blockNodes.length || !(h1.compareDocumentPosition(postNode) & 4)) return false;
  let column: Node | null = h1;
  while (column && !column.contains(postNode)) column = column.parentNode;
  return !!column && column !== body && !blockNodes.some((n) => column.contains(n));
}
