import type { Census } from './page-census';
import { classWordList } from './attribute-names';
import { linkDensity, measureText, sizeOf } from './clutter-guard';
import { readabilityDrops } from './code-wrappers';
import { queryFirst } from './dom-query';
import { byTag } from './tag-list';
import { childList } from './child-elements';

/** What any class or id of an admonition holds (tested before the words are split). */
const KIND_ANYWHERE = /admonition|callout|note|tip|hint|warning|caution|important|danger|attention|seealso|alert/i;

/**
 * Class and id words of an admonition box: Sphinx's and MkDocs's `admonition note`, Docusaurus's `theme-admonition
 * alert`, Microsoft Learn's `TIP`/`NOTE`, MediaWiki templates' `…-box-warning`, GitHub's `markdown-alert`.
 */
const KIND_WORD =
  /^(admonitions?|callouts?|notes?|tips?|hints?|warnings?|cautions?|important|danger|attention|seealso|alert)$/;

/** Words that make the box chrome whatever else it says: a cookie alert, a newsletter callout, a toast. */
const CHROME_WORD =
  /^(cookies?|consent|gdpr|newsletter|subscribe|signup|promo|banner|modal|popup|toast|nav|menu|sidebar|footer|header)$/;

/**
 * True when the element's class or id words name an admonition kind and no chrome: Sphinx's `admonition seealso`,
 * MkDocs's `admonition info`, Docusaurus's `theme-admonition` (a box's own label, "See also", titles it).
 */
export function isAdmonitionBox(el: Element): boolean {
  if (!KIND_ANYWHERE.test(el.getAttributeNS(null, 'class') ?? '') && !KIND_ANYWHERE.test(el.id)) return false;
  const words = classWordList(el);
  return words.some((w) => KIND_WORD.test(w)) && !words.some((w) => CHROME_WORD.test(w));
}

/** A label opening the box: a line of its own, a bold start of its first paragraph, a cell or an icon of its own. */
const opensWithLabel = (box: Element): boolean =>
  opensWithLabelLine(box) || opensWithBoldLabel(box) || opensWithLabelCell(box) || opensWithIcon(box);

/**
 * An icon in place of the label: Mintlify draws every callout as `<div class="callout … overflow-hidden"
 * data-callout-type="note">`, an icon's box (an `<svg>` named "Note") and then the text's. The box's first child has
 * no text and no link, holds a picture (`<svg>`, `<img>`, an icon font's `<i>`), and a child with text follows it.
 */
function opensWithIcon(box: Element): boolean {
  const first = box.firstElementChild;
  if (!first || first.tagName === 'A' || sizeOf(first).chars || first.getElementsByTagName('a').length) return false;
  if (!/^(SVG|IMG|I)$/i.test(first.tagName) && !queryFirst(first, 'svg, img, i')) return false;
  return !!first.nextElementSibling && sizeOf(first.nextElementSibling).chars > 0;
}

/** Characters of an emoji that stands for a label ("ℹ️", "⚠️", "💡": a pictograph with its variation selector). */
const EMOJI_LABEL = 8;

/** Text made of pictographs only (emoji, with their joiners and variation selectors). */
const PICTOGRAPHS = /^[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]+$/u;

/**
 * An emoji in place of the label, whatever the box's classes say: Nextra's and Hextra's callouts (Tailwind's colour
 * utilities, no kind word: `<div class="… hx-border-blue-200 hx-bg-blue-100"><div><div>ℹ️</div></div><div>…`) and
 * the Notion-style callouts of hand-made React manuals. The box's first child holds one pictograph and no link, and a
 * child with text follows it.
 */
function opensWithEmoji(box: Element): boolean {
  const first = box.firstElementChild;
  if (!first || !first.nextElementSibling) return false;
  const n = sizeOf(first).chars;
  if (!n || n > EMOJI_LABEL || first.getElementsByTagName('a').length) return false;
  for (let t = box.firstChild; t && t !== first; t = t.nextSibling)
    if (t.nodeType === 3 && (t.nodeValue ?? '').trim()) return false;
  return PICTOGRAPHS.test((first.textContent ?? '').trim()) && sizeOf(first.nextElementSibling).chars > 0;
}

