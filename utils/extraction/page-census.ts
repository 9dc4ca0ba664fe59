import { measureText } from './clutter-guard';
import { isAuthorEl } from './find-posts';
import { POST_ITEMTYPE } from './post-itemtype';
import { PLAYER_CLASS, SUPPORT_HREF } from './clutter-text';
import { SOURCE_HREF } from './source-links';
import { VERSION_HREF } from './version-picker';
import { EDIT_HREF } from './edit-links';
import { attributeNames, attributeOf } from './attribute-names';
import type { Microdata } from './structured-data';
import { isBuilderBand } from './builder-bands';
import { isCardLine, isLabelledName } from './card-name';
import { memoTest } from './memo-test';
import { holdsEnquiryForm } from './contact-page-details';
import { UNSEEN_LOCAL_NAMES } from './unseen-tags';
import { namedDateLine } from './dated-name-line';

/** Candidates for each clutter rule, gathered in one walk of the page (selectors are slow in jsdom). */
export interface Census {
  hidden: Element[];
  /** Toggles after WAI-ARIA's disclosure pattern: `aria-expanded` and the id of what they open in `aria-controls`. */
  toggles: Element[];
  /** `<label>` elements with a `for` attribute: a CSS-only toggle's icon may be one (see removeViewControls). */
  toggleLabels: Element[];
  /** `<summary>` elements: a fold's label, its text shown while the fold is closed (see removeViewControls). */
  summaries: Element[];
  /** Elements with `aria-expanded`, whatever else they carry: what opens a menu's panel too (see removeMenuPanels). */
  expanders: Element[];
  emailInputs: Element[];
  forms: Element[];
  /**
   * Fields a reader types words into: `<textarea>`s and text, e-mail and phone `<input>`s (not hidden, not a button,
   * not a box, not a quantity), as the page prints them.
   */
  fields: Element[];
  /**
   * Whether the page holds an enquiry form outside its header, navigation and footer, read on `fields` before any
   * rule removes one (see holdsEnquiryForm, contactPageDetails).
   */
  enquiryForm: boolean;
  landmarks: Element[];
  skipLinks: Element[];
  /** Links without an address: a script's buttons ("Dismiss" on a cookie notice, see removeConsentBanners). */
  scriptLinks: Element[];
  classed: Element[];
  /**
   * The class and id attributes of each of `classed` ('' for none), as the census read them: the rules that run
   * before any rule changes a class or an id (removeCarouselClones, removeChrome, removeDropdownMenus) read them here,
   * not again from each element (a getter through jsdom's wrapper per read). unmarkSectionHeadings, unmarkTitleBoxes,
   * keepAdmonitions and keepDocComments change them: the rules and passes after those read the elements.
   */
  classNames: string[];
  ids: string[];
  short: Element[];
  /**
   * The tag name of each of `short`, as the census read it: the rules that scan the short blocks for a tag (the first
   * `<h1>`, the `<header>`s, links) read it here (a tag never changes), not from each element (in jsdom `tagName`
   * builds a new upper-case string per read, through its wrapper).
   */
  shortTags: string[];
  /** Links to a donation, membership or subscription page (see removeAppeals). */
  supportLinks: Element[];
  /** Links whose address shows a source file (see removeSourceLinks). */
  sourceLinks: Element[];
  /** Links whose address holds a version as a path segment (see removeVersionPickers). */
  versionLinks: Element[];
  /** Links to where the page is edited or its mistakes reported (see removeEditLinks). */
  editLinks: Element[];
  /** Dialogs: `<dialog>`, `role=dialog` or `alertdialog`, `aria-modal="true"` (see removeConsentDialogs). */
  dialogs: Element[];
  /** Audio elements, buttons and elements with a player class word (see removePlayers). */
  players: Element[];
  /**
   * Marks of a thread's posts: author marks (profile links, author classes) and elements typed as posts
   * in microdata. A page with fewer than two has no thread to look for (see findPosts).
   */
  postMarks: number;
  /** `<main>` elements and `role=main` landmarks, in page order (see mainRegion). */
  mains: Element[];
  /** Elements with an `aria-label` or `role=img`, in page order (see removeDrawnPictures). */
  labelled: Element[];
  /** `<img>` and `<svg>` elements, in page order (see firstIconAnswers). */
  pictures: Element[];
  /** The body's elements with an `itemtype`, as the census read them, in page order (see readStructuredData). */
  microdata: Microdata[];
  /**
   * `<script>`, `<style>`, `<noscript>` and `<template>` elements, in page order: text no reader sees (see
   * visibleChars), listed here so that measuring a block of the page needs no walk of it for those four tags.
   */
  unseen: Element[];
  /**
   * Elements with six element children or more (see CROWD), children before their parent: the boxes a rule about
   * a run of like children asks (see removeMarquees), found without a read of each element's neighbours.
   */
  crowded: Element[];
  /** `<pre>` and `<code>` elements the page held: none on most news pages (see unmarkTitleBoxes). */
  codeCount: number;
  /**
   * Headings that open a box with more after them and print a name and a dated clock time ("#81346 - Crs - Fri Apr 28,
   * 2006 4:23 pm"): the header lines of posts with no member's mark (see namedDateLine). Two or more let the thread
   * pass run on a page with no post marks.
   */
  datedHeadings: number;
}

