import { AUDIO_TEXT, CORRECTION_HEADING, CTA_TEXT, LIST_HEADING, NOTICE_TEXT } from './clutter-text';
import { SHARE_CLASS, CONSENT_CLASS, SNIPPET_CLASS } from './clutter-text';
import { dropUnlessArticle, linkDensity, sizeOf, widgetRoot } from './clutter-guard';
import { takeCensus, type Census } from './page-census';
import { APPEAL_RULES } from './remove-appeals';
import {
  controlledIds,
  isContentPanel,
  isDisclosedPanel,
  isFoldedPanel,
  openPanel,
  repeatsPage,
  tabSetPanels,
  unwrapToggle,
} from './folded-panel';
import { visibleChars } from './extract-region';
import { isCallToAction } from './call-to-action';
import { isCodeName } from './code-name';
import { holdsDescription } from './holds-description';
import {
  unmarkDisclosureHeaders,
  unmarkHeadingUtilities,
  unmarkSectionHeadings,
  unmarkTitleBoxes,
} from './section-headings';
import { unwrapHeadingBoxes } from './heading-boxes';
import { unwrapHeadingWidgets } from './heading-widgets';
import { unwrapUnlinkedHeadings } from './unlinked-headings';
import { removeZeroWidthParagraphs } from './zero-width-paragraphs';
import { joinTitleBeforeMain } from './title-before-main';
import { joinHeaderBeforeText } from './header-before-text';
import { answerTexts, firstIconAnswers, removeFeedbackWidgets } from './feedback-widget';
import { closestMatch, queryAll, queryFirst } from './dom-query';
import { isAnnouncementBar, removeBarsBeforeHeader } from './announcement-bar';
import { removeDropdownMenus } from './dropdown-menu';
import { anchorTargets } from './anchor-targets';
import { removeSourceLinks } from './source-links';
import { removeViewControls } from './view-controls';
import { removeEmptyResults } from './empty-results';
import { removeVersionPickers } from './version-picker';
import { removeVersionNotices } from './version-notice';
import { removeEditLinks } from './edit-links';
import { removeCarouselClones } from './carousel-clones';
import { removeLayoutVariants } from './layout-variants';
import { removeRepeatedTabs } from './repeated-tabs';
import { removeConsentBanners, removeConsentDialogs } from './consent-banner';
import { isAdmonitionBox } from './admonitions';
import { describesItsLinks, isPointingSentence, keepAsText, pointsInSentences } from './described-links';
import { isDocumentHeading, labelBefore, namesOwnSection } from './document-sections';
import { isBuilderBand } from './builder-bands';
import { attributeNames } from './attribute-names';
import { childElements } from './child-elements';
import { asTextBox, isProseNav } from './prose-nav';
import { removePageContents } from './page-contents';
import { removeSiteLogos } from './site-logo';
import { removeLeadMenus } from './lead-menus';
import { removeMenuPanels } from './menu-panels';
import { removeFooterBand } from './footer-band';
import { removeMarquees } from './marquees';
import { removeMonthGrids } from './month-grids';
import { removeMobileCopies } from './mobile-copies';
import { removeBreakpointTwins } from './breakpoint-twins';
import { removeFormStatus } from './form-status';
import { holdsContactsBeside } from './form-contacts';
import { addsToCart } from './cart-form';
import { removeSkippedBars } from './skipped-bar';

const text = (el: Element) => (el.textContent ?? '').trim();
const live = (el: Element) => el.isConnected;

/** True when a block holds more visible text than the rest of the page (scripts' text not counted). */
function outweighsPage(el: Element, c: Census): boolean {
  const body = el.ownerDocument.body;
  if (!body) return false;
  const own = visibleChars(el, c.unseen);
  return own > visibleChars(body, c.unseen) - own;
}

/**
 * Hidden content (hidden, aria-hidden, template) is not what the reader sees, except folded panels
 * (tabs, accordion bodies, FAQ answers) and hidden blocks of article prose: those are opened.
 */