/** A label line opening the box: "Note", "Warning:", "Tip", "Hinweis", "Avertissement" (≤ 24 characters, no link). */
function opensWithLabelLine(box: Element): boolean {
  const first = box.firstElementChild;
  if (!first || first.tagName === 'A' || first.getElementsByTagName('a').length) return false;
  // Text before the first element (a bare label) counts as its start too.
  for (let n = box.firstChild; n && n !== first; n = n.nextSibling)
    if (n.nodeType === 3 && (n.nodeValue ?? '').trim()) return false;
  const label = (first.textContent ?? '').trim();
  return label.length > 0 && label.length <= 24;
}

/**
 * A label cell opening the box: Asciidoctor (Antora, Spring's and Hibernate's manuals) draws every admonition as
 * `<div class="admonitionblock tip"><table><tr><td class="icon">` (the label "Tip", or only an icon titled "Tip")
 * `<td class="content">` (the text). The box's first child is a table whose first cell, with a cell after it, holds
 * at most 24 characters and no link.
 */
function opensWithLabelCell(box: Element): boolean {
  const first = box.firstElementChild;
  if (first?.tagName !== 'TABLE') return false;
  const row = first.getElementsByTagName('tr')[0];
  const cell = row?.firstElementChild;
  if (!cell || !cell.nextElementSibling || cell.getElementsByTagName('a').length) return false;
  return (cell.textContent ?? '').trim().length <= 24;
}

/**
 * The label cell's table of an Asciidoctor admonition (see opensWithLabelCell) replaced by its cells that hold text, as
 * blocks with a class word Readability weighs as content: its conditional cleaning removes a layout table (and a
 * `<div>` without class) whose text is a fifth links, and the tip "See Properties for every key" went.
 */
function unfoldLabelTable(box: Element): void {
  const table = box.firstElementChild!;
  const doc = box.ownerDocument;
  const blocks: Element[] = [];
  for (const cell of childList(table.getElementsByTagName('tr')[0])) {
    if (!(cell.textContent ?? '').trim()) continue;
    const div = doc.createElement('div');
    while (cell.firstChild) div.appendChild(cell.firstChild);
    div.className = 'text';
    blocks.push(div);
  }
  table.replaceWith(...blocks);
  for (const div of blocks) measureText(div);
}

/** True when text (not only white space) stands in `parent` before its child `child`. */
function textBefore(parent: Element, child: Element): boolean {
  for (let n = parent.firstChild; n && n !== child; n = n.nextSibling)
    if (n.nodeType === 3 && (n.nodeValue ?? '').trim()) return true;
  return false;
}

/**
 * A bold label opening the box's first paragraph: "<b>Note:</b> Only admins can…" (callouts written in Markdown as
 * `> **Note:** …`: Intercom's and Zendesk's help centres, GitBook). The first elements down from the box, with no text
 * before them, reach a `<b>`/`<strong>` of at most 24 characters, no link on the way.
 */
function opensWithBoldLabel(box: Element): boolean {
  let parent = box;
  for (let el = box.firstElementChild; el; parent = el, el = el.firstElementChild) {
    if (el.tagName === 'A' || textBefore(parent, el)) return false;
    if (el.tagName === 'B' || el.tagName === 'STRONG') {
      const label = (el.textContent ?? '').trim();
      return label.length > 0 && label.length <= 24 && !el.getElementsByTagName('a').length;
    }
  }
  return false;
}

/**
 * The labels the generators print atop an admonition, whatever its classes (gone after Readability): Docusaurus's
 * "info"/"tip"/"danger", Sphinx's "Note"/"See also"/"Todo", MkDocs Material's "Abstract"/"Example"/"Bug", VitePress's
 * "TIP", GitHub's and Microsoft Learn's "Important"/"Caution", Starlight's "Note".
 */
const LABEL = new RegExp(
  '^(notes?|info|tips?|hint|warning|caution|danger|important|attention|error|see also|todo|example|abstract|' +
    'success|question|failure|bug|deprecated)\\s*:?$',
  'i',
);

/** Characters a label's text holds at most, with room for the spaces LABEL allows before its colon. */
const LABEL_CHARS = 40;

/**
 * A kind word's label opening the box, whatever its classes say (hashed by CSS modules, or a theme's own words): the
 * box's first child reads as one of the generators' labels ("Note", "info", "Warning:"; see LABEL), an icon beside
 * it, no link and no text before it, and a child with text follows it (Docusaurus's `admonitionHeading` and
 * `admonitionContent`, Sphinx's `admonition-title` and its paragraphs).
 */
