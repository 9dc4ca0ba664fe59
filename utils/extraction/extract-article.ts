import { Readability } from '@mozilla/readability';
import type { ExtractedArticle } from '@/utils/article';
import { removeClutter } from './remove-clutter';
import { LATER_PASSES as P } from './later-passes';
import { htmlToText, nodeToText } from './html-to-text';
import { mayEndInContacts, removeContactTail } from './contact-tail';
import { contactPageDetails } from './contact-page-details';
import { postTailLine, removePostTail } from './post-tail';
import { tidyArticle } from './tidy-article';
import { pageMetadata, cleanByline, metaIndex } from './page-metadata';
import { absoluteUrl } from './resolve-lazy-images';
import { lineBoxCode } from './line-box-code';
import { markCodeLanguages } from './code-language';
import { textareaCode } from './code-textareas';
import { unwrapNoscript } from './unwrap-noscript';
import { placeStreamedSegments, streamedTemplates } from './place-streamed-segments';
import { findPosts } from './find-posts';
import { declaredLonePost } from './declared-lone-post';
import { declaredOpening } from './declared-opening';
import { blockHoldsPosts } from './block-holds-posts';
import { removeServerNotices } from './server-notices';
import { declaredTextThreads, headerRow, postChromeBoxes, threadElement } from './extract-thread';
import { blockOutsideColumn, blockOutsideOpening, postChromeLines, preferThread } from './prefer-thread';
import { isFieldsRecord } from './fields-record';
import { removeRepeatedQuotes } from './repeated-quotes';
import { removeGuestNotices, withoutGuestNotices } from './guest-notice';
import { isCardList } from './card-posts';
import {
  chromeShare,
  chromeText,
  cleanRegion,
  mainRegion,
  outsideRegion,
  visibleChars,
  type PageLists,
  type RegionParts,
} from './extract-region';
import { skipsManualCode, skipsSections } from './skipped-sections';
import { picksHeadedSections } from './headed-sections';
import { isCmsPage, isCmsPost } from './cms-page';
import { bareRegionPage } from './bare-region-page';
import { continuesArticle, mayContinueArticle } from './continues-article';
import { continuedSections } from './continued-sections';
import { contentExcerpt, readsAsExcerpt } from './content-excerpt';
import { precedingSections } from './preceding-sections';
import { regionWordBound } from './region-words';
import { articleProse, rightsParagraphs } from './article-prose';
import { ARTICLE_TYPES, declaresService, declaresThread, preferRegion } from './prefer-region';
import { preferCards } from './prefer-cards';
import { cardsOverContacts, removeBeforeTitle } from './contact-block-cards';
import { gainsOnlyChrome } from './region-gain';
import { coverage, wordBag, wordTotal } from './word-overlap';
import { microdataOutsideBody, pageMicrodata, readStructuredData } from './structured-data';
import { jsonLdObjects } from './json-ld';
import { absoluteLinks } from './absolute-links';
import {
  LISTING_TYPES,
  PRODUCT_TYPES,
  contentShape,
  declaresManual,
  isListShape,
  manualMarkup,
  pageKind,
  type KindSignals,
} from './page-kind';
import { choiceFeatures } from './choice-features';
import { removeLineNumbers } from './line-numbers';
import { renderTerminalMarkup } from './terminal-markup';
import { byTag } from './tag-list';
import { baseOf, copyPageBase } from './page-base';
import { pageSummary } from './page-summary';
import { bodyCopy, pageCopy } from './page-copy';
import { placeholdersByTag, swapNoscriptImages } from './noscript-images';
import { listByTag } from './readability-lists';
import { checkCheaply } from './readability-checks';
import { countCodeLinksAsText, linksInCode } from './code-links';
import { isReaderable } from './is-readerable';
import { loneHeader, loneHeads, lonePost } from './lone-post';
import { PAGE_INDEX_CLASS } from './page-index';

/** What extractArticle returns before sanitizing and compressing (those need the page's window). */
export type ExtractedCore = Omit<ExtractedArticle, 'originalGzipBase64' | 'originalLength'>;

export interface ExtractOptions {
  /** Keep the whole page as a "page" when Readability finds no article. */
  force?: boolean;
  /** `doc` is a throwaway copy: clutter passes and Readability may change it instead of a clone. */
  inPlace?: boolean;
  /** Runs each named pass (`npm run bench:passes` times them); by default just runs it. */
  step?: <T>(name: string, run: () => T) => T;
  /**
   * Receives the numbers that describe the choice between the main region and Readability's block, where both
   * have words (see choiceFeatures; scripts/train-chooser.ts records them to fit and test choosers).
   */
  choice?: (features: number[]) => void;
  /**
   * Receives the name of each test of the choice of source as it settles it (the last one named decided the page;
   * `npm run bench:choice` reports them beside each candidate's score).
   */
  decide?: (test: string) => void;
}

const run = <T>(_name: string, fn: () => T): T => fn();

/** Characters a line of a comment needs to be told from the article's lines (a "Reply" or a date is not one). */
const COMMENT_LINE = 20;

/** Words under which Readability's block is a line or two (preferRegion's small block): no edge guard. */
const EDGE_GUARD_WORDS = 25;

/** Share of Readability's block's words a lone post holds when the block is that post (see declaredLonePost). */
const LONE_BLOCK = 0.9;

