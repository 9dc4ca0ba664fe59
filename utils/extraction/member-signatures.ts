import type { Census } from './page-census';
import { linkDensity, sizeOf } from './clutter-guard';
import { readabilityDrops } from './code-wrappers';
import { byTag } from './tag-list';

/**
 * Class names of the box a reference generator prints a member's signature in: Doxygen's `memproto` and its
 * `memname` table, javadoc's (17+) `member-signature`, TypeDoc's `tsd-signature`. Matched as a word of the class
 * attribute (split at ASCII whitespace), as DOC_CLASS is in keepDocComments. Not a bare `signature`: a forum
 * member's signature is chrome.
 */
const SIGNATURE_CLASS = /(?:^|[\t\n\f\r ])(?:memproto|memname|member-signature|tsd-signature)(?=[\t\n\f\r ]|$)/;

/** Characters a signature holds at most (a C++ template with a dozen parameters fits). */
const MAX_CHARS = 600;

/** Adds Readability's content class word to `el` (or puts it in place of the class words it would drop). */
function markAsText(el: Element): void {
  if (readabilityDrops(el)) {
    el.setAttribute('class', 'text');
    el.removeAttribute('id');
  } else el.classList.add('text');
}

/**
 * A member's signature names its types, and each type is a link: "bool spool::RingBuffer< T, N >::push ( const
 * T & value )" is a third links. Doxygen lays a signature out as a table (one cell per part, in another table when
 * the member has labels such as `noexcept` or `static`), and Readability's conditional cleaning removes a table of low
 * class weight whose text is a fifth links: every signature of a C++ class with labels went, and its documentation
 * stood under a bare "◆ push()". A box whose class names a signature (see SIGNATURE_CLASS), up to 600 characters
 * and under half links, gets the class word Readability weighs as content (`text`), and so do the tables in it (a
 * table's own weight decides). Run after the clutter pass, on the working copy.
 */
export function keepMemberSignatures(c: Census): void {
  for (const el of c.classed) {
    if (!SIGNATURE_CLASS.test(el.getAttributeNS(null, 'class') ?? '')) continue;
    const n = sizeOf(el).chars;
    if (!n || n > MAX_CHARS || !el.isConnected || linkDensity(el) >= 0.5) continue;
    markAsText(el);
    for (const table of byTag(el, 'table')) markAsText(table);
  }
}
