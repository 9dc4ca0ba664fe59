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
    if (el.tagName !== 'DIV' || !DOC_CLASS.test(el.getAttributeNS(null, 'class') ?? '')) continue;
    const n = sizeOf(el).chars;
    if (!n || n > MAX_CHARS || !el.isConnected) continue;
    if (endsWithReadMore(el)) continue;
    const density = linkDensity(el);
    if (density >= 0.5 || n * (1 - density) < MIN_OWN_CHARS) continue;
    if (readabilityDrops(el)) {
      el.setAttribute('class', 'text');
      el.removeAttribute('id');
    } else el.classList.add('text');
  }
}
