import type { Census } from './page-census';
import { linkDensity, sizeOf } from './clutter-guard';
import { WRAPPER, isOwnProse } from './linked-headings';

/** Section headings a builder's heading widget holds. */
const SECTION_HEADING = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);

/** Wrappers around a heading that its widget may have (Elementor: the widget, its container). */
const MAX_WRAPPERS = 4;

/** Characters beside a heading's text that its widget may show: a permalink's "#" or "¶". */
const PERMALINK_CHARS = 2;

/** Heading widgets, each over its own prose widget, a page holds at least to be a series of sections. */
const MIN_SERIES = 3;

/**
 * The outermost box around `h` whose text is the heading's alone (but a permalink's symbol) and that holds no
 * picture: the widget a page builder prints each heading in. Null when the heading stands in no such box.
 */
function widgetOf(h: Element): Element | null {
  const n = sizeOf(h).chars;
  let box: Element | null = null;
  let el = h.parentElement;
  for (let level = 0; el && level < MAX_WRAPPERS && WRAPPER.has(el.tagName); level++, el = el.parentElement) {
    if (sizeOf(el).chars > n + PERMALINK_CHARS || el.querySelector('img, picture, svg, video, iframe')) break;
    box = el;
  }
  return box;
}

/** Boxes with text after a heading widget read for its section's prose (a role line, a bio; a caption, a text). */
const MAX_SECTION_BOXES = 3;

/** Paragraphs of a box read for the section's own prose. */
const MAX_PARAGRAPHS = 4;

/**
 * True when the boxes right after a heading widget, up to the next box that holds a heading, hold the section's own
 * prose (see isOwnProse): a text widget's paragraph, after a role line or a divider at most. Boxes with no text (a
 * divider, a spacer) are passed over.
 */
function proseWidgetsAfter(box: Element): boolean {
  let boxes = 0;
  for (let next = box.nextElementSibling; next && boxes < MAX_SECTION_BOXES; next = next.nextElementSibling) {
    if (!sizeOf(next).chars) continue;
    if (!WRAPPER.has(next.tagName) || next.querySelector('h1, h2, h3, h4, h5, h6')) return false;
    boxes++;
    const ps = next.getElementsByTagName('p');
    for (let i = 0; i < ps.length && i < MAX_PARAGRAPHS; i++) if (isOwnProse(ps[i])) return true;
  }
  return false;
}

/**
 * Section headings that page builders print each in a widget of its own, apart from the text widget under it:
 * Elementor's `elementor-widget-heading` then `elementor-widget-text-editor`, Duda's `dmNewParagraph` boxes, Divi's
 * `et_pb_text` modules. Readability's conditional cleaning drops a box whose text is all link (link density over
 * 0.2 at a weight under 25), so a team page whose members' names link to their profiles, or a services page whose
 * services link to their pages, kept every bio and every description under none of its names. Where a page holds
 * three such widgets or more, each a box whose only text is one `<h2>`–`<h6>` right over a box that opens with a
 * paragraph of the heading's own prose (80 characters or more ending a sentence, not an excerpt cut with "…", not
 * mostly links), a heading that is mostly link takes its widget's place, its wrappers gone: the heading then stands
 * in its section for Readability as in a hand-written page, and the tidy pass reads it as one (see
 * headsSectionSeries). No class name is read: the shape is the widgets'. Headings without links
 * are left where they are (Readability keeps a box that is all heading).
 */
export function unwrapHeadingWidgets(c: Census): void {
  const widgets: [Element, Element][] = [];
  for (let i = 0; i < c.short.length; i++) {
    if (!SECTION_HEADING.has(c.shortTags[i])) continue;
    const h = c.short[i];
    if (!sizeOf(h).chars) continue;
    const box = widgetOf(h);
    if (box && proseWidgetsAfter(box)) widgets.push([h, box]);
  }
  if (widgets.length < MIN_SERIES) return;
  for (const [h, box] of widgets) if (linkDensity(h) >= 0.5 && box.isConnected) box.replaceWith(h);
}
