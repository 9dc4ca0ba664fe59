import { isPageHref } from './page-href';
import { byTag } from './tag-list';
import { queryFirst } from './dom-query';
import { childElements } from './child-elements';

/** Elements after which text breaks into a new line (so words of adjacent blocks never glue together). */
const BLOCK = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM ' +
    'H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TR UL CAPTION'
  ).split(' '),
);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH']);

const MEDIA = new Set(['IMG', 'PICTURE', 'VIDEO']);
const BOX_TAGS = new Set(['DIV', 'P', 'SPAN', 'FIGURE', 'CENTER', 'SECTION']);
/** A section heading's tag. */
const SECTION_HEADING = /^H[2-6]$/;
const NOT_CAPTION = 'img, picture, video, p p, ul, ol, table, blockquote, pre, h1, h2, h3, h4, h5, h6';

/** An image (or a link or wrapper holding only images, no text). */
function isMediaOnly(el: Element): boolean {
  if (MEDIA.has(el.tagName)) return true;
  const first = el.firstElementChild;
  return !!first && !(el.textContent ?? '').trim() && !!queryFirst(el, 'img, picture, video');
}

/**
 * A picture box: a wrapper holding an image apart from one or two short text blocks and nothing
 * else ("<div><img><p>caption</p></div>", "<span><a><img></a><span>caption</span></span>"): the
 * text is the image's caption even without <figure>/<figcaption>. Text loose next to the image
 * (an emoji in a sentence) does not count.
 */
export function isCaptionBox(el: Element): boolean {
  if (!BOX_TAGS.has(el.tagName)) return false;
  // A box that opens with a section heading is a section of the text (bookdown's `div.section` of a heading, a line and
  // the figure it describes), not a picture and its caption. Not a `<figure>`, whose heading is its caption (PubMed
  // Central's `figure > h3` "Figure 1. …").
  const first = el.firstElementChild;
  if (first && SECTION_HEADING.test(first.tagName) && el.tagName !== 'FIGURE') return false;
  let media = false;
  const texts: Element[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 3) {
      if ((c.nodeValue ?? '').trim()) return false;
    } else if (c.nodeType === 1) {
      const e = c as Element;
      if (isMediaOnly(e)) media = true;
      else if ((e.textContent ?? '').trim() && texts.push(e) > 2) return false;
    }
  }
  if (!media || !texts.length) return false;
  const len = (el.textContent ?? '').trim().length;
  // The subtree queries last: every test must pass, and they are the dear ones (a wrapper of an article's
  // paragraphs fails on its length first).
  return len > 0 && len <= 300 && !texts.some((e) => e.querySelector(NOT_CAPTION));
}

/**
 * True when a picture box (see isCaptionBox) is a picture in a paragraph of its own beside one paragraph of
 * sentences: the text's flow (a wiki section's floated screenshot and its paragraph, DokuWiki's
 * `<p><img class="mediaright"></p><p>…</p>`), not a picture and its caption (a caption is a line or two; a news
 * picture's credit and title stand in a paragraph of their own). Read after proseBoxes, which counts every picture
 * box of prose to tell a blog that wraps each picture with its paragraph.
 */
function isPictureBesideProse(box: Element): boolean {
  let mediaParagraph = false;
  let prose: Element | null = null;
  for (let c = box.firstElementChild; c; c = c.nextElementSibling) {
    if (c.tagName === 'P' && isMediaOnly(c)) mediaParagraph = true;
    else if ((c.textContent ?? '').trim()) {
      if (prose || c.tagName !== 'P') return false;
      prose = c;
    }
  }
  return mediaParagraph && !!prose && isProseParagraph(prose);
}

/** Words a paragraph beside a picture needs to be text rather than its caption (two sentences and more). */
const PROSE_WORDS = 25;