/** The page's canonical link (a tag-name list: an attribute selector costs more in jsdom). */
function canonicalHref(doc: Document): string | null {
  // The head first when it opens the page (its root's first element, as parsed): then a canonical link there is the
  // page's first in page order, and the walk of the whole page (the head holds a tenth of its nodes) is left for the
  // pages that print theirs elsewhere.
  const head = doc.head;
  const opens = !!head && doc.documentElement?.firstElementChild === head;
  for (const root of opens ? [head, doc] : [doc])
    for (const link of byTag(root, 'link'))
      if (link.getAttribute('rel') === 'canonical') return link.getAttribute('href');
  return null;
}

/**
 * Readability's article, kept as an element (so the tidy pass works on it without a re-parse); null
 * when it finds none or throws on a page it cannot handle (the region is then the page's content).
 */
function parseReadability(work: Document, noscripts: boolean, codeLinks: boolean) {
  try {
    const left = noscripts ? swapNoscriptImages(work) : 0;
    // A manual's index of its pages keeps its class through the block for the tidy pass (see inPageIndex); the
    // sanitizer drops every class after it.
    const reader = new Readability<Element>(work, {
      keepClasses: false,
      classesToPreserve: [PAGE_INDEX_CLASS],
      serializer: (n) => n as Element,
    });
    listByTag(reader);
    checkCheaply(reader);
    if (codeLinks) countCodeLinksAsText(reader);
    placeholdersByTag(reader, left > 0);
    return reader.parse();
  } catch {
    return null;
  }
}

/** The longest line of a text, whitespace collapsed. */
function longestLineOf(text: string): string {
  let best = '';
  for (const line of text.split('\n')) if (line.length > best.length) best = line;
  return best.replace(/\s+/g, ' ').trim();
}

/**
 * The main region of a fresh copy of the page (the clutter pass run on it), for a declared article whose
 * Readability block may be only its first part: Readability has moved the article out of the working copy.
 * The copy comes along: whether it holds a comment section is asked only of a region that continues the
 * article (see holdsComments).
 */
export function freshRegion(doc: Document, url: string, streamed: boolean): { region: Element; work: Document } | null {
  // Its passes read the body alone, but streamed parts are looked for in the whole page (placeStreamedSegments).
  const work = streamed ? (doc.cloneNode(true) as Document) : bodyCopy(doc);
  if (!work?.body) return null;
  copyPageBase(doc, work);
  unwrapNoscript(work);
  if (streamed) placeStreamedSegments(work);
  const census = removeClutter(work);
  const parts: RegionParts = { chrome: [], cards: [] };
  const region = cleanRegion(mainRegion(work.body, census ?? undefined), work, false, parts);
  // Grids of one-link cards next to an article's prose are teasers (see extractArticle).
  for (const c of parts.cards) c.remove();
  absoluteLinks(region, baseOf(work) || url);
  return { region, work };
}

/**
 * Posts with an author and a date in the fresh copy (a comment section): the region would add them to the
 * article. Two "posts" one of which holds the article's longest line and the page's <h1> are the page's layout
 * boxes, each with a byline and a date; more, or two under a title printed above them, are the article as a
 * thread's opening post and its comments (a news site's forum thread below it, a question and its one reply). The
 * region copy leaves the page as it was: asked after it, the answer is the same.
 */
function holdsComments(work: Document, longestLine: string): boolean {
  const posts = work.body && findPosts(work.body);
  const layoutBoxes =
    posts &&
    posts.length <= 2 &&
    posts.some((p) => (p.textContent ?? '').replace(/\s+/g, ' ').includes(longestLine)) &&
    posts.some((p) => byTag(p, 'h1').length);
  return !!posts && !layoutBoxes;
}

/**
 * Document in, article out: a first clutter pass and Readability on a clone of the document
 * (Readability mutates its input), or on `doc` itself with `inPlace`. Null when there is no article
 * and `force` is not set.
 */