function opensWithKindLabel(box: Element): boolean {
  const first = box.firstElementChild;
  // Its measured size first: a label is a word or two (see LABEL), and most boxes open with a block of text, whose
  // links and text would each be a walk of it.
  if (!first || sizeOf(first).chars > LABEL_CHARS) return false;
  if (!first.nextElementSibling || first.tagName === 'A' || first.getElementsByTagName('a').length) return false;
  if (textBefore(box, first) || !LABEL.test((first.textContent ?? '').trim())) return false;
  return sizeOf(first.nextElementSibling).chars > 0;
}

/**
 * True when `line` is an admonition's label: a kind word ("Note", "info", "Warning:") opening a box (not `root`) that
 * holds the line after it, the box's text. Before a page's first paragraph the edge trimming read it as a kicker.
 */
export function isAdmonitionLabel(line: Element, next: Element | undefined, root: Element): boolean {
  if (!next || !LABEL.test((line.textContent ?? '').trim()) || line.getElementsByTagName('a').length) return false;
  for (let el = line, box = el.parentElement; box && box !== root; el = box, box = box.parentElement) {
    if (box.firstElementChild !== el || textBefore(box, el)) return false;
    if (box.contains(next)) return true;
  }
  return false;
}

/** Boxes around a line that may be its admonition: its block's parent and two more. */
const ADMONITION_LEVELS = 3;

/**
 * True when `el` stands in an admonition: a box whose class words name one (see isAdmonitionBox: Sphinx's, MkDocs's,
 * Docusaurus's), a box that opens with a kind word's label ("Note", "Tip", "Warning:"; classes are gone after
 * Readability, or hashed), or a fold a reader opens (`<details>` with its `<summary>`: MkDocs's folded tips). Its
 * lines are the manual's, whatever words they hold ("links from a newsletter share the cached page").
 */
export function inAdmonition(el: Element): boolean {
  let box = el.parentElement;
  for (let up = 0; box && up < ADMONITION_LEVELS && !/^(BODY|MAIN|ARTICLE)$/.test(box.tagName); up++) {
    if (isAdmonitionBox(box) || (box.tagName === 'DETAILS' && box.firstElementChild?.tagName === 'SUMMARY'))
      return true;
    const first = box.firstElementChild;
    if (first && !first.contains(el) && LABEL.test((first.textContent ?? '').trim())) return true;
    box = box.parentElement;
  }
  return false;
}

/** An `<aside>` named by a short label (Starlight's `aria-label="Note"`, whose title line is hidden from readers). */
function labelledAside(box: Element): boolean {
  const label = (box.getAttributeNS(null, 'aria-label') ?? '').trim();
  return label.length > 0 && label.length <= 24;
}

/** Blocks of a document's text: an admonition beside one of them stands in the text, not in a side column. */
const TEXT_BLOCK = /^(P|UL|OL|DL|PRE|TABLE|BLOCKQUOTE)$/;

/** Wrappers a generator draws around a heading or a code block (Starlight's heading and code boxes). */
const WRAPPER = /^(DIV|FIGURE)$/;

/**
 * The heading or code block a wrapper opens with (`first`) or ends with, up to three levels down: Starlight 0.34 prints
 * each heading in a `<div>` beside its permalink and each code block in a `<div><figure>` under its file name, as
 * Docusaurus, MkDocs and Sphinx print their code boxes; `el` itself when it is no wrapper, null for none.
 */
function wrapped(el: Element, first: boolean): Element | null {
  let s: Element | null = el;
  for (let down = 0; s && WRAPPER.test(s.tagName) && down < 3; down++)
    s = first ? s.firstElementChild : s.lastElementChild;
  if (s === el) return el;
  return s && (/^H[2-6]$/.test(s.tagName) || s.tagName === 'PRE') ? s : null;
}

/**
 * True when the element right before or after `el` (past other asides: admonitions in a row) is a block of text (40
 * characters or more) or a heading, or a wrapper that ends (before `el`) or opens (after it) with a heading or a code
 * block (see wrapped): an admonition between a code box and the next section's heading wrapper stands in the text.
 */
export function amongText(el: Element): boolean {
  for (const step of ['previousElementSibling', 'nextElementSibling'] as const) {
    let s = el[step];
    while (s && (s.tagName === 'ASIDE' || isAdmonitionBox(s))) s = s[step];
    if (s) s = wrapped(s, step === 'nextElementSibling');
    if (!s) continue;
    if (/^H[2-6]$/.test(s.tagName) ? sizeOf(s).chars > 0 : TEXT_BLOCK.test(s.tagName) && sizeOf(s).chars >= 40)
      return true;
  }
  return false;
}