/** A paragraph of two sentences or more, 25 words or more, that ends as a sentence does. */
function isProseParagraph(p: Element): boolean {
  const t = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
  if ((t.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0) < PROSE_WORDS || !/[.!?。！？][")'”’»]?$/u.test(t)) return false;
  return (t.match(/[\p{Ll}\p{N})”’"'][.!?。！？]\s+[\p{Lu}\p{Lo}"“‘(]/gu)?.length ?? 0) >= 1;
}

/** A link to a page in el (a photo linked to its full size is still a picture). */
function linksToPage(el: Element): boolean {
  for (const a of byTag(el, 'a')) if (isPageHref(a.getAttribute('href'))) return true;
  return false;
}

/**
 * Picture boxes that link to a page it takes to make them a listing's cards rather than captioned pictures, and
 * the share of the text they must hold (an article closing on a row of linked pictures of other articles is not
 * a listing).
 */
const CARD_BOXES = 3;
const CARD_SHARE = 0.2;

const textLength = (n: Node) => (n.textContent ?? '').replace(/\s+/g, ' ').trim().length;

/** Children a grid of pictures has at least (two cards side by side, a row of three icons). */
const GRID_CHILDREN = 2;

/**
 * True when the picture box stands in a grid of pictures: past the wrappers that hold only it, its parent has two
 * children or more that hold a picture and every other one is empty (a service page's feature icons, a row of
 * testimonials with their photos, a team's portraits). Its text is the grid's content, not a caption. A caption
 * stands in the flow of an article: next to paragraphs without a picture. An empty child is a row's break, not a
 * paragraph: builders print one between a grid's rows (Tilda's `t-clear` separator, Bootstrap's `w-100` column
 * break, a float's clearfix), and a feature list of icons so drawn lost every item's text as a caption.
 */
function inPictureGrid(box: Element, root: Node): boolean {
  let el = box;
  while (el.parentElement && el.parentElement !== root && childElements(el.parentElement, 2) === 1)
    el = el.parentElement;
  const grid = el.parentElement;
  if (!grid || childElements(grid, GRID_CHILDREN) < GRID_CHILDREN) return false;
  let pictured = 0;
  for (let c = grid.firstElementChild; c; c = c.nextElementSibling) {
    if (MEDIA.has(c.tagName) || queryFirst(c, 'img, picture, video')) pictured++;
    else if (c.firstChild && textLength(c)) return false;
  }
  return pictured >= GRID_CHILDREN;
}

/** Characters of a picture box's text at least for it to be a paragraph of prose (a caption is a line or two). */
const PROSE_BOX = 100;

/** Picture boxes of prose it takes, holding this share of the text, to make them the article's paragraphs. */
const PROSE_BOXES = 3;
const PROSE_BOX_SHARE = 0.1;

const SENTENCE_END = /[.!?…。！？]["”’)]?$/u;

/**
 * The picture boxes whose text is the article's prose, not captions: three or more boxes whose text is a paragraph
 * (100 characters or more, ending on a sentence's end) that together hold a tenth of the text. A blog that wraps each
 * picture with the paragraph after it in a `<div>` of its own (a framework guide: 21 such boxes, 17 % of its words)
 * prints its paragraphs so; a news story's captions are a few lines, a small share of the story, and a gallery's
 * short captions stay captions.
 */
function proseBoxes(boxes: Set<Element>, root: Node): Element[] {
  const prose: Element[] = [];
  let chars = 0;
  for (const b of boxes) {
    const t = (b.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t.length < PROSE_BOX || !SENTENCE_END.test(t)) continue;
    prose.push(b);
    chars += t.length;
  }
  return prose.length >= PROSE_BOXES && chars >= textLength(root) * PROSE_BOX_SHARE ? prose : [];
}

/**
 * True when a picture box is the whole text of a thread's post, as the thread is written (see threadElement in
 * extract-thread.ts: an `<article>` whose `<header>` names the author or the time, then one box of the post's text):
 * what a member wrote beside a picture they posted ("Scharnhorst strikes again :P" above a screenshot), not a
 * picture's caption. A forum's picture posts lost their only line, and posts of one picture and a line came out empty.
 */
function isPostText(box: Element): boolean {
  const head = box.closest('article')?.firstElementChild;
  if (!head || head.tagName !== 'HEADER' || !queryFirst(head, 'cite, time')) return false;
  const body = head.nextElementSibling;
  return !!body && !body.nextElementSibling && body.contains(box) && textLength(box) === textLength(body);
}

/**
 * The picture boxes under root, found from its images up (three levels at most): one pass, not a test per
 * element. Boxes that link to a page are cards (a product's picture and name, a listing's thumbnail and
 * title) when there are three or more of them holding a fifth of the text: their text is the listing's, not a
 * caption. Boxes in a grid of pictures are not captions either (see inPictureGrid), nor boxes of the article's
 * paragraphs (see proseBoxes).
 */
function captionBoxes(root: Node): Set<Element> {
  const boxes = new Set<Element>();
  const cards: Element[] = [];
  // Wrappers already found not to be picture boxes (a gallery's images share their ancestors): tested once.
  const notBoxes = new Set<Element>();
  const media = (root as ParentNode).querySelectorAll?.('img, picture, video') ?? [];
  for (const m of media) {
    let el = m.parentElement;
    for (let i = 0; el && el !== root && i < 3; i++, el = el.parentElement) {
      if (notBoxes.has(el)) continue;
      if (boxes.has(el) || isCaptionBox(el)) {
        if (!boxes.has(el) && linksToPage(el)) cards.push(el);
        boxes.add(el);
        break;
      }
      notBoxes.add(el);
    }
  }
  if (cards.length >= CARD_BOXES && cards.reduce((n, c) => n + textLength(c), 0) >= textLength(root) * CARD_SHARE)
    for (const c of cards) boxes.delete(c);
  for (const b of boxes) if (inPictureGrid(b, root)) boxes.delete(b);
  for (const b of proseBoxes(boxes, root)) boxes.delete(b);
  for (const b of boxes) if (isPictureBesideProse(b) || isPostText(b)) boxes.delete(b);
  return boxes;
}

/**
 * True when a figcaption is a line of the text, not a picture's caption: it titles a code listing ("Listing 4-1: A
 * variable and the scope in which it is valid": its figure holds code) or a table (Quarto prints a captioned table as
 * a `<figure>` whose `<figcaption>` reads "Table 1.1: Terms"), which the text refers to by that title, or
 * it names who said a quotation beside it (Bootstrap's `figcaption.blockquote-footer` after a `blockquote`, in a
 * `<figure>` or loose in a carousel's slide: "Priya Shah, Shah Opticians" under a testimonial). Never where a picture
 * stands in the same box.
 */
function isTextCaption(el: Element): boolean {
  const box = el.parentElement;
  if (!box || queryFirst(box, 'img, picture, video, svg, canvas')) return false;
  if (box.tagName === 'FIGURE' && queryFirst(box, 'pre, table')) return true;
  for (let c = box.firstElementChild; c; c = c.nextElementSibling) if (c.tagName === 'BLOCKQUOTE') return true;
  return false;
}

/**
 * Captions and credits are not body text: a figcaption (not a code listing's title nor a quotation's attribution, see
 * isTextCaption), a figure holding no prose block (image, caption and credit only), or a picture box (see
 * isCaptionBox). They stay in the article HTML; word counts, search and scoring skip them.
 */
function isCaption(el: Element, tag: string, boxes: Set<Element>): boolean {
  return (
    (tag === 'FIGCAPTION' && !isTextCaption(el)) ||
    (tag === 'FIGURE' && !queryFirst(el, 'p, blockquote, table, ul, ol, pre')) ||
    boxes.has(el)
  );
}

/** Letters of scripts that separate words with spaces (not Chinese, Japanese, Korean, Thai…). */
const SPACED_LETTER = /(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}])\p{L}/u;

/** Characters of a laid-out piece at most (a name, a type, a label, a date): longer runs are prose. */
const PIECE = 80;

/** Inline elements whose text runs on from the one before by design (a power, an index, a footnote mark). */
const RUNS_ON = new Set(['SUP', 'SUB', 'BR', 'WBR', 'CODE']);

/**
 * How an element's children are laid out when they are elements only (no text of its own between them: whitespace
 * at most at the edges): `pieces` a page lays out with CSS (a field name and its type as sibling <span>s, an author
 * and a date), whose text a browser's layout spaces and the markup does not; `paragraph` for a `<p>` of elements,
 * which is prose an editor cut into runs, sometimes inside a word ("reprints, d" + "epicting"), or a row Readability
 * turned into a paragraph (a filter's option and its count: its `<div>` held no block); null otherwise.
 */
function laidOut(node: Node): 'pieces' | 'paragraph' | null {
  if (node.nodeType !== 1 || childElements(node as Element, 2) < 2) return null;
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 && (c.nodeValue ?? '').trim()) return null;
  return (node as Element).tagName === 'P' ? 'paragraph' : 'pieces';
}

