import { isAdmonitionLabel } from './admonitions';
import { linkDensity } from './clutter-guard';
import { CREDIT_TEXT, CTA_TEXT, DATELINE_TEXT, NOTICE_TEXT, RIGHTS_TEXT } from './clutter-text';
import { closestMatch, queryFirst } from './dom-query';
import { clean } from './post-time';
import { permalinkTargets } from './document-sections';
import { saysContactDetail } from './contact-tail';
import { headsSectionSeries } from './linked-headings';
import { inFieldRun } from './field-lines';
import { overDeclaration } from './declaration-labels';
import { likeColumns } from './like-columns';
import { pictureGallery } from './picture-cards';
import { isEntryDescription, leadsWithEntries, readsAsDeclaration, readsAsTypeDeclaration } from './entry-declarations';

const LEAF =
  'p, h1, h2, h3, h4, h5, h6, li, figcaption, blockquote, pre, dt, dd, td, figure, div, table, section, header, ' +
  'footer, aside, article, ul, ol, dl, address';
const SENTENCE_END = /[.!?…。！？»”"')\]:]\s*$/u;

const LEAF_TAGS = new Set(LEAF.toUpperCase().split(', '));

/** A heading's tag, `<h1>` to `<h6>`. */
const HEADING_TAG = /^H[1-6]$/;

/** Text-level elements that can stand alone as a line between blocks ("<span>Updated <time>…</time></span>"). */
const INLINE_TAGS = new Set(['SPAN', 'TIME', 'A', 'B', 'STRONG', 'EM', 'I', 'SMALL', 'FONT', 'LABEL', 'CITE']);

/** True when only whitespace, comments or blocks stand next to `el`: it renders as a line of its own. */
function aloneOnLine(el: Element): boolean {
  for (const step of ['previousSibling', 'nextSibling'] as const) {
    let n = el[step];
    while (n && (n.nodeType === 8 || (n.nodeType === 3 && !(n.nodeValue ?? '').trim()))) n = n[step];
    if (n && !(n.nodeType === 1 && (LEAF_TAGS.has((n as Element).tagName) || (n as Element).tagName === 'BR')))
      return false;
  }
  return true;
}

/**
 * The lines of the article, in order (one walk): block elements with no block element inside, and
 * text-level elements standing alone between blocks (a dateline loose in a block holding paragraphs).
 */
export function leafBlocks(root: Element): Element[] {
  const out: Element[] = [];
  const walk = (el: Element): boolean => {
    const at = out.length;
    let hasBlock = false;
    for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
      const block = walk(c);
      if (!block && INLINE_TAGS.has(c.tagName) && aloneOnLine(c)) out.push(c);
      hasBlock = block || hasBlock;
    }
    const isLeaf = LEAF_TAGS.has(el.tagName);
    if (isLeaf && (!hasBlock || el.tagName === 'FIGURE' || el.tagName === 'TABLE')) {
      out.length = at; // a figure or table is one line, whatever it holds
      out.push(el);
    }
    return hasBlock || isLeaf;
  };
  for (let c = root.firstElementChild; c; c = c.nextElementSibling) walk(c);
  return out;
}

/** A line that reads as prose: a sentence of some length, not a link. */
function isProseLine(el: Element): boolean {
  if (el.tagName === 'FIGURE' || closestMatch(el, 'figure, figcaption')) return false;
  const t = (el.textContent ?? '').trim();
  return t.length >= 60 && linkDensity(el) < 0.5 && (SENTENCE_END.test(t) || t.length >= 120);
}

/** Removes an element and the ancestors it leaves empty (up to root). */
function removeUp(el: Element, root: Element) {
  let node: Element | null = el;
  while (node && node !== root) {
    const parent: Element | null = node.parentElement;
    node.remove();
    node =
      parent &&
      parent !== root &&
      !(parent.textContent ?? '').trim() &&
      !queryFirst(parent, 'img, picture, video, iframe')
        ? parent
        : null;
  }
}

/** Three words or more, or a run of 8 characters or more in a script written without spaces. */
function isPhrase(t: string): boolean {
  return t.split(/\s+/).length >= 3 || (t.length >= 8 && !/\s/.test(t));
}

/**
 * Before the first prose: short lines (kickers, datelines, bylines), hero figures and their captions; not list items,
 * nor lines that hold code.
 */
