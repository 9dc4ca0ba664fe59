import { joinRegExp } from '@/utils/lib/join-regexp';
import { sizeOf } from './clutter-guard';
import { byTag } from './tag-list';

/**
 * Readability 0.6.0's tests of class and id words (its `REGEXPS.unlikelyCandidates`, `okMaybeItsACandidate`
 * and `negative`, copied: they are not exported). They match inside words, so utility classes of CSS
 * frameworks trip them: Tailwind's `scroll-mt-2`, `hidden md:block`, `media-…`, a layout's `example-header`.
 */
const UNLIKELY = joinRegExp(
  '',
  [
    /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends/,
    /menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate/,
    /pagination|pager|popup|yom-remote/,
  ],
  '',
  'i',
);
const MAYBE = /and|article|body|column|content|main|shadow/i;
const NEGATIVE = joinRegExp(
  '',
  [
    /-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta/,
    /outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget/,
  ],
  '',
  'i',
);

/** Readability 0.6.0's `REGEXPS.positive` (copied): class and id words it weighs as content (+25). */
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story/i;

/**
 * True when a class word of `el` names code as content (Docusaurus's `codeBlockContent_biex`): a positive word for
 * Readability in a word that names the box as code. Utility classes that only hold a positive word (Tailwind's
 * `text-gray-400`) are left: the page's other blocks carry them as well.
 */
function namesCodeAsContent(el: Element): boolean {
  return (el.getAttribute('class') ?? '')
    .split(/\s+/)
    .some((w) => POSITIVE.test(w) && /code|highlight|snippet/i.test(w));
}

/** Characters a code block's wrapper may show besides its code: a language label, a file name, "Copy". */
const LABEL_CHARS = 60;

/** True when Readability would drop the element for its class or id words (unlikely, or a negative weight). */
export function readabilityDrops(el: Element): boolean {
  const words = `${el.getAttribute('class') ?? ''} ${el.id}`;
  return NEGATIVE.test(words) || (UNLIKELY.test(words) && !MAYBE.test(words));
}

/** True when Readability's first pass would remove the element for its class or id words as an unlikely candidate. */
function readabilityUnlikely(words: string): boolean {
  return UNLIKELY.test(words) && !MAYBE.test(words);
}

/** True when a `<code>` holds `el` within three levels up (Readability's `_hasAncestorTag(node, "code")`). */
function codeWithinThree(el: Element): boolean {
  let p = el.parentElement;
  for (let depth = 0; p && depth < 3; depth++, p = p.parentElement) if (p.localName === 'code') return true;
  return false;
}

/**
 * A highlighter's token classes inside a code block are the code's, not the page's sections: godoc, YARD, CodeRay,
 * rustdoc's older builds and Vim's TOhtml print a comment as `<span class="comment">` in a `<pre>` with no `<code>`,
 * and Readability's first pass removes an element whose class reads as an unlikely candidate (it spares one under a
 * `<code>` three levels up at most, and a link): every comment line of such a block went (a Go example's "// Output:"),
 * though the region copy kept them. Those words are taken off here, after the census and before either copy is taken,
 * so Readability's block and the region hold the same code. Elements under a `<code>` (Prism's and highlight.js's
 * `token comment`, `hljs-comment`) and links are Readability's own exceptions and left as they are. Reads the block's
 * elements only where its markup holds a word Readability reads as unlikely (one test of its HTML first).
 */
function freeCodeTokens(pre: Element): void {
  if (!UNLIKELY.test(pre.innerHTML)) return;
  for (const el of byTag(pre, '*')) {
    if (el.localName === 'a' || codeWithinThree(el)) continue;
    if (readabilityUnlikely(`${el.getAttribute('class') ?? ''} ${el.id}`)) {
      el.removeAttribute('class');
      el.removeAttribute('id');
    }
  }
}

/** True when text (not only white space) stands directly in `el`, outside its child elements. */
function ownText(el: Element): boolean {
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 3 && (n.nodeValue ?? '').trim()) return true;
  return false;
}

/**
 * A class or id word that names a post's text: a word of a comment or a message joined to a word of text
 * (`bz_comment_text`, `comment_text_4`, `message-body`, `msg_content`).
 */
const MESSAGE_TEXT = /(comment|message|msg|post|reply)[-_]?(text|body|content)/i;

/**
 * True when a `<pre>` is a post's text printed as it was typed, not code: its class or id names a comment's or a
 * message's text (see MESSAGE_TEXT). Bugzilla prints each comment as `pre.bz_comment_text#comment_text_N`; with its
 * words taken off (below, for Readability's sake) the thread pass found no text block in the comment and kept its
 * "Comment 3" link instead. Readability drops such a block whatever its words: a comment is not an article.
 */
function isMessageText(pre: Element): boolean {
  return MESSAGE_TEXT.test(`${pre.getAttribute('class') ?? ''} ${pre.id}`);
}

/**
 * Code blocks are the author's, whatever classes their wrappers carry: a `<pre>` and the boxes that hold
 * only it (with a language label or a copy button) lose the class and id words Readability reads as
 * clutter. A documentation site's code box `class="group … scroll-mt-2 …"` took a negative weight, and
 * Readability's conditional cleaning removed the code between two paragraphs that explain it. A wrapper
 * with text of its own beyond a label (a section, a sidebar holding a snippet) stays as it is. A `<div>` that holds
 * only a code block with links (ExDoc's `div.specs` around a function's `@spec`, whose types link to their pages) is
 * unwrapped: Readability's conditional cleaning removes a `<div>` whose text is a fifth links, never a `<pre>`.
 * Runs after the clutter pass's census (sizes come from it); `pres` are the page's code blocks.
 */
export function freeCodeBlocks(pres: Iterable<Element>, body: Element): void {
  for (const pre of pres) {
    if (!pre.isConnected || !body.contains(pre) || isMessageText(pre)) continue;
    freeCodeTokens(pre);
    // Code whose words link to their definitions (a function's typespec, a signature's types) is a fifth links or more.
    const linked = sizeOf(pre).linkChars > 0;
    for (let el: Element | null = pre; el && el !== body && !/^(MAIN|ARTICLE)$/.test(el.tagName);) {
      if (el !== pre) {
        let code = 0;
        for (const p of byTag(el, 'pre')) code += sizeOf(p).chars;
        if (sizeOf(el).chars - code > LABEL_CHARS) break;
      }
      // A box of code alone is never the article: a class word that names it content (Docusaurus's
      // `codeBlockContent_…`, see namesCodeAsContent) made it the best block of a short page, and the page came out as
      // its code.
      if (readabilityDrops(el) || (el !== pre && namesCodeAsContent(el))) {
        el.removeAttribute('class');
        el.removeAttribute('id');
      }
      // Readability's conditional cleaning takes a <div> a fifth links (never a <pre>): a box of the code alone goes.
      const parent: Element | null = el.parentElement;
      if (linked && el !== pre && el.tagName === 'DIV' && el.childElementCount === 1 && !ownText(el))
        el.replaceWith(...el.childNodes);
      el = parent;
    }
  }
}