/** `el` replaced by a `<div>` with its attributes and children (its measured size carried over). */
export function asBlock(el: Element): Element {
  const div = el.ownerDocument.createElement('div');
  for (const a of Array.from(el.attributes)) div.setAttribute(a.name, a.value);
  while (el.firstChild) div.appendChild(el.firstChild);
  el.replaceWith(div);
  measureText(div);
  return div;
}

/** Readability's cleaning drops a box of no class weight whose text is over a fifth links (0.15: a margin). */
const LINKY = 0.15;

/**
 * True when Readability would drop `box` unless weighed as content: its class or id words read as negative or unlikely,
 * or its text is links for more than LINKY of it. A box of plain sentences stands without the word.
 */
function wantsWeight(box: Element): boolean {
  return readabilityDrops(box) || linkDensity(box) > LINKY;
}

/**
 * Admonitions ("Note", "Warning", "Tip" boxes of a manual) hold a sentence that often points elsewhere ("See
 * System maintenance for details."), and Readability's conditional cleaning removes a box of low class weight
 * whose text is a fifth links or more: the Arch wiki's warnings, Django's and Microsoft Learn's tips went. A box
 * whose class or id words name an admonition kind (and no chrome), that opens with a short label and holds 30
 * characters or more of text that is not links, up to 1,500 characters, gets a class word Readability weighs as
 * content (`text`), so only a box that is mostly links (half or more) goes; a box whose class or id words Readability
 * reads as negative or unlikely keeps that word alone. A box whose words name no kind (hashed by CSS modules) is one
 * when it opens with an emoji (see opensWithEmoji) or a kind word's label (see opensWithKindLabel) among the text.
 * Run after the clutter pass, on the working copy (the classes are not kept).
 */
export function keepAdmonitions(c: Census): void {
  for (const box of c.classed) {
    if (!/^(DIV|ASIDE|SECTION)$/.test(box.tagName)) continue;
    const kind = KIND_ANYWHERE.test(box.getAttributeNS(null, 'class') ?? '') || KIND_ANYWHERE.test(box.id);
    if (!kind && !opensWithEmoji(box) && !opensWithKindLabel(box)) continue;
    const role = box.getAttributeNS(null, 'role');
    if (role === 'alert' || role === 'status' || role === 'alertdialog' || role === 'dialog') continue;
    const n = sizeOf(box).chars;
    if (!n || n > 1500 || !box.isConnected || (kind && !isAdmonitionBox(box))) continue;
    const aside = box.tagName === 'ASIDE';
    const labelled = !kind || opensWithLabel(box) || (aside && labelledAside(box));
    if (!labelled || n * (1 - linkDensity(box)) < 30) continue;
    // Readability removes every <aside> and the region copy leaves asides out as side columns: an admonition drawn as
    // one among the text becomes the block it reads as. A box an emoji or a label opens (its classes unread) is one
    // only among the text.
    if ((aside || !kind) && !amongText(box)) continue;
    const el = aside ? asBlock(box) : box;
    if (opensWithLabelCell(el)) unfoldLabelTable(el);
    // A vendor's prefix can read as a negative word (`com-` in Intercom's `intercom-interblocks-callout`): `text`
    // alone would only cancel it, and Readability then drops a box whose text is a fifth links.
    // Utility-class callouts wrap their text in boxes of no weight of their own (Hextra: two `<div>`s), which
    // Readability weighs one by one: each gets the word too.
    // A box known by its emoji or label only (its classes unread, hashed) gets the word only where Readability's
    // cleaning would drop it (see wantsWeight): among a text of hashed classes, a box weighed as content outscores the
    // block it stands in, and Readability kept the box and the paragraphs beside it, not the headings and code between.
    let weighed = false;
    for (const b of kind ? [el] : [el, ...byTag(el, 'div')]) {
      if (!kind && !wantsWeight(b)) continue;
      weighed = true;
      if (readabilityDrops(b)) {
        b.setAttribute('class', 'text');
        b.removeAttribute('id');
      } else b.classList.add('text');
    }
    // A box that must be weighed so (its sentence points elsewhere) lends the word to the block it stands in, which
    // then outscores it: Readability keeps that block whole, the box inside.
    const around = el.parentElement;
    if (!kind && weighed && around && !/^(BODY|HTML)$/.test(around.tagName) && !readabilityDrops(around))
      around.classList.add('text');
  }
}