function removeHidden(c: Census) {
  const disclosed = c.toggles.length ? controlledIds(c.toggles) : null;
  let pageText: string | null = null;
  const page = () => (pageText ??= c.hidden[0]?.ownerDocument.body?.textContent ?? '');
  const tabs = c.hidden.length ? tabSetPanels(c.hidden[0].ownerDocument, c.hidden) : null;
  for (const el of c.hidden) {
    if (!live(el)) continue;
    if (el.tagName !== 'TEMPLATE' && isFoldedPanel(el)) openPanel(el);
    // A panel only its toggle names (see isDisclosedPanel), unless it repeats what the page shows (see repeatsPage).
    else if (disclosed && isDisclosedPanel(el, disclosed) && !repeatsPage(el, page)) openPanel(el);
    // A panel of a tab set known by its shape alone (see tabSetPanels), on the same terms.
    // Its lines shared with the set's other panels are no repeat of the page.
    else if (tabs?.has(el) && isContentPanel(el) && !repeatsPage(el, page, el.parentElement?.textContent ?? ''))
      openPanel(el);
    // Hidden prose a script moves into view (a streamed page's parts: `<div hidden id="S:0">`) is the page
    // when it outweighs what the page shows (a shipping notice kept for a dialog does not).
    else if (!dropUnlessArticle(el) && el.tagName !== 'TEMPLATE' && outweighsPage(el, c)) openPanel(el);
  }
}

/**
 * Forms that ask for an e-mail address (newsletter, account) and call-to-action forms, with their wrappers. Not a
 * form that holds the page (more of its visible text than the rest): ASP.NET Web Forms (and JSF) wrap the whole page
 * in one `<form>` to post its state back, and its header's "Sign Up" link is no form's call to action. A short page
 * in one (a forum thread of five posts, under 1,500 characters: no article's weight to spare it) went whole.
 */
function removeSignupForms(c: Census) {
  if (!c.emailInputs.length && !c.forms.length) return;
  const titles = c.short.filter((_, i) => c.shortTags[i] === 'H1');
  const holdsPage = (form: Element) => form.tagName === 'FORM' && outweighsPage(form, c);
  // A product's page (a form that adds it to the cart) prints its seller's or adviser's details beside the question
  // forms of an "Ask us about this product" box: the shop's machinery, which goes with its forms (see
  // holdsContactsBeside, written for a contact page's card; see addsToCart).
  const stopAt = c.forms.some(addsToCart) ? undefined : holdsContactsBeside;
  for (const input of c.emailInputs) {
    const form = closestMatch(input, 'form') ?? input.parentElement;
    if (form && live(form) && !holdsPage(form)) dropUnlessArticle(widgetRoot(form, 500, titles, stopAt));
  }
  for (const form of c.forms)
    if (live(form) && CTA_TEXT.test(text(form)) && !holdsPage(form))
      dropUnlessArticle(widgetRoot(form, 500, titles, stopAt));
}

/**
 * A custom element named as chrome (see isChromeElementName) or a page builder's header or footer (see isBuilderBand)
 * that holds the page: a `<main>`, an article or the headline, or half of its text (a site's `<vg-vgn-nav>` wraps the
 * whole page to slot its menus around it).
 */
function wrapsPage(el: Element, c: Census): boolean {
  if (!el.localName.includes('-') && !isBuilderBand(el, attributeNames(el))) return false;
  if (queryFirst(el, 'main, article, [role="main"], h1')) return true;
  const body = el.ownerDocument.body;
  return !!body && visibleChars(el, c.unseen) * 2 > visibleChars(body, c.unseen);
}

/** Navigation landmarks, skip links, share/follow bars, cookie banners and shops' announcement bars. */
function removeChrome(c: Census) {
  for (const el of c.landmarks) {
    if (!live(el) || wrapsPage(el, c)) continue;
    // A `<nav>` that is a text (a Webflow FAQ's answer, see isProseNav) stays, as the box it is.
    if (isProseNav(el)) asTextBox(el);
    else dropUnlessArticle(el);
  }
  for (const a of c.skipLinks) if (live(a) && /^\s*skip\b/i.test(a.textContent ?? '')) a.remove();
  for (let i = 0; i < c.classed.length; i++) {
    const el = c.classed[i];
    // A bar without text changes nothing a reader or the text sees. Whether it is still in the page is asked last (a
    // walk to the root in jsdom): of the few whose class words match.
    if (!sizeOf(el).chars) continue;
    const ci = `${c.classNames[i]} ${c.ids[i]}`;
    if (SHARE_CLASS.test(ci) && sizeOf(el).chars < 200) {
      // A manual's section titled "Sharing …" (its id the title's slug, see namesOwnSection) is no share bar.
      if (live(el) && !namesOwnSection(el, SHARE_CLASS)) dropUnlessArticle(el);
    } else if (
      CONSENT_CLASS.test(ci) &&
      /^(DIV|SECTION|ASIDE|DIALOG|FORM)$/.test(el.tagName) &&
      sizeOf(el).chars < 800 &&
      live(el)
    )
      dropUnlessArticle(el);
    // A shop's announcement bar is short notices, however many (see isAnnouncementBar): not article prose.
    else if (isAnnouncementBar(el, ci)) el.remove();
    // Metadata for search engines that the theme's style sheet hides (see SNIPPET_CLASS).
    else if (SNIPPET_CLASS.test(ci) && sizeOf(el).chars < 200) el.remove();
  }
}

