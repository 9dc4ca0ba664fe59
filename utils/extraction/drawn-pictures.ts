import type { Census } from './page-census';
import { sizeOf } from './clutter-guard';
import { queryFirst } from './dom-query';
import { visibleChars } from './extract-region';

/**
 * An `aria-label` that calls a box a picture of something: "A screenshot of the Linear app …", "Visual demonstration
 * of VS Code editor …", "Mockup of the dashboard", "Capture d'écran de …", "Bildschirmfoto der App". The label opens
 * with it (an article, then an adjective at most): "Watch the demo video" names a button, not a picture.
 */
const PICTURE_LABEL = new RegExp(
  '^\\s*(an?\\s+|the\\s+|une?\\s+|la\\s+|le\\s+|el\\s+|ein(e|er)?\\s+|die\\s+|der\\s+|das\\s+)?' +
    '((visual|interactive|animated|product|app|interaktive?|visuelle?|animierte?)\\s+)?' +
    '(screenshots?|screen\\s+shots?|screen\\s+captures?|demonstrations?|mock-?ups?|illustrations?|' +
    "captures?\\s+d['’]écran|démonstrations?|maquettes?|bildschirmfotos?|" +
    'capturas?\\s+de\\s+pantalla|demostraci[oó]n|ilustraci[oó]n|maquetas?|schermat[ae]|illustrazioni?|' +
    'captura\\s+de\\s+tela|demonstraç[aã]o|ilustraç[aã]o|schermafbeeldings?)\\b',
  'i',
);

/**
 * Class words (split at `-`, `_`, camelCase) of a box that stands for a picture: `PageSection_illustration`. Not id
 * words: ids are often the slug of a heading's text (`id="start-with-the-mockup"`).
 */
const PICTURE_WORD = /^(illustrations?|mockups?|screenshots?)$/;

/** What a class holds somewhere when one of its words may be a PICTURE_WORD (tested before splitting). */
const PICTURE_ANYWHERE = /illustration|mockup|screenshot/i;

/** Tags that are never a picture drawn in HTML: a real picture, a link or a button, the page's own boxes. */
const NOT_PICTURE = /^(IMG|SVG|PICTURE|FIGCAPTION|A|BUTTON|BODY|MAIN|ARTICLE|HTML|H[1-6])$/i;

/** Share of the page's visible text a drawn picture holds at most: a page that is one drawing is its content. */
const MAX_SHARE = 0.4;

/**
 * True when a box with text is a picture drawn in HTML: `role="img"` (its children are presentational: a screen
 * reader reads its label, not its text), an `aria-label` that names a screenshot, a demonstration or a mock-up, or
 * class words that name an illustration, a mock-up or a screenshot. SaaS home pages draw their app this way (an
 * issue board, a chat, an editor with code in tabs): its lines are the picture's, not the page's.
 */
export function isDrawnPicture(el: Element): boolean {
  return !NOT_PICTURE.test(el.tagName) && (labelledPicture(el) || classedPicture(el));
}

/** Lower-case words of a text (letters and digits). */
const words = (t: string) => t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * `role="img"` whose text says more than its label (a drawn chart's axis, an app's panes; a star rating that prints
 * "Rated 5 out of 5" under the same label is what a reader hears anyway), or an `aria-label` that names a picture
 * (see PICTURE_LABEL).
 */
function labelledPicture(el: Element): boolean {
  const label = el.getAttributeNS(null, 'aria-label') ?? '';
  if (el.getAttributeNS(null, 'role') === 'img') {
    const said = new Set(words(label));
    return words(el.textContent ?? '').some((w) => !said.has(w));
  }
  return PICTURE_LABEL.test(label);
}

/** Class words that name a picture (see PICTURE_WORD); the words are split only when the class holds one. */
function classedPicture(el: Element): boolean {
  const cls = el.getAttributeNS(null, 'class') ?? '';
  return PICTURE_ANYWHERE.test(cls) && classWords(cls).some((w) => PICTURE_WORD.test(w));
}

/** A class attribute's words, lower case, split at `-`, `_`, spaces and camelCase (see classWordList). */
const classWords = (cls: string) =>
  cls
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[-_\s]+/);

/**
 * Removes pictures drawn in HTML (see isDrawnPicture) that hold text: an app's mock-up on a service's home page
 * (Linear's issue board and chat under "A screenshot of the Linear app", VS Code's editor under "Visual demonstration
 * of …"). Not one that holds a heading (`h1`–`h3`: a section titled inside its illustration box), a main landmark,
 * an article, two prose paragraphs, or 40 % of the page's visible text. Run on pages that declare no article: a news
 * story's chart or map keeps its labels.
 */
export function removeDrawnPictures(c: Census): void {
  let all = -1;
  const remove = (el: Element) => {
    if (NOT_PICTURE.test(el.tagName) || !el.isConnected) return;
    if (sizeOf(el).prose >= 2 || queryFirst(el, 'h1, h2, h3, main, article, figcaption, [role="main"]')) return;
    if (all < 0) all = visibleChars(el.ownerDocument.body!);
    if (visibleChars(el) <= all * MAX_SHARE) el.remove();
  };
  // Text first (cached sizes), then the attributes: most labelled elements are icons and buttons without text.
  for (const el of c.labelled) if (sizeOf(el).chars && labelledPicture(el)) remove(el);
  for (const el of c.classed) if (sizeOf(el).chars && classedPicture(el)) remove(el);
}