function isLeadClutter(el: Element): boolean {
  if (el.tagName === 'TABLE' || queryFirst(el, 'blockquote') || isCode(el)) return false;
  // A line that holds code is the manual's (a function's signature over its description: "ledger_round(float
  // $amount, string $currency): float"); a kicker, a byline or a dateline holds none.
  if (queryFirst(el, 'code')) return false;
  // A list opening the article ("What's new: …" items) is content; kickers and bylines are not list
  // items, and a list of two-word links is a toolbar ("Print Article", "Order Reprints").
  if (el.tagName === 'LI' && linkDensity(el) < 0.5 && isPhrase((el.textContent ?? '').trim())) return false;
  return el.tagName === 'FIGURE' || el.tagName === 'FIGCAPTION' || (el.textContent ?? '').trim().length < 100;
}

/** Words a sentence right before the first prose needs to be the text's opening summary, not a label or a credit. */
const LEDE_WORDS = 6;

/** A sentence of its own: opens with a capital, closes with a full stop, "!" or "?" (not a colon: a list's title). */
const WHOLE_SENTENCE = /^\p{Lu}[^\n]*[.!?…。！？]$/u;

/** A picture, or a box holding one: a line after it may be its caption. */
const holdsPicture = (el: Element | null | undefined) =>
  !!el && (/^(IMG|PICTURE|FIGURE|VIDEO)$/.test(el.tagName) || !!queryFirst(el, 'img, picture, video'));

/**
 * The paragraph right before the first prose line, one whole sentence of six words or more without a link: the page's
 * opening summary ("Use Supabase to authenticate and authorize your users.", printed under the title as a subtitle),
 * shorter than a line of prose but the text's first sentence. A kicker, a byline or a dateline is no closed sentence; a
 * hero's caption follows its picture (`before`: the line before it); a credit, a notice or a call to action reads as
 * one.
 */
function isLede(el: Element, before: Element | undefined): boolean {
  if (el.tagName !== 'P') return false;
  const t = clean(el.textContent);
  if (!WHOLE_SENTENCE.test(t) || t.split(' ').length < LEDE_WORDS || queryFirst(el, 'a, img')) return false;
  if (CREDIT_TEXT.test(t) || DATELINE_TEXT.test(t) || NOTICE_TEXT.test(t) || CTA_TEXT.test(t)) return false;
  return !holdsPicture(before) && !holdsPicture(el.previousElementSibling);
}

/** Words a reference's summary under its title needs where the page declares no article (see isTitleSummary). */
const SUMMARY_WORDS = 3;

/**
 * The sentence right under the page's title: a reference's summary of the item the page documents (Sandcastle's
 * "Adds a new Action instance to the task." under "ActionCollection.AddNew Method", before the "Namespace:" and
 * "Assembly:" fields that are the first prose; "Returns the hash code for this instance." over the "Definition"
 * heading). `before` is the line before it: the title heading, or the box that holds it (Sandcastle's title table,
 * which also holds the project's logo, so the line is no picture's caption). One whole sentence, a fifth links at most
 * (a summary links the types it names, a teaser's kicker is one link), six words or more, three where the page declares
 * no article (`noArticle`: "Gets the name."); never a credit, a dateline, a notice or a call to action. A kicker stands
 * over a title, not under it.
 */
function isTitleSummary(el: Element, before: Element | undefined, noArticle: boolean): boolean {
  if (!before || !(/^H[1-3]$/.test(before.tagName) || queryFirst(before, 'h1, h2, h3'))) return false;
  if (!/^(P|DIV)$/.test(el.tagName) || queryFirst(el, 'img, picture, video')) return false;
  const t = clean(el.textContent);
  if (!WHOLE_SENTENCE.test(t) || t.split(' ').length < (noArticle ? SUMMARY_WORDS : LEDE_WORDS)) return false;
  if (linkDensity(el) > 0.2) return false;
  return !CREDIT_TEXT.test(t) && !DATELINE_TEXT.test(t) && !NOTICE_TEXT.test(t) && !CTA_TEXT.test(t);
}

/**
 * A page's brief before its link to the details further down the same page: Doxygen opens a group's, a file's or a
 * class's page with its one-line description and a "More..." link to `#details` ("CAN test cases. More...",
 * "Чтение датчика. Подробнее..."). A paragraph whose last child is a link into the page (`href="#…"`), after a whole
 * sentence of two words or more with no other link; a kicker or a dateline is no sentence, and its link leads to
 * another page.
 */