/** `el.querySelector('p p')`: a paragraph inside `el` that stands in another (inside `el`, `el` or around it). */
function nestedParagraph(el: Element): boolean {
  const paragraphs = queryAll(el, 'p');
  if (!paragraphs.length) return false;
  if (closestMatch(el, 'p')) return true;
  return paragraphs.some((p) => !!p.parentElement && !!closestMatch(p.parentElement, 'p'));
}

/** Short blocks that are machinery (ad labels, audio notices, gallery counters) or a call to action. */
function removeNotices(c: Census) {
  for (let i = 0; i < c.short.length; i++) {
    const el = c.short[i];
    const tag = c.shortTags[i];
    const n = sizeOf(el).chars;
    if (!n || n > 200 || /^(LI|H\d|HEADER|B)$/.test(tag) || !live(el)) continue;
    const t = text(el);
    if (!t) continue;
    if (NOTICE_TEXT.test(t) || AUDIO_TEXT.test(t)) {
      // Code is what its author wrote: a YAML key `image:` in a highlighter's `<span>` is no picture's label.
      if (!isCodeName(el) && !closestMatch(el, 'pre')) el.remove();
    } else if (isCallToAction(el, t) && tag !== 'SPAN' && (tag !== 'P' || t.length < 120) && !nestedParagraph(el))
      el.remove();
  }
}

/** A block of links to elsewhere: link-dense, or teasers (links with at most one paragraph of prose). */
function isLinkList(el: Element): boolean {
  return linkDensity(el) > 0.5 || (sizeOf(el).prose <= 1 && el.getElementsByTagName('a').length >= 1);
}

/** True when nothing with text stands before `el` in its parent. */
function opens(el: Element): boolean {
  for (let p = el.previousSibling; p; p = p.previousSibling) {
    if (p.nodeType === 1 ? sizeOf(p as Element).chars > 0 : (p.textContent ?? '').trim()) return false;
  }
  return true;
}

/**
 * True when a heading is an entry of the page's own outline: its table of contents links to it (`href="#…"` to the
 * id of the heading, of an element inside it, of the empty label right before it, or of the section it opens). A
 * manual's "See also" and "Related content" are its last sections (MDN, Microsoft Learn, the Arch wiki list them in
 * their contents, and the truths keep them); a news page's "Related" box is in no table of contents.
 */
function inOutline(h: Element, block: Element, ids: Set<string>): boolean {
  if (!ids.size) return false;
  const linked = (el: Element) => !!el.id && ids.has(el.id);
  for (let el: Element | null = h; el; el = el.parentElement) {
    if (linked(el)) return true;
    if (el === block) break;
  }
  // The section the heading opens (not any block around it: a skip link's "#main-content" names the article's).
  const section = block.parentElement;
  if (section?.tagName === 'SECTION' && opens(block) && linked(section)) return true;
  for (const inner of h.querySelectorAll('[id]')) if (ids.has(inner.id)) return true;
  const label = labelBefore(block);
  return !!label && ids.has(label);
}

