import { removeSequenceBars } from './sequence-nav';
import { isCodeName } from './code-name';
import {
  COUNTER_TEXT,
  NOTICE_TEXT,
  COMMENT_STATE_TEXT,
  AUTHOR_BOX,
  CREDIT_TEXT,
  DATELINE_TEXT,
  READ_MORE_TEXT,
  URL_LINE,
} from './clutter-text';
import { linkDensity, measureText, sizeOf } from './clutter-guard';
import { nodeToText } from './html-to-text';
import { leafBlocks, trimEdges } from './trim-edges';
import { isIndexEntry } from './entry-index';
import { isCallToAction } from './call-to-action';
import { removeActionLinks, removeRegionLines } from './region-lines';
import { byTag } from './tag-list';
import { closestMatch, queryAll, queryFirst } from './dom-query';
import { holdsPermalink, inDocumentSection, isOutlineHeading, pageAnchors } from './document-sections';
import { isIntroducedList } from './introduced-list';
import { inPageIndex } from './page-index';
import { isReferenceLine } from './reference-line';
import { isSignatureLink } from './entry-signature';
import { isReleaseLine, isVersionHeading } from './release-notes';
import { isContactLinkLine } from './form-contacts';
import { headsSectionSeries } from './linked-headings';
import { isTermValue } from './term-value';

/** What the pass after Readability took out of the body that the article still wants. */
export interface TidyResult {
  html: string;
  /** Plain text of the html (block-aware, see nodeToText). */
  text: string;
  /** The hero image that stood before the first paragraph (kept as the lead image, not in the body). */
  leadImageUrl: string | null;
}

/** A page's own path as a section ("/docs/data-types/"): its sub-pages sit under it. */
interface Section {
  origin: string;
  path: string;
}

/** The section of the page at `url` (a file extension dropped: "/guide.html" → "/guide/"); null at a site's root. */
function sectionOf(url: string): Section | null {
  try {
    const u = new URL(url);
    const path = u.pathname.replace(/\.(html?|php|aspx?)$/i, '').replace(/\/+$/, '');
    return path ? { origin: u.origin, path: `${path}/` } : null;
  } catch {
    return null;
  }
}

/**
 * True when half of the element's links or more lead to pages under the page's own path: a section's
 * table of contents (a documentation index's "Using workflow templates", "Overview of Redis strings"),
 * not teasers of other articles, which stand beside the page, not under it.
 */
function leadsIntoSection(el: Element, section: Section | null): boolean {
  if (!section) return false;
  const links = byTag(el, 'a');
  let inside = 0;
  for (const a of links) {
    let u: URL;
    try {
      u = new URL(a.getAttribute('href') ?? '', section.origin + section.path);
    } catch {
      continue;
    }
    // A page's title has words: "#2" or "2" (a post's permalink, a page number) names no page under this one.
    const named = /\p{L}{3}/u.test(a.textContent ?? '');
    if (
      named &&
      u.origin === section.origin &&
      u.pathname.startsWith(section.path) &&
      u.pathname.length > section.path.length
    )
      inside++;
  }
  return links.length > 0 && inside * 2 >= links.length;
}

/**
 * True when every link of el names code (its whole text is a `<code>`: Sphinx's `xref`, javadoc's and rustdoc's links
 * to an item; or a member's signature linking to its details on the page: YARD's method summary, see isSignatureLink):
 * a list of settings or methods is a reference's text, not teasers of other articles.
 */
function linksToCode(el: Element): boolean {
  const links = byTag(el, 'a');
  for (const a of links) {
    const code = queryFirst(a, 'code, tt, samp, kbd') ?? closestMatch(a, 'code, tt, samp, kbd');
    if (code && (code.textContent ?? '').trim().length >= (a.textContent ?? '').trim().length) continue;
    // Or a summary entry's signature, a link to the member's details on the page (see isSignatureLink).
    if (!isSignatureLink(a)) return false;
  }
  return links.length > 0;
}

/**
 * Teasers inside the body: blocks whose text is nearly all links (other articles' cards). Not the body of a section
 * of the document (`inSection`: a manual's "See also" list under its own heading, see inDocumentSection, or a list a
 * sentence introduces, see isIntroducedList), nor a list of links to code.
 */