/**
 * True when two inline sibling pieces with nothing between them would glue two words ("amount" + "integer",
 * "Amy" + "September 11"): each holds two to 80 characters (a drop cap's letter runs on into its word; a run of
 * prose cut by an editor may end inside a word) and the text so far ends with a letter where the next piece starts
 * with one, or a number follows a word (a filter's option and its count, "Accessories" + "1385"; a model and
 * its number, "RTX" + "5060"). A word after a number runs on ("128" + "GB": a unit), and so do two numbers (a
 * price's units and cents). In a paragraph (`words`: its runs may cut a word) only a number after a word is spaced,
 * as it is in the `<div>` the region copy keeps (the two texts are compared word for word), and so are two
 * labels or tabs (see `namesControl`).
 */
function gluesWords(a: Element, b: Element, out: string[], words: boolean, wordBreaks: boolean): boolean {
  if (BLOCK.has(a.tagName) || BLOCK.has(b.tagName) || RUNS_ON.has(a.tagName) || RUNS_ON.has(b.tagName)) return false;
  if (a.nextSibling !== b && (!onlyEmptyBetween(a, b) || (wordBreaks && breaksWordBetween(a, b)))) return false;
  const next = (b.textContent ?? '').trim();
  const prev = (a.textContent ?? '').trim().length;
  if (next.length < 2 || prev < 2 || next.length > PIECE || prev > PIECE) return false;
  const last = lastChar(out);
  const spaced = !words || (namesControl(a) && namesControl(b));
  return (DIGIT.test(next[0]) || (spaced && SPACED_LETTER.test(next[0]))) && SPACED_LETTER.test(last);
}

