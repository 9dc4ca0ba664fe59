import type { Census } from './page-census';
import { linkDensity, sizeOf } from './clutter-guard';
import { readabilityDrops } from './code-wrappers';

/**
 * Class names of the block that holds an entry's doc comment, as reference generators print it: rustdoc's
 * `docblock`, Doxygen's `textblock` and `memdoc`, TypeDoc's `tsd-comment`, pdoc's and others' `docstring`. Matched
 * in the class attribute as one of its words (split at ASCII whitespace, as `classList` splits it): a `classList`
 * built for each classed block of the page cost more than the rest of this pass in jsdom.
 */
const DOC_CLASS = /(?:^|[\t\n\f\r ])(?:docblock|textblock|memdoc|docstring|doc-comment|tsd-comment)(?=[\t\n\f\r ]|$)/;

/** Characters of text that is not links a doc comment holds at least, and of all its text at most. */
const MIN_OWN_CHARS = 30;
const MAX_CHARS = 1500;

/**
 * True when the block ends with a "Read more" link: a summary of a comment printed in full elsewhere (rustdoc's
 * trait implementations repeat the first line of each trait method's documentation so).
 */
function endsWithReadMore(el: Element): boolean {
  const links = el.getElementsByTagName('a');
  const last = links[links.length - 1];
  if (!last || !/^read more$/i.test((last.textContent ?? '').trim())) return false;
  return (el.textContent ?? '').trim().endsWith((last.textContent ?? '').trim());
}

/**
 * A reference page's doc comments are short and point elsewhere ("`Result` is a type that represents either success
 * (`Ok`) or failure (`Err`). See the module documentation for details."): Readability's conditional cleaning removes
 * a block of low class weight whose text is a fifth links or more, and rustdoc's description of the item went so.
 * A block whose class names a doc comment (see DOC_CLASS) and that holds 30 characters or more of text that is not
 * links, up to 1,500 characters and under half links, not ending in a "Read more" link, gets the class word
 * Readability weighs as content (`text`), as the admonitions do (see keepAdmonitions); a class Readability reads as
 * negative is replaced by it. Run after the clutter pass, on the working copy.
 */
export function keepDocComments(c: Census): void {
  for (const el of c.classed) {
    if (!DOC_CLASS.test(el.getAttributeNS(null, 'class') ?? '') || !el.isConnected) continue;
    unmarkParts(el);
    if (el.tagName !== 'DIV' || !weighAsText(el)) {
      // Too short, too linky or no <div> to be weighed as content, it is still no reader's comment (see unmarkComment).
      unmarkComment(el);
      continue;
    }
    if (readabilityDrops(el)) {
      el.setAttribute('class', 'text');
      el.removeAttribute('id');
    } else el.classList.add('text');
  }
}

/** True when a doc comment's `<div>` gets the content word `text` (see keepDocComments' sizes). */
function weighAsText(el: Element): boolean {
  const n = sizeOf(el).chars;
  if (!n || n > MAX_CHARS || endsWithReadMore(el)) return false;
  const density = linkDensity(el);
  return density < 0.5 && n * (1 - density) >= MIN_OWN_CHARS;
}

/**
 * A documentation comment is the manual's text, whatever its size: TypeDoc 0.26+ prints a class's description as
 * `section.tsd-panel.tsd-comment` around a `div.tsd-comment.tsd-typography`, and each member's as such a `<div>`,
 * and Readability removes every box whose class holds "comment" (its unlikely candidates) before scoring, so a
 * class page lost its description and every member's short one ("Adds a label to the character."). A box whose class
 * names a doc comment (DOC_CLASS) and that Readability would drop for its words loses its class and id words, as a
 * code block's wrappers do (see freeCodeBlocks): no weight either way, and no "comment" left for the test.
 */
function unmarkComment(el: Element): void {
  if (!readabilityDrops(el) || !(el.textContent ?? '').trim()) return;
  el.removeAttribute('class');
  el.removeAttribute('id');
}

/**
 * The boxes inside a doc comment are its parts, whatever their class words: TypeDoc prints a `@remarks` block as
 * `div.tsd-tag-remarks`, and "remark" is one of Readability's unlikely words, so a member's remarks went before
 * scoring. Each descendant of a doc comment's box (`el`) that Readability would drop for its words loses them
 * (see unmarkComment). Read only inside boxes whose class names a doc comment.
 */
function unmarkParts(el: Element): void {
  const parts = el.getElementsByTagName('*');
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part.hasAttribute('class') || part.id) unmarkComment(part);
  }
}
