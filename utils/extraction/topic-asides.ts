import type { Census } from './page-census';
import { amongText, asBlock } from './admonitions';
import { linkDensity, sizeOf } from './clutter-guard';
import { readabilityDrops } from './code-wrappers';
import { childList } from './child-elements';

/** docutils' box classes: `.. topic::`, `.. sidebar::` (and Jupyter Book's `{margin}`, `sidebar margin`). */
const BOX_CLASS = /(^|\s)(topic|sidebar)(\s|$)/;

/** The title paragraph docutils opens each with: `p.topic-title`, `p.sidebar-title`. */
const TITLE_CLASS = /(^|\s)(topic|sidebar)-title(\s|$)/;

/**
 * Topics and sidebars drawn as `<aside>`: docutils 0.18+ (every Sphinx manual since Sphinx 5, whatever its theme;
 * Jupyter Book's margin notes) writes `.. topic::` as `<aside class="topic">` and `.. sidebar::` as
 * `<aside class="sidebar">`, each opening with its title paragraph. They are the manual's text (a summary, a note
 * beside a section), but Readability removes every `<aside>`, and a box named `sidebar` as an unlikely candidate. An
 * aside of that class whose first element is its title paragraph becomes the block it reads as, its and its title's
 * class words traded for one Readability weighs as content where they read as unlikely (`sidebar-title`); a site's
 * own sidebar (a `<nav>` of links) opens with no such paragraph. docutils before 0.18 (Sphinx 4 and older) wrote the
 * same boxes as `<div class="topic">` and `<div class="sidebar">`, which Readability drops for the word `sidebar`:
 * a div so named, opening with its title paragraph, keeps its text the same way. An aside whose class words are
 * hashed is one by its shape (see readsAsTopic).
 */
export function keepTopicAsides(c: Census): void {
  for (const el of c.classed) {
    const tag = el.tagName;
    const aside = tag === 'ASIDE';
    if (!aside && tag !== 'DIV') continue;
    // A div only by its class (most of a page's classed elements are divs): asked before anything else of it.
    const boxNamed = BOX_CLASS.test(el.getAttribute('class') ?? '');
    if ((!aside && !boxNamed) || !el.isConnected) continue;
    const title = el.firstElementChild;
    const named = boxNamed && TITLE_CLASS.test(title?.getAttribute('class') ?? '');
    // A <div> only by its names (docutils before 0.18 writes the boxes as divs), an aside by them or its shape.
    // A div's table of contents (`div.contents.topic`, all links) is no text of the page.
    if (title?.tagName !== 'P' || !(aside ? named || readsAsTopic(el, title) : named && linkDensity(el) <= 0.25))
      continue;
    const box = aside ? asBlock(el) : el;
    for (const b of [box, title])
      if (readabilityDrops(b)) {
        // A div in place loses its words alone: weighed as content, it drew the page's footer into the region.
        if (aside) b.setAttribute('class', 'text');
        else b.removeAttribute('class');
        b.removeAttribute('id');
      }
  }
}

/** The blocks a topic holds besides its title: text, lists, code and a highlighter's boxes around it. */
const TOPIC_BLOCK = /^(P|UL|OL|DL|PRE|BLOCKQUOTE|TABLE|DIV)$/;

/** Characters of a topic's title paragraph at most ("In short", "Why not drop them?"). */
const TITLE_CHARS = 60;

/**
 * The same box with its class words hashed (a site's build renames `topic` and `topic-title`): an aside that stands
 * among the text's blocks (see amongText), opens with a short title paragraph without links and holds only blocks of
 * text, one a paragraph of 40 characters or more, at most a quarter of its text in links. A side column's aside
 * (links to other pages), a promotion (a form, a button, an image) and a card (a heading) are none of these.
 */
function readsAsTopic(el: Element, title: Element): boolean {
  const t = sizeOf(title).chars;
  if (!t || t > TITLE_CHARS || title.getElementsByTagName('a').length) return false;
  const rest = childList(el).slice(1);
  if (!rest.length || rest.some((b) => !TOPIC_BLOCK.test(b.tagName))) return false;
  if (
    el.querySelector('form, input, button, select, textarea, img, picture, video, iframe, svg, h1, h2, h3, h4, h5, h6')
  )
    return false;
  return rest.some((b) => b.tagName === 'P' && sizeOf(b).chars >= 40) && linkDensity(el) <= 0.25 && amongText(el);
}