function removeTeasers(root: Element, section: Section | null, inSection: (el: Element) => boolean) {
  for (const el of queryAll(root, 'figure, div, aside, section, ul, ol')) {
    // Measured sizes first (cached): the ancestor and subtree queries run only for the few small, linky blocks.
    const n = sizeOf(el).chars;
    if (n === 0 || n >= 500 || linkDensity(el) <= 0.8) continue;
    if (!root.contains(el) || closestMatch(el, 'blockquote') || queryFirst(el, 'blockquote')) continue;
    if (
      el.getElementsByTagName('a').length >= (el.tagName === 'FIGURE' ? 1 : 2) &&
      !leadsIntoSection(el, section) &&
      !inSection(el) &&
      !linksToCode(el)
    )
      el.remove();
  }
}

/** Pictures a fold may hold without text (a diagram that opens). */
const MEDIA = 'img, picture, video, svg, iframe';

/**
 * A fold left with its title only: the cleaning took what it held (Just the Docs' `<details>` of the page's contents,
 * whose list of in-page links Readability drops), and "Table of contents" stood alone above the text. A `<details>`
 * whose children besides its `<summary>` hold no text and no picture goes with its title.
 */
function removeEmptyFolds(root: Element) {
  for (const d of byTag(root, 'details')) {
    const kept = Array.from(d.childNodes).some((n) => {
      if (n.nodeType === 1 && (n as Element).tagName === 'SUMMARY') return false;
      if ((n.textContent ?? '').trim()) return true;
      return n.nodeType === 1 && ((n as Element).matches(MEDIA) || !!queryFirst(n as Element, MEDIA));
    });
    if (!kept) d.remove();
  }
}

/**
 * Hover cards: an element glued right after a link (no text between) that is itself mostly links and
 * repeats that link (same address): a person's or topic's card the page shows on hover. Without
 * styles its text would read as part of the sentence ("Rep. Ana LopesAna LopesBudget talks…").
 */
function removeHoverCards(root: Element) {
  for (const a of byTag(root, 'a')) {
    const card = a.nextSibling;
    if (!card || card.nodeType !== 1 || (card as Element).tagName === 'A' || !root.contains(a)) continue;
    const el = card as Element;
    const href = a.getAttribute('href');
    if (!href) continue;
    if (linkDensity(el) < 0.8 || !queryFirst(el, 'a')) continue;
    let repeats = false;
    for (const b of byTag(el, 'a')) if (b.getAttribute('href') === href) repeats = true;
    if (repeats) el.remove();
  }
}

/**
 * A section heading whose text is a link to itself ("<h2><a href="#usage">Usage</a></h2>": documentation
 * generators make every heading its own permalink): its links all point into this page.
 */
function isPermalink(el: Element): boolean {
  if (!/^H[1-6]$/.test(el.tagName)) return false;
  const page = (el.ownerDocument.documentURI ?? '').split('#')[0];
  for (const a of byTag(el, 'a')) {
    const href = a.getAttribute('href') ?? '';
    if (!href.startsWith('#') && href.split('#')[0] !== page) return false;
  }
  return true;
}

/**
 * A paragraph that is its list item's whole text (`<li><p><a>…</a></p></li>`): Markdown's loose list (items apart by a
 * blank line) prints each item so, the same line a tight list prints as `<li><a>`, which is no paragraph.
 */
function isLooseItem(el: Element): boolean {
  const li = el.parentElement;
  return el.tagName === 'P' && li?.tagName === 'LI' && li.firstElementChild === el && li.lastElementChild === el;
}

/**
 * Lines anywhere in the body that are not prose: call-to-action plugs, counters and machine labels,
 * stand-alone link lines ("READ MORE: …" teasers between paragraphs; list items and links to code are spared) and
 * lines that are only a printed web address (the page's own URL under the headline). An item of a list a sentence
 * introduces is no link line (see isIntroducedList: "Top Expert Recommendations:" over product names). In a listing the
 * link lines, dates and bare counts are its cards' titles, dates and comment counts: they stay. Code is never
 * one of them: `image: postgres`, `subscribe()` or a bare URL in a `<pre>` is what the author wrote. Nor is a list of
 * references written inline in a section of the document (`inSection`, see isReferenceLine), nor that section's list
 * printed loose (see isLooseItem). On a page that declares no article (`manual`), nor is a labelled term's value in a
 * description list (DocFX's "Inheritance" and "Implements" lists, see isTermValue).
 */
