import type { Census } from './page-census';
import { readabilityDrops } from './code-wrappers';
import { queryFirst } from './dom-query';

/**
 * A manual's inline code and its tables are its text by their tag, whatever the generator calls them: Nextra 3 and 4
 * print every inline code as `<code class="nextra-code">` and every table as `<table class="… nextra-scrollbar …">`,
 * and Readability's unlikely-candidates test, which matches inside words, reads "nextra" as "extra" and removes them
 * before it scores the page ("The <code>Unique Humanity (binary)</code> Scorer …" came out "The  Scorer …", and a
 * table of thresholds went). Where Readability would drop such an element for its class or id words (see
 * readabilityDrops), those words are taken off: an inline `<code>`, and a `<table>` of data (one that has header
 * cells: a layout table named "footer" or "sidebar" is left as it is). Code blocks are freeCodeBlocks' (their
 * `<pre>`). Reads only the census's classed elements' tags; run after the clutter pass, on the working copy.
 */
export function keepContentTags(c: Census): void {
  for (const el of c.classed) {
    const tag = el.tagName;
    if (tag !== 'CODE' && tag !== 'TABLE') continue;
    if (!el.isConnected || !readabilityDrops(el)) continue;
    if (tag === 'CODE' ? el.parentElement?.tagName === 'PRE' : !queryFirst(el, 'th')) continue;
    el.removeAttribute('class');
    if (el.id && readabilityDrops(el)) el.removeAttribute('id');
  }
}