/**
 * A `<label>` or a tab (`role=tab`) names one control each, never part of a word: MkDocs Material's content tabs are
 * `<label>`s in a row ("YAML", "TOML"), which Readability turns into a paragraph ("YAMLTOML" in the text).
 */
const namesControl = (el: Element): boolean => el.tagName === 'LABEL' || el.getAttribute('role') === 'tab';

/** A decimal digit (Unicode). */
const DIGIT = /\p{Nd}/u;

/** The last character of the text so far ('' when there is none). */
function lastChar(out: readonly string[]): string {
  let i = out.length - 1;
  while (i >= 0 && !out[i]) i--;
  return i >= 0 ? out[i][out[i].length - 1] : '';
}

/** A letter or a digit: the end of a word a label could glue onto ("tomcat8" + "AUR"). */
const WORD_END = /[\p{L}\p{N}]/u;

/**
 * True when a `<sup>` is a label set on the element before it, not part of a word: the Arch wiki's "AUR" after a
 * package's link (`<a>pkgcacheclean</a><sup><small>AUR</small></sup>`, "pkgcachecleanAUR" in the text). It stands
 * right after an element (no text between: a power or an ordinal follows its number or letters as text,
 * "2<sup>nd</sup>", "M<sup>lle</sup>"), holds a word of two letters or more (a one-letter index runs on,
 * `<var>x</var><sup>n</sup>`), and the text so far ends with a letter or a digit.
 */
