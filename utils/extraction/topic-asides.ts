import type { Census } from './page-census';
import { asBlock } from './admonitions';
import { readabilityDrops } from './code-wrappers';

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
 * own sidebar (a `<nav>` of links) opens with no such paragraph.
 */
export function keepTopicAsides(c: Census): void {
  for (const el of c.classed) {
    if (el.tagName !== 'ASIDE' || !el.isConnected || !BOX_CLASS.test(el.getAttribute('class') ?? '')) continue;
    const title = el.firstElementChild;
    if (title?.tagName !== 'P' || !TITLE_CLASS.test(title.getAttribute('class') ?? '')) continue;
    const box = asBlock(el);
    for (const b of [box, title])
      if (readabilityDrops(b)) {
        b.setAttribute('class', 'text');
        b.removeAttribute('id');
      }
  }
}
