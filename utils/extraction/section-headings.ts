import type { Census } from './page-census';
import { holdsArticle } from './clutter-guard';

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
 * Section headings that Readability would drop as page headers because their class says "header": Substack's
 * `<h3 class="header-anchor-post">` above each section of a post (its permalink box), lost with every heading of
 * the post. A heading among the article's paragraphs (its parent holds article prose) loses the class words that
 * name it a header when nothing else in its class or id is one of Readability's unlikely words: a "comments-header"
 * or a "related-header" still goes, and so does a header band's heading outside the prose.
 */
export function unmarkSectionHeadings(c: Census): void {
  for (const el of c.classed) {
    if (!SECTION_HEADING.has(el.tagName) || !el.isConnected) continue;
    const cls = el.getAttribute('class') ?? '';
    const ci = `${cls} ${el.id}`;
    if (!UNLIKELY.test(ci) || OK_MAYBE.test(ci) || UNLIKELY.test(el.id)) continue;
    // "comments-header" names a comment section whatever the header word says.
    if (UNLIKELY.test(ci.replace(HEADER_WORDS, ' '))) continue;
    const kept = cls.split(/\s+/).filter((w) => w && !HEADER_WORD.test(w));
    if (!el.parentElement || !holdsArticle(el.parentElement)) continue;
    el.setAttribute('class', kept.join(' '));
  }
}