function labelsElement(prev: Node | null, sup: Element, out: string[]): boolean {
  if (!prev || prev.nodeType !== 1 || prev.nextSibling !== sup) return false;
  const own = (sup.textContent ?? '').trim();
  if (own.length < 2 || !SPACED_LETTER.test(own[0]) || !SPACED_LETTER.test(own[1])) return false;
  return WORD_END.test(lastChar(out));
}

/**
 * True when a `<wbr>` stands between two sibling pieces: a break opportunity inside one word, never a space. Dokka
 * prints a member's camel-case name as `<span>camera</span><wbr></wbr><span>Matrix</span>` in its tables and
 * headings so a narrow column may wrap it; spaced as two pieces, the name read as two words ("camera Matrix"). Read
 * only when the pieces would be spaced and only empty nodes stand between them (the loop onlyEmptyBetween ran), and
 * only for the text the app stores (htmlToText): the choices between blocks weigh words as they always did, so a
 * page's choice does not move with it (a class page's tables hold most of its names: counted as one word each, the
 * region's gain over Readability's block shrank, and a written Dokka page lost its tables to the block).
 */
function breaksWordBetween(a: Element, b: Element): boolean {
  for (let n = a.nextSibling; n && n !== b; n = n.nextSibling) if ((n as Element).tagName === 'WBR') return true;
  return false;
}

/** True when only comments and empty elements stand between two siblings (an icon's empty <span>). */
function onlyEmptyBetween(a: Element, b: Element): boolean {
  for (let n = a.nextSibling; n && n !== b; n = n.nextSibling) {
    if (n.nodeType === 3 && n.nodeValue) return false;
    if (n.nodeType === 1 && (n.textContent ?? '') !== '') return false;
  }
  return true;
}

/**
 * Plain text of a DOM subtree with a line break at every block element and a space between table
 * cells, whitespace collapsed within lines; a `<pre>` keeps its own line breaks (a code block reads
 * line by line). Unlike `textContent`, "treatment</p><p>Credit" stays two words. The text the choices weigh: two
 * pieces with a `<wbr>` between them stay spaced here (see breaksWordBetween).
 */
export function nodeToText(root: Node): string {
  return subtreeText(root, false);
}

/** nodeToText's walk; `wordBreaks`: two pieces with a `<wbr>` between them run on (the stored text, htmlToText). */
function subtreeText(root: Node, wordBreaks: boolean): string {
  const out: string[] = [];
  const boxes = captionBoxes(root);
  let pre = 0; // inside <pre>: the source's line breaks are the text's (a code block keeps its lines)
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      out.push(pre ? v.replace(/\r\n?/g, '\n').replace(/[^\S\n]+/g, ' ') : v.replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = (node as Element).tagName?.toUpperCase();
    if (tag && (SKIP.has(tag) || isCaption(node as Element, tag, boxes))) return;
    const block = tag ? BLOCK.has(tag) : false;
    if (block) out.push('\n');
    if (tag === 'PRE') pre++;
    const pieces = !pre && tag !== 'CODE' ? laidOut(node) : null;
    let prev: Node | null = null;
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (
        pieces &&
        c.nodeType === 1 &&
        prev &&
        gluesWords(prev as Element, c as Element, out, pieces === 'paragraph', wordBreaks)
      )
        out.push(' ');
      else if (!pre && (c as Element).tagName === 'SUP' && labelsElement(prev, c as Element, out)) out.push(' ');
      walk(c);
      if (c.nodeType === 1 && (c.textContent ?? '').trim()) prev = c;
      else if (c.nodeType === 3) prev = null;
    }
    if (tag === 'PRE') pre--;
    if (block) out.push('\n');
    else if (tag === 'TD' || tag === 'TH') out.push(' ');
  };
  walk(root);
  return out
    .join('')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** Plain text of an HTML fragment, parsed in the given document's context: the stored text (see nodeToText). */
export function htmlToText(html: string, doc: Document = document): string {
  const tpl = doc.createElement('template');
  tpl.innerHTML = html;
  return subtreeText(tpl.content, true);
}