/** Heading tags read for dated name lines (see datedHeadings). */
const POST_HEADINGS: ReadonlySet<string> = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);

const LANDMARK_ROLES = new Set(['navigation', 'menubar', 'menu', 'search', 'banner']);

/**
 * The last part of a custom element's name (`<devsite-thumb-rating>`, `<site-feedback>`, `<docs-toc>`) that names
 * page chrome: web components name themselves after what they are, as class words do (see isChromeElementName).
 * Promos too (`<cloud-free-trial>` closing a manual's page, `<hl-newsletter-cta>`, `<gpt-ad>`, `<partner-banner>`):
 * `trial`, `cta`, `newsletter`, `ad(s)`, `banner`, `upsell`, `signup`; never `offer` (a shop's `<og-offer>` is its
 * price).
 */
const CHROME_ELEMENT = new RegExp(
  '-(nav|navigation|menu|toc|breadcrumbs?|feedback|rating|footer|sidebar|survey|notification|snackbar|search|' +
    'selector|switcher|cookies?|consent|recommendations|linkboxes|promos?|tooltip|toolbar|drawer|modal|dialog|' +
    'popover|trial|cta|newsletter|ads?|banner|upsell|signup)$',
);

/** True for a custom element whose name's last part names page chrome (see CHROME_ELEMENT). */
export function isChromeElementName(localName: string): boolean {
  return localName.includes('-') && CHROME_ELEMENT.test(localName);
}

/** The tags of the census's `short` blocks. */
export const SHORT_TAGS: ReadonlySet<string> = new Set(
  'P DIV SPAN ASIDE SECTION A BUTTON FIGCAPTION STRONG EM B H1 H2 H3 H4 H5 H6 HEADER LI'.split(' '),
);

/** The types of `<input>` a reader types text into ("" for none: a text field). */
const TYPED_INPUT = /^(?:text|email|tel|)$/;

/** PLAYER_CLASS's answer per class string (see memoTest). */
const isPlayerClass = memoTest(PLAYER_CLASS);

function isEmailInput(el: Element, names: readonly string[]): boolean {
  const attr = (n: string) => (attributeOf(el, names, n) ?? '').toLowerCase();
  return attr('type') === 'email' || attr('name').includes('mail') || attr('placeholder').includes('mail');
}

/**
 * True when `el` (class `ttc`) is Doxygen's tooltip of a name in a code fragment: a `<div>` whose first element is
 * its `div.ttname` (the name's link), followed by `div.ttdeci` (the declaration), `div.ttdoc` (the brief) and
 * `div.ttdef` ("Definition file.hpp:182"). Doxygen prints one per linked name after every code fragment and source
 * listing, and its stylesheet hides each until the pointer rests on the name (`display: none`): not the page's text,
 * and on a source file's page several hundred words of "Definition …" lines after the code.
 */
function isCodeTooltip(el: Element, tag: string): boolean {
  if (tag !== 'DIV') return false;
  const name = el.firstElementChild;
  return name !== null && name.tagName === 'DIV' && name.getAttribute('class') === 'ttname';
}

/**
 * Sorts one element (its tag name and first child read by the walk: `tag`, `first`) into the candidate lists it
 * belongs to.
 */