function removeLines(
  root: Element,
  listing: boolean,
  section: Section | null,
  inSection: (el: Element) => boolean,
  contacts = false,
  manual = false,
) {
  for (const el of leafBlocks(root)) {
    // The cached size before the ancestor query: most lines of an article are long.
    const n = sizeOf(el).chars;
    if (n >= 200 || closestMatch(el, 'table, blockquote, pre')) continue;
    // Whitespace collapsed: "Image <span>1</span> <span>of</span> …" spans lines in the source.
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const clutter =
      (n < 160 && isCallToAction(el, t)) ||
      // A manual's member named like a notice word is its heading (TypeDoc's `close`, see isCodeName).
      (NOTICE_TEXT.test(t) && !isCodeName(el)) ||
      COMMENT_STATE_TEXT.test(t) ||
      (n < 250 && CREDIT_TEXT.test(t)) ||
      (READ_MORE_TEXT.test(t) && linkDensity(el) > 0.3) ||
      URL_LINE.test(t);
    // In a listing, link lines, dates and bare counts are its cards' titles, dates and comment counts.
    const notProse =
      !listing &&
      (COUNTER_TEXT.test(t) ||
        (n < 100 && (DATELINE_TEXT.test(t) || (queryFirst(el, 'time') && !/^\s*\d{1,2}[:.]\d{2}\s*$/.test(t)))) ||
        (/^(P|H[1-6])$/.test(el.tagName) &&
          linkDensity(el) >= 0.9 &&
          !linksToCode(el) &&
          !isPermalink(el) &&
          !isIndexEntry(el) &&
          !leadsIntoSection(el, section) &&
          !isIntroducedList(el, root) &&
          // A contact page's e-mail address or phone number printed as its own link (`mailto:`, `tel:`).
          !(contacts && isContactLinkLine(el, t)) &&
          // A linked heading over its own paragraph among headings of its level that are so too: a team page's
          // member linked to a profile, a service page's service to its page (see headsSectionSeries).
          !(contacts && headsSectionSeries(el, root)) &&
          // A section's references written inline ("tar(1), rsync(1)" under a man page's SEE ALSO), or the items of
          // its list printed loose (`<li><p><a>`: Markdown's loose list, a DocFX or MkDocs "References" list).
          !((isReferenceLine(el) || isLooseItem(el)) && inSection(el)) &&
          !(manual && isTermValue(el, root))));
    // A release's version heading and the changes listed under it are the release notes' text (see release-notes.ts).
    if ((clutter || notProse) && !isVersionHeading(el) && !isReleaseLine(el)) el.remove();
  }
}

/** An "About the author" heading and the bio after it. */
function removeAuthorBox(root: Element) {
  for (const h of queryAll(root, 'h1, h2, h3, h4, h5, h6, p, strong')) {
    // The heading is a short line: a paragraph's text is not read (its measured size says it is long).
    if (sizeOf(h).chars > 100 || !AUTHOR_BOX.test(h.textContent ?? '')) continue;
    let block: Element = h;
    while (block.parentElement && block.parentElement !== root && !block.nextElementSibling)
      block = block.parentElement;
    for (let n = block.nextElementSibling, i = 0; n && i < 3; n = block.nextElementSibling, i++) {
      if (sizeOf(n).chars > 600) break;
      n.remove();
    }
    block.remove();
  }
}

export interface TidyOptions {
  /**
   * Readability's block is a listing (cards of linked titles: a blog index, a shop category): its
   * link-dense blocks and link lines are the cards, not teasers of other articles, and stay.
   */
  listing?: boolean;
  /** The page's address (links to its sub-pages are its contents, see leadsIntoSection); else the document's. */
  url?: string;
  /**
   * The page declares no article: the bodies of its document's sections stay (see inDocumentSection; a manual's
   * "See also"). Off on a declared article, whose "Sources" list under its contents' links WCXB's truths leave out.
   */
  sections?: boolean;
  /**
   * The page declares no article (og:type=article without an article's prose is a CMS's label: see ogDeclared): a
   * contact detail at the text's edges is the page's (a contact page's "Phone: …", its "Mail us" box), see trimEdges.
   */
  contacts?: boolean;
  /**
   * The page is a contact page with an enquiry form (see contactPageDetails): the box of its last contact detail after
   * the prose, its address lines with it, stays at the text's end (see trimEdges).
   */
  ownDetails?: boolean;
}

