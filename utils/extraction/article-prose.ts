import { isPageHref } from './page-href';
import { byTag } from './tag-list';
import { textOutsideLinks } from './text-outside-links';

/** Characters a paragraph needs to count as prose (an article has several such; a service page's block rarely). */
const PROSE_CHARS = 160;

/**
 * Characters a card's summary has at most (a few sentences): a ranking's or a buying guide's items under linked
 * names run to paragraphs of 900 characters and more, and are an article's prose.
 */
const SUMMARY_CHARS = 500;

/** Characters a card holds besides its summary at most: its title, a date, a byline, a label. */
const CARD_EXTRA_CHARS = 300;

/** Characters of link text a card's title has at least ("Short Wave", "666ghj / MiroFish"). */
const TITLE_CHARS = 10;

/** Levels above a summary paragraph that its card may span (a headline's box, the item, its wrapper). */
const CARD_DEPTH = 4;

const textLength = (el: Element) => (el.textContent ?? '').trim().length;

/**
 * True when a paragraph of prose is a card's summary: a few sentences (500 characters at most) that are mostly a
 * link (a linked teaser), or that a small box around it (the paragraph and a few lines more) holds together with a
 * link to a page before it, the card's title. A news section's or a topic page's stories, a repository list's
 * descriptions. An article's paragraph stands in its body, which holds much more than one paragraph and a title.
 */
export function isCardSummary(p: Element, root: Element): boolean {
  const own = textLength(p);
  if (own > SUMMARY_CHARS) return false;
  let linked = 0;
  for (const a of byTag(p, 'a')) linked += textLength(a);
  if (linked >= own / 2) return true;
  let card = p.parentElement;
  for (let depth = 0; card && card !== root && depth < CARD_DEPTH; depth++, card = card.parentElement) {
    if (textLength(card) > own * 1.5 + CARD_EXTRA_CHARS) return false;
    for (const a of byTag(card, 'a')) {
      // Links come in document order: from the first one at or after the paragraph on, none is its title.
      if (!(p.compareDocumentPosition(a) & 2 /* Node.DOCUMENT_POSITION_PRECEDING */)) break;
      if (isPageHref(a.getAttribute('href')) && textLength(a) >= TITLE_CHARS) return true;
    }
  }
  return false;
}

/**
 * Paragraphs of an article's prose in a block (Readability's article): paragraphs of 160 characters or more,
 * less the cards' summaries when there are two or more of them (see isCardSummary), and none when summaries are
 * half of them or more (a listing's introduction above its cards is not an article). A news section whose cards
 * carry summaries reads as paragraphs of prose, and is a listing; one paragraph after a linked byline is an
 * article's opening.
 */
export function articleProse(content: Element | null | undefined): number {
  if (!content) return 0;
  let prose = 0;
  let summaries = 0;
  for (const p of byTag(content, 'p')) {
    if (textLength(p) < PROSE_CHARS) continue;
    prose++;
    if (isCardSummary(p, content)) summaries++;
  }
  if (summaries < 2) return prose;
  // Mostly summaries: a listing, whose few other paragraphs are its introduction, not an article.
  return summaries * 2 >= prose ? 0 : prose - summaries;
}

/**
 * A paragraph whose own text (its links' text and the bars between them left out) opens with a rights mark and a
 * year: the site's legal line ("© 2004 Acme Corporation. All rights reserved. Acme, the Acme logo … are trademarks of
 * …"), under the footer's line of links ("Home | News | Support"), long enough to count as prose, not an article's.
 */
const RIGHTS_OPENING = /^[\s|·•/-]*(©|\(c\)|copyright)\s*(©|\(c\))?\s*\d{4}/i;

/**
 * How many of a block's paragraphs of prose (see articleProse) are the site's rights line (see RIGHTS_OPENING).
 * Readability takes the page's footer for its article where the content stands in class-less tables (vBulletin 2's
 * posts, each a `<table>` of `<font>` runs): a line of links and the legal paragraph under it. That block is no
 * article above a thread's posts (see preferThread).
 */
export function rightsProse(content: Element | null | undefined): number {
  return rightsParagraphs(content).length;
}

/**
 * The paragraphs that rightsProse counts. Their words are no article's either: a thread of short posts (four posts
 * of two hundred words) stood under three times a footer of links and a legal line of trademarks once the members'
 * panes were out of the posts' text (see anchorName), and lost to it.
 */
export function rightsParagraphs(content: Element | null | undefined): Element[] {
  if (!content) return [];
  return byTag(content, 'p').filter((p) => textLength(p) >= PROSE_CHARS && RIGHTS_OPENING.test(textOutsideLinks(p)));
}