function classify(el: Element, tag: string, first: ChildNode | null, c: Census) {
  // Its attributes' names once: most elements have none of those read below (see attributeNames).
  const names = attributeNames(el);
  // Its local name once too (a getter through jsdom's wrapper per read).
  const local = el.localName;
  const role = attributeOf(el, names, 'role');
  const cls = attributeOf(el, names, 'class');
  // A `<dialog>` without `open` is not shown (the browser's own style hides it until a script opens it): TypeDoc
  // 0.27's search box, its status line "Preparing search index..." in it, is one. Nor is a code tooltip (see
  // isCodeTooltip): Doxygen's hover card of a linked name in a code fragment.
  if (
    names.includes('hidden') ||
    attributeOf(el, names, 'aria-hidden') === 'true' ||
    tag === 'TEMPLATE' ||
    (tag === 'DIALOG' && !names.includes('open')) ||
    (cls === 'ttc' && isCodeTooltip(el, tag))
  )
    c.hidden.push(el);
  if (names.includes('aria-expanded')) {
    c.expanders.push(el);
    if (names.includes('aria-controls')) c.toggles.push(el);
  }
  if (tag === 'LABEL' && names.includes('for')) c.toggleLabels.push(el);
  else if (tag === 'SUMMARY') c.summaries.push(el);
  if (tag === 'TEXTAREA' || (tag === 'INPUT' && TYPED_INPUT.test((attributeOf(el, names, 'type') ?? '').toLowerCase())))
    c.fields.push(el);
  if (tag === 'INPUT' && isEmailInput(el, names)) c.emailInputs.push(el);
  else if (tag === 'FORM') c.forms.push(el);
  else if (tag === 'NAV' || LANDMARK_ROLES.has(role ?? '') || isChromeElementName(local) || isBuilderBand(el, names))
    c.landmarks.push(el);
  else if (tag === 'A') {
    const href = attributeOf(el, names, 'href') ?? '';
    if (href.startsWith('#')) c.skipLinks.push(el);
    else if (!href && !el.hasAttribute('href')) c.scriptLinks.push(el);
    else if (SUPPORT_HREF.test(href)) c.supportLinks.push(el);
    else if (SOURCE_HREF.test(href)) c.sourceLinks.push(el);
    else if (VERSION_HREF.test(href)) c.versionLinks.push(el);
    if (EDIT_HREF.test(href)) c.editLinks.push(el);
  }
  const id = attributeOf(el, names, 'id');
  if (cls || id) {
    c.classed.push(el);
    c.classNames.push(cls ?? '');
    c.ids.push(id ?? '');
  }
  if (
    tag === 'DIALOG' ||
    role === 'dialog' ||
    role === 'alertdialog' ||
    attributeOf(el, names, 'aria-modal') === 'true'
  )
    c.dialogs.push(el);
  if (tag === 'AUDIO' || tag === 'BUTTON' || role === 'button' || (cls && isPlayerClass(cls))) c.players.push(el);
  if (local === 'main' || role === 'main') c.mains.push(el);
  if (role === 'img' || names.includes('aria-label')) c.labelled.push(el);
  if (SHORT_TAGS.has(tag)) {
    c.short.push(el); // sizes are not known yet: rules check them
    c.shortTags.push(tag);
  }
  if (tag === 'IMG' || local === 'svg') c.pictures.push(el);
  const itemtype = attributeOf(el, names, 'itemtype');
  if (itemtype !== null) c.microdata.push({ tag, itemtype });
  if (
    isAuthorEl(el, names, tag) ||
    (itemtype !== null && POST_ITEMTYPE.test(itemtype)) ||
    isCardLine(el, first) ||
    (el.previousSibling?.nodeType === 3 && isLabelledName(el))
  )
    c.postMarks++;
  if (UNSEEN_LOCAL_NAMES.has(local) && el.prefix === null) c.unseen.push(el);
  if (local === 'pre' || local === 'code') c.codeCount++;
  if (POST_HEADINGS.has(tag) && !el.previousElementSibling && el.nextElementSibling && namedDateLine(el))
    c.datedHeadings++;
}

/** Measures the page's text sizes and gathers the clutter rules' candidates in the same walk, in document order. */
export function takeCensus(body: Element): Census {
  const c: Census = {
    hidden: [],
    toggles: [],
    toggleLabels: [],
    summaries: [],
    expanders: [],
    emailInputs: [],
    forms: [],
    fields: [],
    enquiryForm: false,
    landmarks: [],
    skipLinks: [],
    scriptLinks: [],
    classed: [],
    classNames: [],
    ids: [],
    short: [],
    shortTags: [],
    supportLinks: [],
    sourceLinks: [],
    versionLinks: [],
    editLinks: [],
    dialogs: [],
    players: [],
    postMarks: 0,
    mains: [],
    labelled: [],
    pictures: [],
    microdata: [],
    unseen: [],
    crowded: [],
    codeCount: 0,
    datedHeadings: 0,
  };
  measureText(
    body,
    (el, tag, first) => classify(el, tag, first, c),
    (el) => c.crowded.push(el),
  );
  if (c.fields.length) c.enquiryForm = holdsEnquiryForm(c.fields);
  return c;
}