function isBriefLine(el: Element): boolean {
  const a = el.lastElementChild;
  if (el.tagName !== 'P' || !a || a.tagName !== 'A' || el.getElementsByTagName('a').length !== 1) return false;
  const href = a.getAttribute('href') ?? '';
  if (href.length < 2 || !href.startsWith('#')) return false;
  for (let n = a.nextSibling; n; n = n.nextSibling) if ((n.textContent ?? '').trim()) return false;
  const link = clean(a.textContent);
  const t = clean(el.textContent);
  const before = t.slice(0, t.length - link.length).trim();
  return WHOLE_SENTENCE.test(before) && before.split(' ').length >= 2;
}

/** A byline's opening word ("By Jane Doe,", "Von …", "Par …"): a credit ending in a comma, no salutation. */
const BYLINE_OPENING = /^(by|von|par|por|door|di|av|af|przez|от|від)\s/iu;

/**
 * The paragraph right before the first prose line that only addresses the reader and ends with a comma: a letter's
 * salutation ("Liebe_r Besucher_in,", "Dear customers,", "Chers clients,", "Queridos amigos,"), the text's first line
 * (a notice of a site's closing, a founder's letter on an about page). A kicker, a dateline or a label never ends in a
 * comma; a byline that does opens with its "By".
 */
function isSalutation(el: Element): boolean {
  if (el.tagName !== 'P' || queryFirst(el, 'a, img')) return false;
  const t = clean(el.textContent);
  if (t.length > 60 || !/^\p{L}[^\d]*[,，]$/u.test(t) || t.split(' ').length > 6) return false;
  return !BYLINE_OPENING.test(t) && !DATELINE_TEXT.test(t) && !CREDIT_TEXT.test(t);
}

/** A letter's closing under its last paragraph ("Ihr Praxisteam", "Benni / 10. September 2017"): a short line. */
function isSignOff(el: Element): boolean {
  if (el.tagName !== 'P' || queryFirst(el, 'a, img')) return false;
  const t = clean(el.textContent);
  return t.length <= 60 && /\p{L}/u.test(t) && !RIGHTS_TEXT.test(t) && !CTA_TEXT.test(t);
}

/** A code block (or a line of one): a short command or a closing `}` is the author's, never a label. */
function isCode(el: Element): boolean {
  return !!closestMatch(el, 'pre');
}

/**
 * A paragraph right before a code block, the block its next sibling (or inside it): the code's introduction or label
 * ("Try these in your own Python interactive shell:", "Addition" over `>>> 2 + 2`), which a manual prints before its
 * first prose as it does further down. A kicker, a byline or a dateline stands over a title or a text, not over code.
 * Not a link line (a "View source" or "Download" link over the listing).
 */
function introducesCode(el: Element, next: Element | undefined): boolean {
  if (el.tagName !== 'P' || !next || !isCode(next) || linkDensity(el) >= 0.5) return false;
  let sib = el.nextElementSibling;
  while (sib && !(sib.textContent ?? '').trim()) sib = sib.nextElementSibling;
  return !!sib && (sib === next || sib.contains(next) || next.contains(sib));
}

/** An image with its caption (not a link to elsewhere): part of the article wherever it stands. */
function isPicture(el: Element): boolean {
  const fig = el.tagName === 'FIGURE' ? el : closestMatch(el, 'figure');
  return !!fig && !!queryFirst(fig, 'img, picture, video') && linkDensity(fig) < 0.5;
}

/**
 * After the last prose: link lines, calls to action and label-like scraps (never tables, quotes or
 * pictures: a figure whose caption is a short phrase is still the article's).
 */
function isTailClutter(el: Element, inCards: (el: Element) => boolean): boolean {
  if (el.tagName === 'TABLE' || closestMatch(el, 'blockquote, table') || queryFirst(el, 'blockquote')) return false;
  if (isCode(el)) return false;
  if (isPicture(el)) return false;
  const t = (el.textContent ?? '').trim();
  if (t.length < 300 && (linkDensity(el) >= 0.5 || CTA_TEXT.test(t) || RIGHTS_TEXT.test(t))) return true;
  // A heading that ends in a colon announces what comes under it; at the tail nothing does (a testimonial slider's
  // "Here's What Our Clients Say:" whose slides went with the slider).
  if (t.length < 40 && HEADING_TAG.test(el.tagName) && t.endsWith(':')) return true;
  return t.length < 40 && !SENTENCE_END.test(t) && !isItem(el) && !inCards(el);
}

