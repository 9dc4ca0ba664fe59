import { joinRegExp } from '@/utils/lib/join-regexp';
import { anchorTargets } from './anchor-targets';
import type { Census } from './page-census';
import { squashedText as text, wordsBesideLinks } from './words-beside-links';

/**
 * An address where a page is edited or its mistakes reported: a code host (GitHub, GitLab, Bitbucket, Codeberg), a
 * wiki's `?action=edit`, an `/edit/` path, a new issue, Sphinx's `_sources/` copy of the page.
 */
export const EDIT_HREF =
  /github\.com|gitlab\.|bitbucket\.org|codeberg\.org|[?&]action=edit|\/edit\/|\/issues\/new|_sources\//i;

/** A link's whole text when it offers to edit the page or report a mistake in it. */
const EDIT_TEXT = joinRegExp(
  '^(?:',
  [
    /(edit|improve|update|fix|correct) (this|the) (page|doc|document|article|section|file)/iu,
    /edit (on|in|via) (github|gitlab|bitbucket)|(view|show) (the |page )?source|suggest (an? )?(edit|change)s?/iu,
    /report (a |an )?(bug|issue|problem|error|typo|mistake)|(submit|open|create|file|raise) (a |an )?pull request/iu,
    /(submit|open|create|file|raise) (a |an )?(new )?(documentation |doc |project )?issue/iu,
    /diese seite bearbeiten|(auf|bei) github bearbeiten|modifier cette page|modifier sur github/iu,
    /editar esta página|editar en github|modifica questa pagina|modifica su github|editar no github/iu,
  ],
  ')(?: (on|in) (github|gitlab|bitbucket))?\\s*[.!]?$',
  'iu',
);

/** A wiki's link that edits one section of a page (MediaWiki's `?action=edit&section=3`, VisualEditor's `veaction`). */
const SECTION_EDIT_HREF =
  /[?&](?:ve)?action=edit\b(?=.*[?&]section=(?:\d|new|T-))|[?&]section=(?:\d|new|T-)[^#]*[?&](?:ve)?action=edit\b/i;

/** Words of other text (icons' labels, separators, "Found a typo?") a box may hold beside its edit links. */
const MAX_OTHER_WORDS = 3;
/** Levels above an edit link that its box may reach. */
const MAX_LEVELS = 4;

/**
 * Links that offer to edit the page or report a mistake in it ("Edit this page", "Edit on GitHub", "View page
 * source", php.net's "Submit a Pull Request" and "Report a Bug", Docsy's "Create documentation issue"), with the bar
 * that holds only them. Every generator prints one (Docusaurus, MkDocs, Sphinx's themes, VitePress, GitBook, Hugo's
 * Docsy, php.net); most put it in a `<nav>`, a footer or a class the region copy reads as chrome, but a page without
 * `<main>` whose bar has no such class kept it as a line of the manual. A link is one when its whole text says so
 * (see EDIT_TEXT) and its address leads to where the page is edited (see EDIT_HREF); its box grows while the box holds
 * at most three words besides (up to four levels, never the body, `<main>` or an article). A link inside a sentence
 * ("please report a bug on GitHub if …") stays.
 */
export function removeEditLinks(c: Census): void {
  // A section's edit link beside its heading ("[edit]", "[bearbeiten]", "[modifier]"): by its address, whatever its
  // words, with the box that holds nothing else (its brackets), never the heading's box.
  for (const a of c.editLinks) {
    if (!a.isConnected || !SECTION_EDIT_HREF.test(a.getAttributeNS(null, 'href') ?? '')) continue;
    let box: Element = a;
    for (let level = 0, p = a.parentElement; p && level < MAX_LEVELS; level++, p = p.parentElement) {
      if (
        /^(BODY|MAIN|ARTICLE|HTML|H[1-6])$/.test(p.tagName) ||
        (p.textContent ?? '').replace(/[\s[\]|()·]/g, '') !== (a.textContent ?? '').replace(/\s/g, '')
      )
        break;
      box = p;
    }
    box.remove();
  }
  const links = new Set(c.editLinks.filter((a) => a.isConnected && EDIT_TEXT.test(text(a))));
  // The ids the page's own links point to, read once and only when a box the climb reaches has an id.
  let targets: Set<string> | null = null;
  for (const a of links) {
    if (!a.isConnected) continue;
    let box: Element = a;
    for (let level = 0, p = a.parentElement; p && level < MAX_LEVELS; level++, p = p.parentElement) {
      if (/^(BODY|MAIN|ARTICLE|HTML)$/.test(p.tagName) || wordsBesideLinks(p, links) > MAX_OTHER_WORDS) break;
      // A box the page's own links point to is an entry of the text (an API member's box: its signature, whose
      // permalink names it, and its "[View source]"), not a bar of edit links, however few its words.
      if (p.id && (targets ??= anchorTargets(c.skipLinks)).has(p.id)) break;
      box = p;
    }
    // Inside a sentence: the link's own box is the link, and its parent holds other words.
    if (box === a && a.parentElement && !/^(BODY|MAIN|ARTICLE)$/.test(a.parentElement.tagName)) continue;
    box.remove();
  }
}