/** Link lists under a "related" / "more news" / "editors' picks" style heading. */
function removeHeadedLists(c: Census) {
  let ids: Set<string> | null = null;
  for (let i = 0; i < c.short.length; i++) {
    const h = c.short[i];
    const tag = c.shortTags[i];
    const n = sizeOf(h).chars;
    if (!n || n > 50 || tag === 'A' || tag === 'LI' || childElements(h, 3) > 2 || !live(h)) continue;
    const own = text(h);
    // A manual's "Submit correction" box titles a line and a link to a form, as a related list titles its links: a
    // heading below the page's own <h1> (a help centre's "Report a problem" article), not a link's line.
    if (!own || !(LIST_HEADING.test(own) || (/^H[2-6]$/.test(tag) && CORRECTION_HEADING.test(own)))) continue;
    // A sentence that opens with a list heading's words and links in it ("See also the error_page directive.") is
    // the text's.
    if (isPointingSentence(h, own)) continue;
    // Climb while the heading is all its wrapper holds.
    let block: Element = h;
    while (
      block.parentElement &&
      text(block.parentElement) === own &&
      !/^(BODY|ARTICLE|MAIN)$/.test(block.parentElement.tagName)
    )
      block = block.parentElement;
    if (inOutline(h, block, (ids ??= anchorTargets(c.skipLinks)))) continue;
    // The heading titles its parent only when it opens it: a "Don't miss" line between paragraphs
    // titles the links after it, not the paragraphs before it.
    const list = block.parentElement;
    // A manual's last section whose contents a script draws (Microsoft Learn's "Related content"): one of three or
    // more headings of its rank in its box that all carry ids, as the tidy pass reads them (see isDocumentHeading).
    if (list && isDocumentHeading(h, list, ids)) continue;
    // A manual's own "See also": the term of a list of definitions (javadoc's and Doxygen's "See Also:" before a
    // method's references) or the label of an admonition box (Sphinx's `.. seealso::`, MkDocs's admonitions).
    if (h.tagName === 'DT' || (list && opens(block) && isAdmonitionBox(list))) continue;
    // The same box by its shape, whatever its class words: links as the terms of a list, each described.
    // Or a related list's label over sentences whose links stand in them (not a correction box: its line is chrome).
    const sentences = () => LIST_HEADING.test(own) && pointsInSentences(list!, block);
    if (list && opens(block) && (describesItsLinks(list, block) || sentences())) {
      keepAsText(list);
      continue;
    }
    if (
      list &&
      opens(block) &&
      !/^(BODY|ARTICLE|MAIN)$/.test(list.tagName) &&
      isLinkList(list) &&
      !holdsDescription(list) &&
      dropUnlessArticle(list)
    )
      continue;
    // A box that holds the page's declared description is its text (Invision 4's post feed after its unfilled
    // "Recommended Posts" box: see holdsDescription), however link-dense.
    const next = block.nextElementSibling;
    if (next && linkDensity(next) > 0.6 && !holdsDescription(next)) dropUnlessArticle(next);
    dropUnlessArticle(block);
  }
}

/** Rating widgets: a question beside Yes / No buttons, links to nowhere or icons (see removeFeedbackWidgets). */
function removeFeedback(c: Census) {
  removeFeedbackWidgets(c.players);
  removeFeedbackWidgets(c.skipLinks);
  // Answers drawn as icons alone (Help Scout's faces) are no buttons: each row of them, from its first answer.
  removeFeedbackWidgets(firstIconAnswers(c.short, c.pictures));
  // Answers written as plain text (a help center's "<span>Yes</span><span>No</span>", no button, role or link).
  removeFeedbackWidgets(answerTexts(c.short, c.shortTags));
}

/** Fold titles written as toggle buttons become text (see unwrapToggle), after the player rule read the buttons. */
function openToggles(c: Census) {
  for (const el of c.players) if (live(el)) unwrapToggle(el);
}

/** The pre-pass rules, in the order they run (named, so docs and benchmarks can refer to each). */
export const CLUTTER_RULES: Record<string, (c: Census) => void> = {
  removeHidden,
  removeCarouselClones,
  removeLayoutVariants,
  removeMobileCopies,
  removeBreakpointTwins,
  removeRepeatedTabs,
  removeMarquees,
  removeMonthGrids,
  removeSignupForms,
  removeFormStatus,
  removeBarsBeforeHeader,
  removeSkippedBars,
  removeChrome,
  removeLeadMenus,
  removeMenuPanels,
  removeFooterBand,
  removeSiteLogos,
  removeConsentBanners,
  removeConsentDialogs,
  removeDropdownMenus,
  removeVersionPickers,
  removeVersionNotices,
  removeEditLinks,
  ...APPEAL_RULES,
  removeNotices,
  removeHeadedLists,
  removePageContents,
  removeFeedback,
  removeSourceLinks,
  removeViewControls,
  removeEmptyResults,
  removeZeroWidthParagraphs,
  openToggles,
  unmarkSectionHeadings,
  unmarkDisclosureHeaders,
  unmarkHeadingUtilities,
  unwrapHeadingBoxes,
  unwrapHeadingWidgets,
  unwrapUnlinkedHeadings,
  unmarkTitleBoxes,
  joinTitleBeforeMain,
  joinHeaderBeforeText,
};

/**
 * First clutter pass, before Readability, on a clone of the page: removes what is plainly not the
 * article. Every rule pairs a text pattern with a structural signal and spares blocks holding prose.
 * Returns the page's census (taken before the rules ran), for the passes after it.
 */
export function removeClutter(doc: Document, rules = CLUTTER_RULES): Census | null {
  if (!doc.body) return null;
  const census = takeCensus(doc.body);
  for (const rule of Object.values(rules)) rule(census);
  return census;
}
