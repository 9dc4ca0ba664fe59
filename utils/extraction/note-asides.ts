import type { Census } from './page-census';
import { asBlock } from './admonitions';
import { linkDensity, sizeOf } from './clutter-guard';
import { readabilityDrops } from './code-wrappers';

/** The blocks a document's text is written in: an aside standing between two of them is in its flow. */
const FLOW_TAGS = new Set(['P', 'PRE', 'TABLE', 'UL', 'OL', 'DL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** What a note does not hold: a page's chrome, a form, a picture, a heading of its own (a side column's box). */
const NOT_IN_NOTE =
  'nav, header, footer, form, input, select, textarea, button, img, svg, iframe, h1, h2, h3, h4, h5, h6';

/** Characters of text that is not links a note holds at least, and of all its text at most. */
const MIN_OWN_CHARS = 20;
const MAX_CHARS = 800;

/** The nearest element sibling before (`prev`) or after `el`. */
const sibling = (el: Element, prev: boolean): Element | null =>
  prev ? el.previousElementSibling : el.nextElementSibling;

/** True when `el`'s parent holds two paragraphs or more among its own children (the body of a document). */
function inDocumentBody(el: Element): boolean {
  let paragraphs = 0;
  for (let k = el.parentElement?.firstElementChild; k; k = k.nextElementSibling)
    if (k.tagName === 'P' && ++paragraphs >= 2) return true;
  return false;
}

/**
 * A note written as an `<aside>` in the document's flow: Slate (API references made with it) writes its
 * `<aside class="notice">`, `"warning"` and `"success"` notes with no label, bare sentences between the paragraphs and
 * tables of the text; Readability removes every `<aside>`, and the region copy leaves asides out as side columns, so
 * the notes went (as in vanilla Readability). An aside with no role (or `role=note`) whose element siblings on both
 * sides are blocks of text (paragraphs, code, tables, lists, headings), whose parent holds two paragraphs or more,
 * that holds 20 characters or more of text outside links and 800 at most, under half links, and no chrome, form,
 * control, picture or heading, becomes the block it reads as. Read by structure (the class words are the site's);
 * only on pages that declare no article (a news story's pull quotes and boxes are the story's layout), from the
 * census's list of short-tag elements.
 */
export function keepNoteAsides(c: Census): void {
  for (const el of c.short) {
    if (el.tagName !== 'ASIDE' || !el.isConnected) continue;
    const role = el.getAttribute('role');
    if (role && role !== 'note') continue;
    const before = sibling(el, true);
    const after = sibling(el, false);
    if (!before || !after || !FLOW_TAGS.has(before.tagName) || !FLOW_TAGS.has(after.tagName)) continue;
    const { chars } = sizeOf(el);
    if (!chars || chars > MAX_CHARS) continue;
    const density = linkDensity(el);
    if (density >= 0.5 || chars * (1 - density) < MIN_OWN_CHARS) continue;
    if (el.querySelector(NOT_IN_NOTE) || !inDocumentBody(el)) continue;
    const box = asBlock(el);
    if (readabilityDrops(box)) {
      box.setAttribute('class', 'text');
      box.removeAttribute('id');
    }
  }
}