/**
 * The removal steps of the tidy pass, in the order they run, called through this record (named, like CLUTTER_RULES,
 * so `bench:extract --ablate` and `--census` reach each of them). trimEdges also returns the hero image it took off
 * the article's top (null without one).
 */
export const TIDY_STEPS = {
  removeSequenceBars,
  removeTeasers,
  removeHoverCards,
  removeEmptyFolds,
  removeLines,
  removeAuthorBox,
  removeActionLinks,
  removeRegionLines,
  trimEdges,
};
const T = TIDY_STEPS;

/** A section heading's tag (the page's title is the `<h1>`). */
const SECTION_TAG = /^H[2-6]$/;

/**
 * Second clutter pass, on Readability's output: link-dense teasers, call-to-action blocks, and
 * the labels, datelines and link lines left at the two edges of the article.
 */
export function tidyArticle(content: string | Element, doc: Document, opts: TidyOptions = {}): TidyResult {
  // Readability can hand over its article element itself (serializer option): no second parse.
  const root = typeof content === 'string' ? doc.createElement('div') : content;
  if (typeof content === 'string') root.innerHTML = content;
  measureText(root);
  T.removeSequenceBars(root);
  const section = sectionOf(opts.url ?? root.ownerDocument.documentURI ?? '');
  // The page's own in-page links (its contents, its headings' permalinks), read once and only when a heading asks.
  let anchors: Set<string> | null = null;
  // A release's changes under its version heading are the release notes' own (see isReleaseLine), on any page.
  // So is a manual's index of its pages that the text prints (Sphinx's toctree, see inPageIndex), on any page.
  const inSection = (el: Element) =>
    (!!opts.sections &&
      (inDocumentSection(el, root, () => (anchors ??= pageAnchors(doc))) || isIntroducedList(el, root))) ||
    isReleaseLine(el) ||
    inPageIndex(el, root);
  // Amid the text, a list a sentence introduces is the author's on any page (an article's "Here are some of the courses
  // you can take:"); after an article's last prose it is still a closing link list ("Learn more in our series:").
  const amidText = (el: Element) =>
    isIntroducedList(el, root) ||
    inPageIndex(el, root) ||
    (!!opts.sections && inDocumentSection(el, root, () => (anchors ??= pageAnchors(doc))));
  // A section heading of the manual's outline before its first paragraph is its first section's title, not a kicker.
  // So is a section heading that prints its own permalink in a declared article (Sphinx's Read the Docs theme declares
  // every page an Article: an API page's "Submodules" and "radiomics.base module" before the first entry went).
  // A release's version heading is its section's title on any page (see isVersionHeading).
  const isHeading = (el: Element) =>
    (opts.sections
      ? isOutlineHeading(el, root, (anchors ??= pageAnchors(doc)))
      : SECTION_TAG.test(el.tagName) && holdsPermalink(el)) || isVersionHeading(el);
  if (!opts.listing) T.removeTeasers(root, section, amidText);
  T.removeHoverCards(root);
  T.removeEmptyFolds(root);
  T.removeLines(root, !!opts.listing, section, inSection, !!opts.contacts, !!opts.sections);
  T.removeAuthorBox(root);
  // A listing gets what the region copy gets: counters, shop notices and its cards' buttons go.
  if (opts.listing) {
    T.removeActionLinks(root);
    T.removeRegionLines(root);
  }
  // A listing's edges are cards (and a category's text below them), not kickers and link lines.
  const leadImageUrl = opts.listing
    ? null
    : (T.trimEdges(root, inSection, isHeading, !!opts.contacts, !!opts.ownDetails) ?? null);
  return { html: root.innerHTML, text: nodeToText(root), leadImageUrl };
}
