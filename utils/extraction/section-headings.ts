import type { Census } from './page-census';
import { holdsArticle, linkDensity, sizeOf } from './clutter-guard';
import { queryFirst } from './dom-query';
import { byTag } from './tag-list';

/**
 * Readability 0.6.0's `unlikelyCandidates` (`REGEXPS`, not exported): an element whose class or id matches it (and
 * not `okMaybeItsACandidate`) is removed before scoring, whatever its tag.
 */
const UNLIKELY = new RegExp(
  '-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|' +
    'related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|' +
    'pager|popup|yom-remote',
  'i',
);
const OK_MAYBE = /and|article|body|column|content|main|shadow/i;

/** Class words that name a heading as what it is ("header-anchor-post", "section-heading"). */
const HEADER_WORD = /header|heading/i;
const HEADER_WORDS = /header|heading/gi;

const SECTION_HEADING = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * The class of `el` without the words that name it a header, when those words are all that makes Readability drop
 * it (its class or id matches `unlikelyCandidates` only through them, nothing matches `okMaybeItsACandidate`, and
 * the id is not unlikely, but for a section heading's id that is only through a header word: see moveHeaderId);
 * otherwise null. "comments-header" names a comment section whatever the header word says.
 */
function classWithoutHeader(el: Element, heading = false): string | null {
  const cls = el.getAttribute('class') ?? '';
  const ci = `${cls} ${el.id}`;
  if (!UNLIKELY.test(ci) || OK_MAYBE.test(ci)) return null;
  if (UNLIKELY.test(el.id) && !(heading && !UNLIKELY.test(el.id.replace(HEADER_WORDS, ' ')))) return null;
  if (UNLIKELY.test(ci.replace(HEADER_WORDS, ' '))) return null;
  return cls
    .split(/\s+/)
    .filter((w) => w && !HEADER_WORD.test(w))
    .join(' ');
}

/**
 * Section headings that Readability would drop as page headers because their class says "header": Substack's
 * `<h3 class="header-anchor-post">` above each section of a post (its permalink box), lost with every heading of
 * the post. A heading among the article's paragraphs (its parent holds article prose) loses the class words that
 * name it a header when nothing else in its class or id is one of Readability's unlikely words: a "comments-header"
 * or a "related-header" still goes, and so does a header band's heading outside the prose. So does an entry's title
 * box among the prose (see isEntryTitleBox): the function's signature went with it.
 */
export function unmarkSectionHeadings(c: Census): void {
  for (const el of c.classed) {
    const heading = SECTION_HEADING.has(el.tagName);
    if (!heading && el.tagName !== 'DIV') continue;
    // The class is read first: whether it is still in the page (a walk to the root in jsdom) and whether a box is an
    // entry's title are asked only of the few whose class names a header.
    const kept = classWithoutHeader(el, heading);
    if (kept == null || !el.isConnected || !el.parentElement) continue;
    const headingModule = !heading && isHeadingModule(el, kept);
    if (!heading && !headingModule && !isEntryTitleBox(el)) continue;
    if (!headingModule && !amongProse(el) && !(heading && isModuleTitle(el, el.parentElement))) continue;
    if (headingModule) unwrapHeadingModule(el);
    else {
      el.setAttribute('class', kept);
      if (heading) moveHeaderId(el, el);
    }
  }
}

/**
 * A heading's id that names it a header (Jimdo's `<h2 id="cc-m-header-N">`; pdoc3 prints each section of a module's
 * page as `<h2 class="section-title" id="header-functions">Functions</h2>`, and "Classes", "Global variables",
 * "Sub-modules" likewise: Readability dropped every one as an unlikely candidate) goes to an empty mark before `at`,
 * so that a link to it still lands there (Readability never drops a link for its words).
 */
function moveHeaderId(h: Element, at: Element): void {
  if (!h.id || !UNLIKELY.test(h.id) || UNLIKELY.test(h.id.replace(HEADER_WORDS, ' '))) return;
  const mark = h.ownerDocument.createElement('a');
  mark.id = h.id;
  h.removeAttribute('id');
  at.before(mark);
}

/** The headings a builder's heading module holds: a page's title or a section's. */
const MODULE_HEADING = 'h1, h2, h3';

/**
 * A site builder's heading module: a box that holds one heading and nothing else, whose class words but the header
 * word are all in the class of the box after it, a module of the same stream (Jimdo prints every heading of a page
 * as `<div class="j-module n j-header"><h2>` before a `<div class="j-module n j-text">` of paragraphs, and
 * Readability dropped each heading box as a site header: the page kept its paragraphs under none of its titles).
 * A site header holds a logo's link or a menu beside its heading; a section's `section-header` box shares no class
 * word with the body after it.
 */
function isHeadingModule(el: Element, kept: string): boolean {
  const words = kept.split(/\s+/).filter(Boolean);
  const next = el.nextElementSibling;
  if (!words.length || !next) return false;
  const nextWords = new Set((next.getAttribute('class') ?? '').split(/\s+/));
  if (!words.every((w) => nextWords.has(w))) return false;
  const n = sizeOf(el).chars;
  const h = queryFirst(el, MODULE_HEADING);
  // It gives way to its heading (see unwrapHeadingModule): a picture beside the heading would go with the box.
  if (!n || !h || sizeOf(h).chars < n - PERMALINK_CHARS || linkDensity(h) !== 0) return false;
  return !byTag(el, 'img').length && !byTag(el, 'picture').length && !byTag(el, 'svg').length;
}

/**
 * A heading module gives way to its heading (Readability's conditional cleaning drops a box whose only text is a
 * heading's: no text in its paragraphs), and the heading loses an id that names it a header (Jimdo's `<h2
 * id="cc-m-header-N">`, an unlikely candidate for Readability) and such class words: the id goes to the heading's
 * parent box's place as an empty mark, so that a link to it still lands there.
 */
function unwrapHeadingModule(box: Element): void {
  const h = queryFirst(box, MODULE_HEADING)!;
  moveHeaderId(h, box);
  const kept = classWithoutHeader(h);
  if (kept != null) h.setAttribute('class', kept);
  box.replaceWith(h);
}

/** Characters an entry's title box holds at most (a signature). */
const ENTRY_TITLE_CHARS = 300;

/**
 * A box that holds an entry's title and nothing else with text: a heading, not a link, with all of its text, and a
 * permalink to the entry it heads (ExDoc prints each function as `<div class="detail-header">` around its link icon to
 * `#json/2`, the section it stands in, and `<h1 class="signature">json(conn, data)</h1>`). A site header's logo is a
 * link; its menu is text beside the heading; a service page's `section-header` has no permalink (a section of a
 * service page fell 0.698 → 0.655 when its header boxes were unmarked too).
 */
function isEntryTitleBox(el: Element): boolean {
  const n = sizeOf(el).chars;
  if (!n || n > ENTRY_TITLE_CHARS) return false;
  const h = queryFirst(el, 'h1, h2, h3, h4, h5, h6');
  return !!h && sizeOf(h).chars === n && linkDensity(h) === 0 && linksToOwnEntry(el);
}

/** True when a link in `el` goes to an element `el` stands in (`href="#json/2"`: the entry's permalink). */
function linksToOwnEntry(el: Element): boolean {
  for (const a of byTag(el, 'a')) {
    const href = a.getAttribute('href') ?? '';
    if (!href.startsWith('#') || href.length < 2) continue;
    for (let up = el.parentElement; up; up = up.parentElement) if (up.id === href.slice(1)) return true;
  }
  return false;
}

/** Levels above a heading that the block holding the prose it heads may stand (see amongProse). */
const MAX_HEADING_LEVELS = 4;

/** `<details>` and `<summary>`: a heading in a folded entry's summary heads the entry's text (rustdoc's items). */
const WRAPPER_TAG = /^(SECTION|SUMMARY|DETAILS|DIV)$/;

/**
 * True when `heading` stands among the article's prose: its parent holds article prose (Substack), or the
 * heading is the title of an entry of a reference page (rustdoc prints each method as `<details><summary>
 * <section class="method"><h4 class="code-header">` and its text in the `<details>` after the summary): up to
 * four wrappers (sections, summaries, details, divs) above it, none of whose class or id Readability reads as
 * unlikely, reach a block that holds article prose.
 */
function amongProse(heading: Element): boolean {
  let el = heading.parentElement;
  for (let level = 0; el && level < MAX_HEADING_LEVELS; level++, el = el.parentElement) {
    if (holdsArticle(el)) return true;
    if (!WRAPPER_TAG.test(el.tagName) || UNLIKELY.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) return false;
  }
  return false;
}

/** Divi's class word for the title of a module (a blurb, a call to action, a team member, a pricing table). */
const MODULE_TITLE = /(^|\s)et_pb_module_header(\s|$)/;

/** Characters of text beside a module's title that make it a module with a text of its own (a blurb's line). */
const MODULE_TEXT = 40;

/**
 * A page builder's module title: Divi prints a blurb's title as `<h4 class="et_pb_module_header">` beside its
 * description, and Readability drops it as a header (a service page's offers lost their names above their text).
 * It titles a text of its own (40 characters beside it in its container, not mostly links): a title alone is not
 * unmarked.
 */
function isModuleTitle(el: Element, box: Element): boolean {
  if (!MODULE_TITLE.test(el.getAttribute('class') ?? '')) return false;
  const all = sizeOf(box);
  const own = sizeOf(el);
  const chars = all.chars - own.chars;
  return chars >= MODULE_TEXT && all.linkChars - own.linkChars < chars / 2;
}

/** Characters a disclosure's header holds at most: a question or an item's title, not a band of the page. */
const DISCLOSURE_HEADER_CHARS = 200;

/** Attributes by which a toggle names the panel it opens: WAI-ARIA's and Bootstrap's (`#id` or an id). */
const TARGET_ATTRS = ['aria-controls', 'data-target', 'data-bs-target', 'href'];

/**
 * A class word's block before its header word (`t668__header` → `t668`; `kt-accordion-header-wrap` → `kt-accordion`).
 */
const HEADER_BLOCK = /^(.+?)(?:__|-|_)(?:header|heading)(?:$|[-_])/i;

/** Words of a panel's class after its block: what a disclosure's opened part is called. */
const PANEL_WORD = /^(?:__|-|_)(?:content|body|panel|answer|text|collapse|inner|description|descr)(?:$|[-_])/i;

/**
 * An accordion's item header: Readability drops any box whose class says "header", and builders print each question
 * of an FAQ in one, above the panel its click opens (Tilda's `t668__header` around `t668__title`, Kadence's
 * `kt-accordion-header-wrap` around its `kt-blocks-accordion-header` button, Bootstrap 4's `card-header` around a
 * collapse button): the answers stayed and every question went. The box is the first of exactly two children of its
 * item, the panel after it holds text, it holds a line of 200 characters at most, no picture and no link but a
 * `#` one, and it holds the toggle of the panel after it (an `aria-controls`, `data-target` or `#` link naming the
 * panel or a box in it) or its block names that panel (`t668__header` then `t668__content`) in a widget named a
 * disclosure (the block, or a box up to three levels up: `t668__accordion`, `kt-accordion`). A site header holds its
 * logo's link and its menu; a pricing card's `card__header` above its `card__body` and a section's `section-header`
 * above its `section-body` are no disclosure's (a plan's "Try for free" line came into a page's text).
 */
function isDisclosureHeader(el: Element, cls: string): boolean {
  const item = el.parentElement;
  const panel = el.nextElementSibling;
  if (!item || !panel || item.firstElementChild !== el || item.childElementCount !== 2) return false;
  const n = sizeOf(el).chars;
  if (!n || n > DISCLOSURE_HEADER_CHARS || !sizeOf(panel).chars) return false;
  if (byTag(el, 'img').length || byTag(el, 'picture').length || byTag(el, 'video').length) return false;
  for (const a of byTag(el, 'a')) if (!(a.getAttribute('href') ?? '#').startsWith('#')) return false;
  if (togglesPanel(el, panel)) return true;
  const panelWords = (panel.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  for (const w of cls.split(/\s+/)) {
    const block = HEADER_BLOCK.exec(w)?.[1];
    if (block && panelWords.some((p) => p.startsWith(block) && PANEL_WORD.test(p.slice(block.length))))
      return DISCLOSURE_WORD.test(block) || namedDisclosure(item);
  }
  return false;
}

/** A class word that names a disclosure widget: an accordion, a toggle, an FAQ, a spoiler, a collapsible box. */
const DISCLOSURE_WORD = /accord[ei]on|toggle|faq|spoiler|collaps|expand|disclos/i;

/** Boxes above an item searched for a disclosure's name (Tilda: `t668__wrapper` in `t668__accordion`). */
const DISCLOSURE_LEVELS = 3;

/** True when the item or a box up to three levels above it is named a disclosure widget by its class. */
function namedDisclosure(item: Element): boolean {
  let el: Element | null = item;
  for (let level = 0; el && level < DISCLOSURE_LEVELS; level++, el = el.parentElement)
    if (DISCLOSURE_WORD.test(el.getAttribute('class') ?? '')) return true;
  return false;
}

/** True when `header` or a box in it names, as the panel it opens, `panel` or a box in `panel`. */
function togglesPanel(header: Element, panel: Element): boolean {
  for (const el of [
    header,
    ...Array.from(header.querySelectorAll('[aria-controls], [data-target], [data-bs-target], a')),
  ])
    for (const attr of TARGET_ATTRS) {
      const id = (el.getAttribute(attr) ?? '').replace(/^#/, '');
      if (!id || /[\s/]/.test(id)) continue;
      const target = panel.id === id ? panel : header.ownerDocument.getElementById(id);
      if (target && panel.contains(target)) return true;
    }
  return false;
}

/**
 * Accordion questions that Readability would drop as page headers (see isDisclosureHeader): the header box, and each
 * box inside it whose class names it a header the same way (Kadence's button), lose the class words that name them a
 * header when nothing else in their class or id is one of Readability's unlikely words. Only boxes whose class so
 * names them are read.
 */
export function unmarkDisclosureHeaders(c: Census): void {
  for (const el of c.classed) {
    if (el.tagName !== 'DIV' && el.tagName !== 'BUTTON') continue;
    const kept = classWithoutHeader(el);
    if (kept == null || !el.isConnected || !isDisclosureHeader(el, el.getAttribute('class') ?? '')) continue;
    el.setAttribute('class', kept);
    for (const inner of el.querySelectorAll('[class]')) {
      const k = classWithoutHeader(inner);
      if (k != null) inner.setAttribute('class', k);
    }
  }
}

/** Boxes whose class or id may hold a page's title and opening (not headings, not the page's own bands). */
const TITLE_BOX = new Set(['DIV', 'SECTION']);

/**
 * Boxes that Readability would drop as page headers because their class says "header" while they hold the page's
 * `<h1>` and the opening of its text: MDN's `<div class="layout__header reference-layout__header">` holds the
 * title and the guide's introduction (four paragraphs before its first section), and every MDN page lost its
 * opening. Such a box loses the class words that name it a header when nothing else in its class or id is one of
 * Readability's unlikely words and it holds article prose (two prose paragraphs): a site header with the logo's
 * `<h1>`, a "comments-header" or a header band of links is left as it was.
 */
export function unmarkTitleBoxes(c: Census): void {
  for (const el of c.classed) {
    if (!TITLE_BOX.has(el.tagName)) continue;
    const kept = classWithoutHeader(el);
    if (kept == null || !el.isConnected) continue;
    const h1 = queryFirst(el, 'h1');
    if (!h1 || !(holdsArticle(el) || opensWithLead(el, h1, c))) continue;
    el.setAttribute('class', kept);
    joinOpening(el, h1);
  }
}

/** Characters of sentences after the title that make a title box's lead: a paragraph's worth (see isProse's 120). */
const LEAD_CHARS = 120;

/** A paragraph that ends a sentence (its last letter or digit followed by a stop, a closing quote or bracket). */
const SENTENCE_END = /[\p{L}\p{N})\]"'”’»][.!?。！？][)"'”’»]?$/u;

/** Where a paragraph is a widget's or the page's chrome, not the lead: a folded box, a menu, a form, a table. */
const NOT_LEAD = 'details, nav, aside, form, header, footer, table, figure, [role=navigation], [role=complementary]';

/**
 * True when a title box holds, after its `<h1>`, a lead too short for holdsArticle: sentences in paragraphs of their
 * own, 120 characters or more in all, under half of them in links, and nothing a reader works (a button, a field).
 * MDN's reference pages open with one or two short paragraphs ("The Promise object represents the eventual
 * completion…", 230 characters), after a folded compatibility box whose paragraphs do not count, and its guides with
 * one long one and a "See also" line. A landing page's hero holds its buttons beside its pitch; and the page must print
 * code, as a manual does (a consultancy's service page lost its sections' headings to its hero's moved pitch).
 */
function opensWithLead(box: Element, h1: Element, c: Census): boolean {
  // The census counted the page's code first: a walk of the whole page for none on most pages (a news page's).
  if (!c.codeCount || !box.ownerDocument.querySelector('pre, code')) return false;
  if (box.querySelector('button, input, select, textarea')) return false;
  let chars = 0;
  for (const p of byTag(box, 'p')) {
    if (!(h1.compareDocumentPosition(p) & 4) || p.parentElement?.closest(NOT_LEAD)) continue;
    const s = sizeOf(p);
    const text = (p.textContent ?? '').trim();
    if (s.linkChars * 2 >= s.chars || !SENTENCE_END.test(text)) continue;
    chars += s.chars;
  }
  if (chars < LEAD_CHARS) return false;
  for (let body = box.nextElementSibling; body; body = body.nextElementSibling) if (holdsArticle(body)) return true;
  return false;
}

/**
 * The opening of a page whose title box stands apart from its body (MDN: the box with the `<h1>` and the
 * introduction, then the "on this page" list, then the body's sections): what follows the title in its box is
 * moved to the start of the next sibling holding article prose, so that Readability, which takes the body's block
 * and leaves a sibling scored lower, keeps the opening with the body it opens. The title stays where it was.
 */
function joinOpening(box: Element, h1: Element): void {
  let body = box.nextElementSibling;
  while (body && !holdsArticle(body)) body = body.nextElementSibling;
  if (!body) return;
  let top: Element = h1;
  while (top.parentElement && top.parentElement !== box) top = top.parentElement;
  const opening: Element[] = [];
  for (let n = top.nextElementSibling; n; n = n.nextElementSibling) opening.push(n);
  if (!opening.length) return;
  body.prepend(...opening);
}

/**
 * Layout utilities of CSS frameworks whose names hold one of Readability's negative words: Tailwind's scroll margin
 * and padding (`scroll-m-12`, `lg:scroll-mt-24`: the offset under a sticky header that every anchored heading gets)
 * and `hidden`/`overflow-hidden` (with their breakpoint prefixes). They say how a box is laid out, not what it is.
 */
const LAYOUT_UTILITY = /^(?:[\w-]+:)*(?:scroll-[mp][trblxyse]?-\S+|overflow(?:-[xy])?-hidden|hidden)$/;
/**
 * A class word that names scrolling in any case, as CSS modules write it: Docusaurus prints every heading of a site
 * whose navbar hides on scroll as `<h2 class="anchor anchorWithHideOnScrollNavbar_WYt5">` (its name and a hash), and
 * Readability's "scroll" takes each one out. A word about how the page scrolls to a heading, never what it is.
 */
const SCROLL_WORD = /scroll/i;
const MAY_HOLD_UTILITY = /scroll|hidden/i;

/** Characters beside a heading's text that its box may show: a permalink's "#" or "¶". */
const PERMALINK_CHARS = 2;

/**
 * True when all the text of `el` (but a permalink's symbol) is that of one section heading in it or of itself.
 */
function holdsOnlyHeading(el: Element): boolean {
  const n = sizeOf(el).chars;
  if (!n) return false;
  const h = SECTION_HEADING.has(el.tagName) ? el : queryFirst(el, 'h2, h3, h4, h5, h6');
  return !!h && sizeOf(h).chars > 0 && sizeOf(h).chars >= n - PERMALINK_CHARS;
}

/**
 * Section headings that Readability's conditional cleaning removes with their box for a utility class: GitBook
 * prints every heading as `<div class="flex items-baseline scroll-m-12 heading …">` around its permalink and the
 * `<h2>`, and "scroll" weighs the box −25: every section heading of the page went. A section heading and the boxes
 * whose text is the heading's alone lose their layout utilities that hold a negative word (see LAYOUT_UTILITY); any
 * other word of their class stays.
 */
export function unmarkHeadingUtilities(c: Census): void {
  for (let i = 0; i < c.classed.length; i++) {
    if (!MAY_HOLD_UTILITY.test(c.classNames[i])) continue;
    const el = c.classed[i];
    const cls = el.getAttribute('class') ?? '';
    const words = cls.split(/\s+/).filter(Boolean);
    const kept = words.filter((w) => !LAYOUT_UTILITY.test(w) && !SCROLL_WORD.test(w));
    if (kept.length === words.length || !el.isConnected || !holdsOnlyHeading(el)) continue;
    el.setAttribute('class', kept.join(' '));
  }
}