/** Items a list holds at least to be the page's list of like cards (see inCardList). */
const MIN_CARDS = 3;

/**
 * Lines of text of a card (see leafBlocks), a picture's box not counted; -1 when one of them is prose (a teaser's
 * excerpt: the card is an article's, not an item of the page's list).
 */
function textLines(item: Element): number {
  let n = 0;
  for (const l of leafBlocks(item)) {
    if (!(l.textContent ?? '').trim()) continue;
    if (isProseLine(l)) return -1;
    n++;
  }
  return n;
}

/**
 * True when the line stands in a card of a list of like cards that link nowhere: a booking page's services (Wix
 * Bookings: each `<li>` a service's name, its duration "40 min" and its price "From 20 British pounds" on lines of
 * their own, in boxes inside the item), a price list's treatments. The lines are short and end no sentence, so the
 * tail took them all as label scraps after the description, which is the list's introduction. The card's line is in
 * a `<li>` whose list holds three items or more, each of two lines of text or more and all of about one shape (their
 * counts of lines one apart at most: a card without its picture, one whose name Readability took for the title), none
 * holding a link with an address or a line of prose: a teaser list's cards ("latest posts", related articles) link to
 * their pages or print an excerpt, and still go (a Shopify blog's related cards whose links went before, each an
 * excerpt over its date: the last date stays out). The list is read once, as it stands before the tail is
 * trimmed (`seen`: the lists read), so that the lines the tail drops never make a list of unlike items look like
 * cards. Read only for a tail line in a list item that would otherwise go.
 */
function inCardList(el: Element, seen: Map<Element, boolean>): boolean {
  const li = el.tagName === 'LI' ? el : closestMatch(el, 'li');
  const list = li?.parentElement;
  if (!li || !list || (list.tagName !== 'UL' && list.tagName !== 'OL')) return false;
  let cards = seen.get(list);
  if (cards === undefined) seen.set(list, (cards = isCardList(list)));
  return cards;
}

/** True when `list` holds like cards that link nowhere (see inCardList). */
function isCardList(list: Element): boolean {
  let n = 0;
  let least = Infinity;
  let most = 0;
  for (let item = list.firstElementChild; item; item = item.nextElementSibling) {
    if (item.tagName !== 'LI') continue; // a list's title for screen readers (Wix's "Service Information" span)
    if (queryFirst(item, 'a[href]')) return false;
    const lines = textLines(item);
    if (lines < 0) return false;
    least = Math.min(least, lines);
    most = Math.max(most, lines);
    if (least < 2 || most - least > 1) return false;
    n++;
  }
  return n >= MIN_CARDS;
}

