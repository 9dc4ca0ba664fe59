import type { Census } from './page-census';
import { holdsArticle, sizeOf } from './clutter-guard';
import { queryFirst } from './dom-query';
import { byTag } from './tag-list';
import { SPACER, isSiteName, moveOpening } from './title-before-main';

/** Boxes between the title's `<header>` and the text that a reader does not read as text: a contents list. */
const CONTENTS_BOX = /^(NAV|ASIDE|DIV|SECTION)$/;

/** Share of a box's text in links over which it is a contents list (odoc's "odoc-tocs" around its `<nav>`). */
const CONTENTS_LINKS = 0.8;

/**
 * A manual's title and summary in a `<header>` of their own, before the text's box, on a page with no `<main>`:
 * odoc (OCaml) prints each module as `<header class="odoc-preamble">` (the `<h1>` "Module Ppxlib.Code_path" and the
 * module's summary, "This module contains type and functions for representing and manipulating path to AST
 * nodes.") and then `<div class="odoc-content">` with the module's entries. Readability takes the entries' block and
 * leaves the header (a sibling scored low) out, and the summary was lost; `joinTitleBeforeMain` asks for a `<main>`.
 * When the page prints code (a manual: the census counted its `<pre>`/`<code>`), has no `<main>` and one `<h1>`,
 * inside a `<header>` (the tag, whatever its class), and the header's next sibling (rules, empty boxes and contents
 * lists of links aside) holds article prose and no `<h1>`, what follows the title in the header moves to the start
 * of that box (see moveOpening: not its navs, forms or asides, and only one sentence or more, mostly not links). A
 * site header whose `<h1>` is the site's name moves nothing (isSiteName); neither does a news page (no code).
 */
export function joinHeaderBeforeText(c: Census): void {
  if (c.mains.length || !c.codeCount) return;
  const doc = c.classed[0]?.ownerDocument;
  if (!doc) return;
  const h1s = byTag(doc, 'h1');
  if (h1s.length !== 1) return;
  const h1 = h1s[0];
  const box = h1.closest('header');
  if (!box || isSiteName(h1)) return;
  let text = box.nextElementSibling;
  while (text && (SPACER.test(text.tagName) || isContentsBox(text))) text = text.nextElementSibling;
  if (!text || !holdsArticle(text) || queryFirst(text, 'h1')) return;
  moveOpening(box, h1, text);
}

/** An empty box, or a box of links only (a contents list) between the title and the text. */
function isContentsBox(el: Element): boolean {
  const s = sizeOf(el);
  return s.chars === 0 || (CONTENTS_BOX.test(el.tagName) && s.linkChars >= s.chars * CONTENTS_LINKS);
}