export function extractArticle(doc: Document, url: string, opts: ExtractOptions = {}): ExtractedCore | null {
  const step = opts.step ?? run;
  // Everything read from the page as it is comes first: the passes below may change `doc` (inPlace).
  const readerable = step('readerable', () => isReaderable(doc));
  // Both are http(s) only: a page controls them, and they are shown, fetched and exported later.
  const canonicalUrl = step('metadata', () => absoluteUrl(canonicalHref(doc), url));
  const meta = step('metadata', () => metaIndex(doc));
  const ld = step('structured-data', () => jsonLdObjects(doc));
  const pm = step('metadata', () => pageMetadata(doc, meta, ld));
  const leadImageUrl = absoluteUrl(pm.image, url);
  const lang = pm.lang;
  const docTitle = (doc.title || meta('og:title') || '').trim();
  // The whole page, kept for the "page" fallback before anything is removed from it.
  const pageHtml = opts.force && opts.inPlace ? (doc.body?.innerHTML ?? '') : null;
  // React's streamed parts (see placeStreamedSegments), looked for once, in the page: its copies hold the same
  // templates (unwrapNoscript only moves nodes), so a page without them spares each copy that walk.
  const streamed = !doc.body || streamedTemplates(doc).length > 0;
  // Microdata comes from the census's walk of the body (no selector over the page), unless streamed parts will move
  // (their fallbacks go) or there is no body: then from the page as it is, here.
  const ownMicrodata = streamed ? step('structured-data', () => pageMicrodata(doc)) : null;
  const work = opts.inPlace ? doc : step('clone', () => pageCopy(doc));
  if (work !== doc) copyPageBase(doc, work);
  const noscriptCount = step('noscript', () => unwrapNoscript(work));
  if (streamed) step('noscript', () => placeStreamedSegments(work));
  // PHP's notices printed before the document stand at the start of its body: not the page (see removeServerNotices).
  if (work.body) step('noscript', () => removeServerNotices(work.body!));
  // A runnable example's code in a <textarea> (pkg.go.dev) is the code it shows (see textareaCode).
  if (work.body) step('noscript', () => textareaCode(work.body!));
  // Code printed as a box of line boxes without a <pre> (Doxygen's fragments) is made one (see lineBoxCode).
  if (work.body) step('noscript', () => lineBoxCode(work.body!));
  const marked = work.body ? step('noscript', () => markCodeLanguages(work.body)) : [];
  // A highlighter's line numbers are not the code's text (see removeLineNumbers).
  const pres = marked.length ? step('noscript', () => removeLineNumbers(marked)) : marked;
  // A terminal a script draws (termynal) keeps its console's colours as markup written out (see renderTerminalMarkup).
  if (pres.length) step('noscript', () => renderTerminalMarkup(pres));
  const census = step('clutter', () => removeClutter(work));
  if (pres.length) step('clutter', () => P.freeCodeBlocks(pres, work.body!));
  // A manual's "Note" / "Warning" boxes that point elsewhere are not links to clean away (see keepAdmonitions).
  if (census) step('clutter', () => P.keepAdmonitions(census));
  // And docutils' footnotes, drawn as <aside> (see keepFootnoteAsides).
  if (census) step('clutter', () => P.keepFootnoteAsides(census, work.body!));
  // And its topics and sidebars (see keepTopicAsides).
  if (census) step('clutter', () => P.keepTopicAsides(census));
  // And its sections named for their authors, which Readability takes for a byline (see keepAuthorSections).
  if (census) step('clutter', () => P.keepAuthorSections(census));
  // So are a reference page's short doc comments (see keepDocComments).
  if (census) step('clutter', () => P.keepDocComments(census));
  // And a manual's inline code and data tables, whatever its generator calls them (see keepContentTags).
  if (census) step('clutter', () => P.keepContentTags(census));
  // And the signatures those comments document (see keepMemberSignatures).
  if (census) step('clutter', () => P.keepMemberSignatures(census));
  // And a manual's index of its own entries, each name with its line of description (see keepEntryIndexes).
  if (census) step('clutter', () => P.keepEntryIndexes(census));
  // And a reference's summary drawn as a grid of cells is the table it draws (see keepSummaryGrids).
  if (census) step('clutter', () => P.keepSummaryGrids(census));
  // A heading's permalink printed beside it is not text, and took the heading with it (see removeHeadingPermalinks).
  if (census) step('clutter', () => P.removeHeadingPermalinks(census));
  // A toggle's collapsed header beside its expanded box is the page's script's, not text (see removeCollapsedHeaders).
  if (census) step('clutter', () => P.removeCollapsedHeaders(census));
  // Opened <noscript> blocks keep their elements: the census saw every itemtype of the page's body.
  const microdata = ownMicrodata ?? [...microdataOutsideBody(work), ...census!.microdata];
  const data = step('structured-data', () => readStructuredData(doc, ld, microdata));
  // A page that declares itself an article (og:type, schema.org type) keeps Readability's article,
  // unless it also declares a thread (a forum engine that calls its threads articles).
  // og:type=article alone is not enough: CMSs print it on every page (a service page, a category).
  const ogType = meta('og:type')?.toLowerCase() ?? null;
  const ogArticle = meta('og:type') === 'article';
  const declaredArticle = [...data.types].some((t) => ARTICLE_TYPES.test(t));
  const declaredThread = declaresThread(data.types);
  // Readers' notes under a manual's page are comments, not the page (see removeReaderNotes).
  if (census && work.body && !declaredThread) step('clutter', () => P.removeReaderNotes(census, work.body!));
  // Customers' reviews are a shop's machinery, not what the page is (see removeReviews); an article keeps its blocks,
  // and so does a page that labels itself a website and declares no product (a service's testimonials, a site of
  // reviews).
  const declaredProduct = [...data.types].some((t) => PRODUCT_TYPES.test(t));
  // An app drawn in HTML on a service's home page is a picture, not its text (see removeDrawnPictures); a news
  // story's chart keeps its labels.
  if (census && !declaredArticle) step('clutter', () => P.removeDrawnPictures(census));
  if (work.body && !declaredArticle && !ogArticle && (ogType !== 'website' || declaredProduct)) {
    step('clutter', () => P.removeReviews(work.body!));
    // Carousels of other products (sponsored rows, "customers also bought") are not the product (removeCrossSells),
    // and fine print is not the page (removeDisclaimers); a news story's disclosure is its text (Scrapinghub's truths).
    step('clutter', () => P.removeCrossSells(work.body!));
    if (census) step('clutter', () => P.removeDisclaimers(census));
  }
  // The thread and region passes each walk and copy the page: they run only where their result can be
  // kept. A declared article keeps Readability's article (below); a thread needs two marks of posts
  // (authors, typed posts) or a declared thread. og:type=article alone does not stop it (forum engines and
  // link aggregators print it on threads): preferThread keeps an article whose sentences are not the posts'.
  // A declared article with three declared comments or more may be a thread's opening post (see declaredOpening).
  const commentsDeclared = declaredArticle && !declaredThread && (data.counts.get('Comment') ?? 0) >= 3;
  // Posts headed by a plain "name - date" line (see namedDateLine) carry no mark: two such headings stand for them.
  const postsMarked = (census?.postMarks ?? 0) >= 2 || (census?.datedHeadings ?? 0) >= 2;
  const threadWanted = declaredThread || ((!declaredArticle || commentsDeclared) && postsMarked);
  // A thread's posts are copied out before Readability, which keeps one block of them (its first post).
  const postsFound = work.body && threadWanted ? step('find-posts', () => findPosts(work.body, ogArticle)) : null;
  // Under og:type=article alone, two "posts" one of which holds the page's <h1> are a blog post and its related-posts
  // box: a thread of two (a question and its one reply: Khoros, NodeBB and Vanilla label threads articles) prints its
  // title above the posts, as the head refused on such a page (see findPosts). Posts that each carry a linked
  // headline are a section's cards with their bylines (isCardList), not a thread.
  const postsKept =
    postsFound &&
    (declaredThread ||
      ((!ogArticle || postsFound.length >= 3 || !postsFound.some((p) => byTag(p, 'h1').length)) &&
        !isCardList(postsFound, baseOf(work) || url)))
      ? postsFound
      : null;
  // There the posts are a thread only with the opening post the page declares, above them: else they are a blog
  // post's comments, and the page is the declared article as before.
  const opening =
    postsKept && commentsDeclared
      ? step('find-posts', () => declaredOpening(data.objects, work.body!, postsKept))
      : null;
  // A declared thread whose posts were not found may be a thread of one post, its text and replies declared (see
  // declaredLonePost).
  const lone =
    declaredThread && !postsFound && work.body
      ? step('find-posts', () => declaredLonePost(data.objects, work.body!))
      : null;
  const posts = commentsDeclared ? (opening ? [opening, ...postsKept!] : null) : (postsKept ?? (lone && [lone]));
  const thread = posts ? step('thread-html', () => threadElement(work, posts)) : null;
  // The posts' whole text (signatures, user cards, the header rows printed before them and all), read before
  // Readability moves them (see preferThread).
  const postsText = thread
    ? step('thread-text', () => posts!.flatMap((p) => [headerRow(p), p].filter((e) => !!e).map(nodeToText)).join('\n'))
    : '';
  // Members' signatures are chrome even where the thread holds too little of the posts to tell (see postChromeLines):
  // a reply of one line under a long signature.
  const signatures = thread
    ? step('thread-text', () => posts!.flatMap((p) => postChromeBoxes(p).map((s) => nodeToText(s))).join('\n'))
    : '';
  // The main region without its chrome, for pages whose content is many blocks (service, listing, product);
  // `parts` gathers what it leaves out as chrome, whose text is read before Readability moves it (see
  // chromeShare), and the grids of one-link cards it keeps.
  const parts: RegionParts = { chrome: [], cards: [] };
  // Before Readability the census's landmarks stand for a selector over the page (see mainRegion); after it, not.
  const takeRegion = (lists?: PageLists) => {
    const main = mainRegion(work.body!, lists, true);
    // What stands outside a <main> landmark is the page's chrome too (its header, footer, newsletter band).
    if (main !== work.body) parts.chrome.push(...outsideRegion(main, work.body!));
    const r = cleanRegion(main, work, false, parts);
    absoluteLinks(r, baseOf(work) || url);
    return r;
  };
  const early = work.body && !declaredArticle ? step('region', () => takeRegion(census ?? undefined)) : null;
  const chromeLines = early ? step('region', () => chromeText(parts.chrome)) : '';
  // A declared article's main region, measured before Readability moves the article out of the page (cached
  // sizes: no walk), to tell when Readability's block is a small part of it.
  const mainChars =
    work.body && (declaredArticle || ogArticle) && !declaredThread
      ? step('main-chars', () => visibleChars(mainRegion(work.body!, census ?? undefined), census?.unseen))
      : 0;
  // Whether the copy may hold `<noscript>`s: not when unwrapNoscript found none and the census none in the body (a
  // terminal's markup, parsed between the two, is the only pass that could make one; none after the census does).
  // Then Readability's steps for them need no walk (see parseReadability).
  const noscripts = noscriptCount > 0 || !census || census.unseen.some((el) => el.localName === 'noscript');
  // Code blocks whose words link to their definitions: those links are code, not links, for Readability (see
  // code-links.ts).
  const codeLinks = pres.length > 0 && linksInCode(pres);
  const parsed = step('readability', () => parseReadability(work, noscripts, codeLinks));
  const read = parsed?.content && (parsed.textContent ?? '').trim().length > 0 ? parsed : null;
  // Readability took a block the region copy leaves out as chrome (a subscribe box, a modal, the site's
  // footer): not the page's content. The region is, or the page has none.
  const found = read && !(step('region', () => chromeShare(read.content!, chromeLines)) >= 0.8) ? read : null;
  // A declared article Readability finds nothing in still has its main content: the region (copied
  // from what Readability left of the page; it removes only what it reads as clutter).
  const region = early ?? (!found && work.body ? step('region', () => takeRegion()) : null);
  const threadText = thread ? step('thread-text', () => nodeToText(thread)) : '';
  // Where the page declares each post's text in microdata (see declaredTextThreads), the thread missed none of it.
  const postChrome = thread
    ? step(
        'thread-text',
        () => `${postChromeLines(postsText, threadText, declaredTextThreads.has(thread))}\n${signatures}`,
      )
    : '';
  // The article as it would be kept (the tidy pass drops link lines: a listing's titles among them).
  const content = found?.content;
  // Paragraphs of an article's prose: cards' summaries (a news section's stories) are not.
  const prose = step('shape', () => articleProse(found?.content));
  const articleLike = prose >= 3;
  // A block of cards (linked titles, little prose each) is a listing: its link lines are its titles.
  // A declared article with an article's prose keeps the article's tidy pass whatever its shape.
  const listing =
    !!content &&
    !((declaredArticle || ogArticle) && articleLike) &&
    step('shape', () => isListShape(contentShape(content)));
  // og:type=article is an article's label when the page has an article's prose (three paragraphs) or
  // marks of comments (authors) beside a block that is not cards (a blog index's cards carry authors too);
  // without them it is a CMS's label on a service page or a category.
  const ogDeclared = ogArticle && (articleLike || (!listing && (census?.postMarks ?? 0) >= 2));
  // Grids of one-link cards are the page's body when Readability found no prose beside them (a news section,
  // a shop's grid); next to paragraphs of prose they are teasers (a firm's "insights" under its introduction).
  if (prose >= 2 && !listing) for (const c of parts.cards) c.remove();
  // Read only when the region's choice is weighed (a kept thread or a declared article never needs it).
  let regionTextRead: string | null = null;
  const regionText = () => (regionTextRead ??= region ? step('region-text', () => nodeToText(region)) : '');
  // A manual's closing sections stay (see inDocumentSection); an article's "Sources" under its contents' links are not
  // its text for the truths (a guide fell 0.981 → 0.923 with them). og:type=article is no article's label on a page
  // that says it is a manual or is drawn in a manual theme's content box (see manualMarkup): Hugo's themes print it on
  // every page, and a Docsy manual's opening headings went as kickers.
  const sections =
    !declaredArticle && (!ogArticle || manualMarkup(data.types, meta('generator'), census?.classNames ?? []));
  // A page that declares no article keeps the contact details at its text's edges (see trimEdges); a shop's product
  // page that declares itself one is no contact page (its "Call us" and opening hours lines are the shop's chrome).
  const contacts = !declaredArticle && !ogDeclared && !declaredProduct;
  // And a contact page with an enquiry form keeps its details' box at the text's end (see contactPageDetails).
  const ownDetails = contacts && contactPageDetails(url, docTitle, census);
  const tidy = content
    ? step('tidy', () => tidyArticle(content, doc, { listing, url, sections, contacts, ownDetails }))
    : null;
  // A declared article whose Readability block is under 40 % of its main region: the region may be the whole
  // article, Readability's block its first part (see continuesArticle). The region is copied from a fresh
  // copy of the page, on these pages only, and not on a page with a comment section (see holdsComments).
  // The copy is skipped where its words cannot reach continuesArticle's ratio (regionWordBound: counted on the
  // page without copying it), and its comment check runs only for a region that continues the article.
  const longer =
    tidy &&
    (declaredArticle || ogDeclared) &&
    !declaredThread &&
    mainChars >= tidy.text.length * 2.5 &&
    !!doc.body &&
    step('region-bound', () => mayContinueArticle(regionWordBound(doc.body!), tidy.text))
      ? step('fresh-region', () => freshRegion(doc, url, streamed))
      : null;
  const longerText = longer ? step('region-text', () => nodeToText(longer.region)) : '';
  // Kept, it gets the tidy pass of an article (its byline, kicker and link lines at the edges go).
  const continued =
    longer &&
    tidy &&
    // Or Readability's block is a pick of the region's sections (skipsSections): a service page built of sections
    // that an SEO plugin labels an Article, its block one paragraph of each section, the cards between them skipped.
    (continuesArticle(longerText, tidy.text, prose) || skipsSections(longerText, tidy.text)) &&
    !step('fresh-region', () => holdsComments(longer.work, longestLineOf(tidy.text)))
      ? step('tidy', () => tidyArticle(longer.region, doc, { url, contacts }))
      : null;
  // A service or business page's introduction may run to paragraphs: not an article's prose. Nor are the
  // paragraphs of a page that labels itself a website (og:type), unless it declares a product (a shop's
  // region keeps its cart and shipping lines) or a forum thread (a thread of one post, which Readability's block
  // is: the region adds the forum's sidebar lists; an FAQ's questions are not one).
  const website = ogType === 'website' && !declaredThread && !declaredProduct;
  const regionArticleLike = articleLike && !declaresService(data.types) && !website;
  // Posts found but not kept beside an article's prose (Readability's block is not theirs: preferThread) are its
  // comment section: the region is weighed without their lines (a blog post's comments made the body three times
  // the post, and the post lost to the body).
  const withoutComments = (text: string) => {
    if (!thread || !articleLike) return text;
    const postLines = new Set(threadText.split('\n').filter((l) => l.length >= COMMENT_LINE));
    return text
      .split('\n')
      .filter((l) => !postLines.has(l))
      .join('\n');
  };
  const collection = [...data.types].some((t) => LISTING_TYPES.test(t));
  // The region or Readability's block, on a page that declares no article (preferRegion), or a region of cards
  // over a block that is neither cards nor an article's prose (preferCards).
  const tell = (test: string) => opts.decide?.(test);
  // The region won as a grid of cards over the footer's address (see cardsOverContacts): the cards are its content.
  let contactCards = false;
  // The box of a lone post whose text is Readability's block, under its own header (see lonePost).
  let loneBox: Element | null = null;
  const regionWins = () => {
    if (found && declaredArticle) return (tell('declared-article'), false);
    // Readability's block may be a pick of a page's sections, the region the page (see skipsSections): then
    // og:type=article is a CMS's label and the paragraphs of the sections it kept are not an article's prose.
    // Under og:type=article the region is read for it only when it can be 1.5 times the block (the main region's
    // size measured before Readability): elsewhere the region choice reads it anyway.
    // Not on a page that declares a collection (a shop's category): its region adds filter, sort and cart lines.
    const pick = () => !!tidy && !collection && skipsSections(regionText(), tidy.text);
    // A CMS's page that prints its main landmark (the region is the page's own main content, not a guess at it) may be
    // a pick of its headed sections where skipsSections cannot see it: the sections left out stand before or after
    // the block, not between its parts (see picksHeadedSections). So may a page that prints no landmark at all (an
    // unseen theme's div soup: its region is the body less the chrome the clutter pass found; see bareRegionPage),
    // unless its body class says a post (two news posts on Scrapinghub without landmarks fell to their sidebars).
    // So may a manual's page that says so (a documentation generator or type, see declaresManual): Readability keeps
    // one section of an Antora page (Asciidoctor's `div.sect1` boxes, each paragraph in its own `div.paragraph`, score
    // apart) and drops the sections before and after it.
    const headed = () =>
      !!tidy &&
      !collection &&
      !!region &&
      !!census &&
      (census.mains.length
        ? isCmsPage(doc) || declaresManual(data.types, meta('generator'))
        : bareRegionPage(census) && !isCmsPost(doc)) &&
      picksHeadedSections(region, regionText(), tidy.text);
    // Both tests hold on a page without og:type=article too (a CMS page without an SEO plugin, a builder's page
    // printing no landmark), not a website, whose block reads as an article's prose: Readability kept the section with
    // the most paragraphs (an FAQ's answers), and the region, under twice its words, held it to an article's ratio. Not
    // with two marks of posts (authors) in the census: a blog post and its comments (a Blogger post printing no
    // landmark: the comments' heading and a sidebar's read as sections it left out).
    const picked = ogDeclared
      ? !!tidy && mainChars >= tidy.text.length * 1.5 && (pick() || headed())
      : regionArticleLike && (pick() || ((census?.postMarks ?? 0) < 2 && headed()));
    if (found && ogDeclared && !picked) return (tell('og-article'), false);
    const text = regionText();
    const weighed = withoutComments(text);
    // A region weighed without its comments' lines is smaller than the block for want of them: no spill (see
    // preferRegion); nor is a block of cards.
    const ratioArticle = regionArticleLike && !picked;
    const chosen = preferRegion(
      weighed,
      tidy?.text ?? '',
      ratioArticle,
      listing || !articleLike,
      !listing && weighed === text,
    );
    // The region beats the block only by chrome at its edges (a post's header row and a sign-up box, a footer and the
    // forms after it; see gainsOnlyChrome): not for a block of cards (the region's other cards are link lines), a
    // line or two of a block, a region weighed without its comments, or a block that spilled past the region.
    // Under 1.15 times the block the region won by holding the whole of it and 40 words more (preferRegion's cards):
    // its gain need only reach the 40 words.
    const wholeBlock = (r: string, b: string) => wordTotal(r) < wordTotal(b) * 1.15;
    const rule =
      chosen &&
      !(
        region &&
        tidy &&
        !listing &&
        weighed === text &&
        wordTotal(tidy.text) >= EDGE_GUARD_WORDS &&
        wordTotal(text) > wordTotal(tidy.text) &&
        step('region-gain', () =>
          gainsOnlyChrome(region, text, tidy.text, wholeBlock(text, tidy.text) ? 1 : ratioArticle ? 2 : 1.15),
        )
      );
    if (opts.choice && region && tidy && content && text.trim() && tidy.text.trim()) {
      const c = { regionText: text, region, articleText: tidy.text, article: content, rule, prose, regionArticleLike };
      const more = { ogType, types: data.types, postMarks: census?.postMarks ?? 0 };
      opts.choice(choiceFeatures({ ...c, ...more, cardGrids: parts.cards.filter((g) => region.contains(g)).length }));
    }
    tell(picked ? 'picked-sections' : 'prefer-region');
    if (chosen && !rule) tell('edge-guard');
    // A page labelled a website whose Readability block is one post under its own header (a name and a date above
    // it; see lonePost): a thread of one post, its region the forum's side column beside it. Read only where the
    // region won.
    if (
      rule &&
      website &&
      !thread &&
      !listing &&
      region &&
      tidy &&
      (loneBox = step('lone-post', () => lonePost(region, tidy.text)))
    )
      return (tell('lone-post'), false);
    if (rule || !region || !tidy || articleLike || listing) return rule;
    // A grid of like cards under the title, with no prose, beside a block that is the footer's address (see
    // cardsOverContacts).
    if (!prose && step('contact-cards', () => cardsOverContacts(region, text, tidy.text)))
      return (tell('contact-cards'), (contactCards = true));
    tell('prefer-cards');
    return preferCards(text, tidy.text, region);
  };
  // A kept thread shows each post's text once: quotes of an earlier post go (see markRepeatedQuotes), and so do the
  // guests' notices inside its posts (see markGuestNotices).
  const keptThread = (el: Element) => {
    tell('prefer-thread');
    const text = step('thread-text', () =>
      [removeRepeatedQuotes(el), removeGuestNotices(el)].some(Boolean) ? nodeToText(el) : threadText,
    );
    return { html: el.innerHTML, text, source: 'thread' as const, el };
  };
  // Read only beside posts, on a block with prose.
  const rights = thread && prose ? rightsParagraphs(found?.content) : [];
  // Readability's block that is the lone post's own text (nine words in ten of it the post's) stays the page, under
  // the thread's header (the post's declared author and date): without the engine's lines inside its box (a link's
  // preview card, a guests' notice), and no region around it.
  const loneBlock = !!lone && !!tidy && coverage(wordBag(tidy.text), wordBag(threadText)) >= LONE_BLOCK;
  const chosen = step('prefer', () =>
    continued
      ? (tell('continues-article'),
        { html: continued.html, text: continued.text, source: 'article' as const, el: longer!.region })
      : thread &&
          !loneBlock &&
          (!found || !declaredArticle || declaredThread || !!opening) &&
          // A lone post the page declares without replies is the page, whatever Readability kept (a footer band's
          // "About" paragraph beside a post of one line).
          (!!lone ||
            preferThread(
              threadText,
              tidy?.text ?? found?.textContent ?? '',
              declaredThread,
              // The site's rights line that Readability took with the footer is no article's prose nor its words (see
              // rightsProse).
              rights.length ? `${postChrome}\n${rights.map((p) => nodeToText(p)).join('\n')}` : postChrome,
              prose && prose - rights.length,
              // Where Readability's block stood: a side column's box after the first post, not the post they answer.
              () => !!content && step('side-box', () => blockOutsideOpening(doc, content, posts![0])),
              // Or outside the column of the page's title and first post: a footer band beside a short thread.
              () => !!content && step('side-box', () => blockOutsideColumn(doc, content, posts![0])),
            ) ||
            // A thread of several short posts, each under its writer and date, that Readability's block holds with the
            // board's chrome around them and no paragraph of its own (see blockHoldsPosts).
            (!!tidy &&
              prose <= 1 &&
              step('held-posts', () =>
                blockHoldsPosts(thread, threadText, tidy.text, `${postsText}\n${postChrome}`),
              )) ||
            // A block without prose that is a record's fields (a bug's Status, Product, Assignee rows) is a form
            // around the posts, whatever their size: an issue tracker's comments are its page (see isFieldsRecord).
            (prose === 0 && !!content && step('fields-record', () => isFieldsRecord(content))))
        ? keptThread(thread)
        : !loneBlock && regionWins()
          ? { html: region!.innerHTML, text: regionText(), source: 'region' as const, el: region! }
          : null,
  );
  // A page that declares no article (og:type=article without an article's prose is a CMS's label: see ogDeclared): its
  // region's copy may end in the site's address block (see contactTail), taken off after the choice (the choice weighs
  // the copy as the rules above left it).
  const undeclared = !declaredArticle && !ogDeclared;
  // A region that won over Readability's block of an article's prose and goes on past its end into the post's comment
  // section or a headed list of other posts (see postTailLine): the tail goes, read on the texts first.
  const tailLine =
    chosen?.source === 'region' && !declaredArticle && !listing && prose >= 1 && tidy
      ? step('post-tail', () => postTailLine(chosen.text, tidy.text))
      : null;
  const untailed =
    chosen && tailLine && step('post-tail', () => removePostTail(chosen.el, tailLine))
      ? { ...chosen, html: chosen.el.innerHTML, text: nodeToText(chosen.el) }
      : chosen;
  // A grid of cards chosen over the footer's address starts at the page's title (see removeBeforeTitle).
  const titled =
    untailed && contactCards && step('contact-cards', () => removeBeforeTitle(untailed.el))
      ? { ...untailed, html: untailed.el.innerHTML, text: nodeToText(untailed.el) }
      : untailed;
  // A contact page's details at its end stay (see contactPageDetails).
  const ownContacts = () => ownDetails;
  const whole =
    titled?.source === 'region' && undeclared && mayEndInContacts(titled.text)
      ? step('contact-tail', () =>
          removeContactTail(titled.el, contactCards, ownContacts)
            ? { ...titled, html: titled.el.innerHTML, text: nodeToText(titled.el) }
            : titled,
        )
      : titled;
  // The page's kind, from what it declares and the shape of what is kept (see pageKind).
  const kindOf = (source: KindSignals['source'], content: Element | null) =>
    step('page-kind', () =>
      pageKind({
        data,
        ogType,
        generator: meta('generator'),
        source,
        content,
        articleLike,
      }),
    );
  // The list row's line under the title: Readability's excerpt or the page's description when either reads as a
  // summary, else the first line of the kept text that does (a thread's first post, not its number or time).
  const excerptOf = (el: Element | null | undefined) =>
    step('excerpt', () => {
      const told = [found?.excerpt?.trim(), meta('description', 'og:description')?.trim()];
      return told.find(readsAsExcerpt) ?? (el && contentExcerpt(el)) ?? (told.find(Boolean) || null);
    });
  if (whole) {
    return {
      url,
      canonicalUrl,
      readerable,
      kind: 'article',
      pageKind: kindOf(whole.source, whole.el),
      title: (found?.title || docTitle || url).trim(),
      byline: null,
      siteName: found?.siteName?.trim() || meta('og:site_name') || null,
      lang: lang ?? found?.lang ?? null,
      excerpt: excerptOf(whole.el),
      publishedTime: found?.publishedTime || pm.publishedTime,
      leadImageUrl,
      contentHtml: whole.html,
      textContent: whole.text,
    };
  }
  if (found && tidy) {
    const parsed = found;
    // A manual's sections after Readability's block, which stops before them (see continuedSections).
    // And its mirror: the sibling sections right before the block, which starts inside the text (precedingSections).
    const manual = sections && region && !thread && !listing && (census?.postMarks ?? 0) < 2;
    // Or the block skips short sections between its lines where the region prints code (see skipsManualCode): the
    // region holds them in place.
    const skipped = manual && step('continued', () => skipsManualCode(region, regionText(), tidy.text));
    if (skipped) tell('manual-skipped-sections');
    const more =
      manual && !skipped ? step('continued', () => continuedSections(region, regionText(), tidy.text)) : null;
    const before =
      manual && !skipped ? step('continued', () => precedingSections(region, regionText(), tidy.text)) : null;
    if (more || before) tell('continued-sections');
    const kept = skipped
      ? { html: region.innerHTML, text: regionText() }
      : more || before
        ? step('tidy', () => {
            const box = doc.createElement('div');
            box.innerHTML = tidy.html;
            if (before) box.prepend(...before.map((n) => n.cloneNode(true)));
            for (const n of more ?? []) box.append(n.cloneNode(true));
            return tidyArticle(box, doc, { url, sections, contacts, ownDetails });
          })
        : tidy;
    // Readability's block of a page that declares no article: the same address block.
    const tailed =
      undeclared && mayEndInContacts(kept.text)
        ? step('contact-tail', () => {
            const box = doc.createElement('div');
            box.innerHTML = kept.html;
            return removeContactTail(box, false, ownContacts) ? { html: box.innerHTML, text: nodeToText(box) } : kept;
          })
        : kept;
    // The lone post's block keeps the thread's header above it, its declared author and date (see declaredLonePost):
    // a thread of one post is still a thread. And it loses a guests' notice inside the post, as a kept thread's posts
    // do (see withoutGuestNotices): the block is the post's own text.
    // So does a lone post found in the region under its own header (see lonePost): its name and date, printed as a
    // thread prints them.
    const head =
      loneBlock && thread
        ? thread.querySelector('article > header')
        : loneBox && loneHeads.has(loneBox)
          ? loneHeader(doc, loneHeads.get(loneBox)!)
          : null;
    const post = head ? withoutGuestNotices(doc, tailed) : tailed;
    const headed = head ? { html: head.outerHTML + post.html, text: `${nodeToText(head)}\n${post.text}` } : tailed;
    return {
      url,
      canonicalUrl,
      readerable,
      kind: 'article',
      pageKind: kindOf('article', found.content ?? null),
      title: (parsed.title || docTitle || url).trim(),
      byline: cleanByline(parsed.byline) ?? cleanByline(meta('author', 'article:author')),
      siteName: parsed.siteName?.trim() || meta('og:site_name') || null,
      lang: lang ?? parsed.lang ?? null,
      excerpt: excerptOf(parsed.content),
      publishedTime: parsed.publishedTime || pm.publishedTime,
      leadImageUrl: leadImageUrl ?? absoluteUrl(tidy.leadImageUrl, url),
      contentHtml: headed.html,
      textContent: headed.text,
    };
  }
  // A page that shows no text at all (a script's loading screen, fetched or stored without running it) holds what
  // its description says (see pageSummary).
  const summary = found ? null : step('summary', () => pageSummary(doc.body, meta));
  if (summary) {
    tell('page-summary');
    const box = doc.createElement('div');
    for (const line of summary.split(/\n\s*/)) box.append(Object.assign(doc.createElement('p'), { textContent: line }));
    return {
      url,
      canonicalUrl,
      readerable,
      kind: 'article',
      pageKind: kindOf('article', box),
      title: docTitle || url,
      byline: null,
      siteName: meta('og:site_name'),
      lang,
      excerpt: meta('description', 'og:description'),
      publishedTime: pm.publishedTime,
      leadImageUrl,
      contentHtml: box.innerHTML,
      textContent: nodeToText(box),
    };
  }
  if (!opts.force) return null;
  const html = pageHtml ?? doc.body?.innerHTML ?? '';
  return {
    url,
    canonicalUrl,
    readerable,
    kind: 'page',
    pageKind: kindOf('none', null),
    title: docTitle || url,
    byline: null,
    siteName: meta('og:site_name'),
    lang,
    excerpt: meta('description', 'og:description'),
    publishedTime: null,
    leadImageUrl,
    contentHtml: html,
    textContent: html ? htmlToText(html, doc) : '',
  };
}