/** A line that is a quotation as a whole: it opens and closes with quotation marks ("“Payroll just happens.”"). */
const QUOTED_LINE = /^[“"«„‘'].*[”"»“’'][.!]?$/su;

/** Characters of a quotation's attribution ("Dana K., Sellwood", "— Priya Shah, Shah Opticians"). */
const ATTRIBUTION_CHARS = 60;

/** Characters a testimonial's box holds besides its quote and its attribution (a role, a date). */
const CARD_SLACK = 40;

/**
 * A short line right after a quoted line, the two alone in a box of their own: the quotation's attribution (a
 * testimonial's "Dana K., Sellwood" under its quote, the last block of a landing page), which stays with the quote
 * the tail keeps. Not a link line, nor a line after an article's closing quote (its "Comments" heading, a credit):
 * those share only the article's body with it.
 */
function isAttribution(el: Element, before: Element | undefined): boolean {
  const t = (el.textContent ?? '').trim();
  if (!before || t.length > ATTRIBUTION_CHARS || !/\p{L}/u.test(t) || linkDensity(el) >= 0.5) return false;
  if (RIGHTS_TEXT.test(t) || CTA_TEXT.test(t)) return false;
  const quote = (before.textContent ?? '').trim();
  if (!QUOTED_LINE.test(quote) && !closestMatch(before, 'blockquote, q')) return false;
  let box = el.parentElement;
  while (box && !box.contains(before)) box = box.parentElement;
  return !!box && (box.textContent ?? '').trim().length <= quote.length + t.length + CARD_SLACK;
}

/**
 * Items of a list, a table or a list of definitions: short and without a full stop by nature, not label scraps. A
 * reference page ends on its last method's `<dl>` ("Returns:" / "the balance after the withdrawal": javadoc, Doxygen,
 * Sphinx's field lists), and the edge trimming took its last `<dd>`.
 */
const ITEM_TAGS = new Set(['LI', 'TD', 'DD']);

/**
 * An item's line (see ITEM_TAGS): the item itself, or the paragraph it holds. Sphinx (docutils) and MyST print each
 * field's value and each item of a loose list as a `<p>` in its `<dd>` or `<li>` (Furo's and the book theme's
 * "Return type:" / `<dd><p><em>Tensor</em></p></dd>` closing an API page; a closing "Required dependencies" list of
 * `<li><p>numpy</p></li>`): those are the item's text, as its bare text is.
 */
function isItem(el: Element): boolean {
  if (ITEM_TAGS.has(el.tagName)) return true;
  // Not a line of a code sample drawn as a list (Redoc's JSON: `<code>` around `<ul><li>` lines): the scrap after it
  // was trimmed before, and the page's choice of its block read the trimmed text.
  return el.tagName === 'P' && ITEM_TAGS.has(el.parentElement?.tagName ?? '') && !closestMatch(el, 'code, pre');
}

/**
 * The outermost list (`ul`, `ol`, `dl`) holding the first prose line, inside `root`: a reference's list of fields or of
 * a class's members whose first entries are short ("idstring" / "Unique identifier for the object." before the first
 * field's long description; Sphinx's `<dt>` signature "class GZipMiddleware[source]" before its `<dd>`). Those entries
 * are the list's, as its later ones are, not a kicker's or a byline's lines; null when the first prose is in no list.
 */
function firstList(el: Element, root: Element): Element | null {
  let list: Element | null = null;
  for (let up = el.parentElement; up && up !== root; up = up.parentElement)
    if (up.tagName === 'UL' || up.tagName === 'OL' || up.tagName === 'DL') list = up;
  return list;
}

/**
 * True when the line prints the permalink of its own entry: a link into the page whose text is a mark ("#", "¶"), to
 * the id of the line or of a box around it that does not reach the last prose (`lastProse`). An API reference's
 * member is its signature and that permalink (Crystal's `def value=(new_value) #` in the member's box, the box's id
 * the link's target): the reference's last members, with no description below, are its text, not a label scrap after
 * the prose. A "↑" to the page's top names no box around the line but the page's.
 */
function printsOwnPermalink(el: Element, lastProse: Element): boolean {
  // A heading after the last prose heads nothing (Sphinx's empty "Module contents ¶"): no entry.
  if (HEADING_TAG.test(el.tagName)) return false;
  const ids = permalinkTargets(el);
  if (!ids.size) return false;
  for (let box: Element | null = el; box && !box.contains(lastProse); box = box.parentElement)
    if (box.id && ids.has(box.id)) return true;
  return false;
}

/** Characters of a line that is a contact detail (see isContactLine): a label and a number or an address. */
const CONTACT_LINE_CHARS = 60;

/**
 * A line that is a contact detail: a phone number or an e-mail address, with a label at most ("Phone: 0411 810 318",
 * "design@…" as a `mailto:` link, "+7 928 231-31-91"). A page that declares no article prints its details as such
 * lines before or after its prose (a contact page's column, a studio's "Mail us" box); a kicker, a byline, a link
 * line or a call to action is none.
 */
function isContactLine(el: Element | undefined): boolean {
  if (!el) return false;
  const t = clean(el.textContent);
  return t.length <= CONTACT_LINE_CHARS && saysContactDetail(t);
}

/**
 * Drops the clutter lines before the first and after the last line of prose (kickers, datelines,
 * bylines, hero captions, "follow us" and link lines), never more than a fifth of the text. The tail stops at the
 * body of a section of the document (`inSection`); a heading of the document's outline (`isHeading`) or an
 * admonition's label (see isAdmonitionLabel) before the first prose stays. On a contact page (`ownDetails`), the box
 * of the last contact line after the prose stays whole: its details.
 * Returns the first image found before the prose (the lead image).
 */
export function trimEdges(
  root: Element,
  inSection: (el: Element) => boolean = () => false,
  isHeading: (el: Element) => boolean = () => false,
  contacts = false,
  ownDetails = false,
): string | null {
  const lines = leafBlocks(root);
  const first = lines.findIndex(isProseLine);
  if (first < 0) return null;
  let last = lines.length - 1;
  while (last > first && !isProseLine(lines[last])) last--;
  let budget = (root.textContent ?? '').replace(/\s+/g, ' ').length / 5;
  let lead: string | null = null;
  const drop = (el: Element) => {
    const len = (el.textContent ?? '').trim().length;
    if (len > budget || el.contains(lines[first]) || el.contains(lines[last])) return;
    budget -= len;
    const img = el.tagName === 'IMG' ? el : queryFirst(el, 'img');
    if (img && !lead) lead = img.getAttribute('src');
    removeUp(el, root);
  };
  // The list the first prose line stands in: its earlier items are the text's (see firstList).
  const list = firstList(lines[first], root);
  const inList = (el: Element | undefined) => !!list && !!el && list.contains(el);
  // A text that opens with a salutation is a letter: the line right after its last prose is its closing.
  let letter = false;
  // A reference page prints its declaration as code before its first prose (javadoc's `public class Passphrase
  // extends Object`), or as text that reads as a type's declaration (javadoc 17's `div.type-signature` of spans: see
  // readsAsTypeDeclaration): read once, and only when a line could be an opening sentence (see isLede).
  let leadCode: boolean | null = null;
  const codeInLead = () => (leadCode ??= lines.slice(0, first).some((el) => isCode(el) || readsAsTypeDeclaration(el)));
  // The first code line up to the first prose (the declaration's `<pre>`, often itself the first prose line), read
  // once, only for a line that would go: the fields and labels over it stay (see overDeclaration).
  let codeAt: number | null = null;
  const overCode = (i: number) => overDeclaration(lines, i, (codeAt ??= lines.slice(0, first + 1).findIndex(isCode)));
  // A reference whose entries print their declarations as text (pdoc's `def name(…) -> T:`, `RED = <Color.RED: 1>`)
  // before its first prose line: the declarations and their one-line descriptions stay (see leadsWithEntries; one
  // type's declaration alone is enough).
  const entries = first > 0 && leadsWithEntries(lines.slice(0, first));
  // On a page that declares no article or product (`contacts`), a gallery of captioned pictures before the first prose
  // (see pictureGallery): its cards' lines stay. A product's lead of badges ("Vegan", "GMO Free" under their icons) and
  // a promotion's free gifts are its chrome. Read once, at the first line the lead would drop.
  let leadCards: Set<Element> | null = null;
  const inLeadCards = (el: Element) => {
    if (!contacts) return false;
    leadCards ??= pictureGallery(lines.slice(0, first), root);
    for (const card of leadCards) if (card.contains(el)) return true;
    return false;
  };
  // There too, the columns of a row the first prose stands in (see likeColumns): a pricing table's earlier tiers and
  // their labels are the text, as the tier holding the first prose is. Not a link line (a tier's "Learn More").
  let leadColumns: Element[] | null = null;
  const inLeadColumns = (el: Element) => {
    if (!contacts || linkDensity(el) >= 0.5) return false;
    leadColumns ??= likeColumns(lines[first], root);
    for (const col of leadColumns) if (col.contains(el)) return true;
    return false;
  };
  // There too, a run of field lines, each a bold label and its value (see inFieldRun): a project's facts.
  const leadFields = new Map<number, boolean>();
  let leadLines: Element[] | null = null;
  const inLeadFields = (i: number) => contacts && inFieldRun((leadLines ??= lines.slice(0, first)), i, leadFields);
  const isEntry = (el: Element) => entries && (readsAsDeclaration(el) || isEntryDescription(el));
  for (let i = 0; i < first; i++) {
    // A line right before a list that stays is that list's title ("What's new in 3.2").
    const titlesList =
      (lines[i + 1]?.tagName === 'LI' && lines[i].tagName !== 'LI' && !isLeadClutter(lines[i + 1])) ||
      (inList(lines[i + 1]) && !inList(lines[i]));
    if (inList(lines[i])) continue;
    // An admonition's label ("info", "Note") stays with its box, as the labels of the boxes further down do.
    const label = isAdmonitionLabel(lines[i], lines[i + 1], root);
    // The text's opening sentence, right before its first prose, stays (see isLede).
    // So does a manual's opening sentence right before its first section's heading (see isHeading).
    const salutation = i === first - 1 && isSalutation(lines[i]);
    if (salutation) letter = true;
    // So does a page's brief before its "More..." link into the page (see isBriefLine), and a reference's summary
    // right under its title (see isTitleSummary).
    // So does a whole sentence among a reference's declarations: its description (javadoc's "Class encapsulating the
    // basic properties of a passphrase." under the class's declaration, before the member tables).
    const lede =
      salutation ||
      (isLede(lines[i], lines[i - 1]) &&
        (i === first - 1 || (i + 1 < first && isHeading(lines[i + 1])) || codeInLead())) ||
      isBriefLine(lines[i]) ||
      isTitleSummary(lines[i], lines[i - 1], contacts) ||
      isEntry(lines[i]);
    // So does a field of a reference's declaration, a definition list's term or its definition, where the lead holds
    // the declaration's code: javadoc's "All Implemented Interfaces:" over "Serializable" and "Author:" over the
    // names (a kicker, a byline or a dateline is no term of a list). Or a line inside a definition: DocFX's
    // "Inheritance" over one linked type per line (`<dd><div><a>object</a></div>…`, each a paragraph for Readability).
    const field = !!closestMatch(lines[i], 'dt, dd') && codeInLead();
    // On a page that declares no article (`contacts`), a contact detail printed as text stays, and so does its label
    // right above it ("Адрес", "Mail us"): see isContactLine. Not a link line: a mail archive's header fields before
    // the message ("To: list@…", a `mailto:` link) are no page's details.
    const detail = (el: Element | undefined) => isContactLine(el) && linkDensity(el!) < 0.5;
    const contact = contacts && (detail(lines[i]) || (detail(lines[i + 1]) && clean(lines[i].textContent).length < 40));
    // So does, there, a heading over its own paragraph that heads a series of such sections, linked or not: a team
    // page's first member linked to a profile above the first bio, a service page's headline over its intro when its
    // sections follow (see headsSectionSeries).
    if (
      isLeadClutter(lines[i]) &&
      !contact &&
      !(contacts && headsSectionSeries(lines[i], root)) &&
      !titlesList &&
      !isHeading(lines[i]) &&
      !label &&
      !lede &&
      !field &&
      !inSection(lines[i]) &&
      !introducesCode(lines[i], lines[i + 1]) &&
      !inLeadCards(lines[i]) &&
      !inLeadColumns(lines[i]) &&
      !inLeadFields(i) &&
      !overCode(i)
    )
      drop(lines[i]);
  }
  // The tail is trimmed from the end and stops at the first line that stays: what stands between
  // two kept lines (a section heading before a closing list, a figure before it) is the article's.
  // A section of the document (`inSection`: a manual's closing "See also" or "Next steps") stays, and so does what
  // stands before it.
  // So does an entry that prints its own permalink (see printsOwnPermalink), and a declaration or its description
  // where the lead was a reference's entries (see leadsWithEntries).
  // The lists of like cards a tail line stands in, each read once (see inCardList).
  const cardLists = new Map<Element, boolean>();
  const inCards = (el: Element) => inCardList(el, cardLists);
  // A contact page's own details (`ownDetails`, see contactPageDetails): the box of its last contact line after the
  // prose ("Phone - 012 …" in a column of short lines) holds its address ("Unit 4", "Mill Lane", "Riverbend, 4471"),
  // and the tail stops at that box's lines. The root itself is no such box.
  let details: Element | null = null;
  for (let i = lines.length - 1; ownDetails && i > last && !details; i--)
    if (isContactLine(lines[i]) && lines[i].parentElement !== root) details = lines[i].parentElement;
  for (
    let i = lines.length - 1;
    i > last &&
    !details?.contains(lines[i]) &&
    isTailClutter(lines[i], inCards) &&
    !inSection(lines[i]) &&
    !printsOwnPermalink(lines[i], lines[last]) &&
    !isEntry(lines[i]) &&
    !(contacts && isContactLine(lines[i]));
    i--
  ) {
    if (isAttribution(lines[i], lines[i - 1])) break;
    if (letter && i === last + 1 && isSignOff(lines[i])) break;
    drop(lines[i]);
  }
  return lead;
}
