import { dropUnlessArticle, sizeOf } from './clutter-guard';
import { closestMatch, queryAll, queryFirst } from './dom-query';

/** Characters a rating widget holds at most (its question, a line under it, its buttons' labels). */
const MAX_WIDGET_CHARS = 300;

/** Characters of a rating button's label ("Yes", "Not really", "👍", or none: an icon with an aria-label). */
const MAX_LABEL_CHARS = 20;

/** Characters of the widget's own text besides its buttons (its question and a line under it). */
const MAX_QUESTION_CHARS = 150;

/** Levels above a button the widget's question may stand. */
const MAX_LEVELS = 4;

/** A "?" that ends a sentence. */
const QUESTION_END = /\?(?![\p{Ll}\d=&])/u;

/**
 * A rating's answer written as a link to nowhere ("<a href="#">Yes</a>": the page's script sends the vote):
 * yes / no in ten languages, or a thumb.
 */
const ANSWER_TEXT = /^(?:yes|no|ja|nein|oui|non|sí|si|sim|não|nee|да|нет|так|ні|はい|いいえ|👍|👎)[.!]?$/iu;

/** True for a link whose address leads nowhere (`#`, `#top`, `javascript:`) and whose text is an answer. */
export function isAnswerLink(el: Element): boolean {
  if (el.tagName !== 'A') return false;
  const href = (el.getAttribute('href') ?? '').trim();
  return (href.startsWith('#') || /^javascript:/i.test(href)) && ANSWER_TEXT.test((el.textContent ?? '').trim());
}

/** Characters of an answer's text at most, as measured ("Yes", "Nein", "いいえ", with the spaces around them). */
const MAX_ANSWER_CHARS = 8;

/** Tags an answer written as plain text may take (a help center's `<span data-href="…/thumbs_up">Yes</span>`). */
const ANSWER_TAGS = new Set(['SPAN', 'DIV', 'LI', 'STRONG', 'B']);

/**
 * A rating's answer written as a plain element whose text is the answer alone (yes / no, a thumb; see ANSWER_TEXT):
 * the page's script listens for its click, and no tag, role or link says it is a button. Under hashed class names
 * nothing else tells it from the question's line.
 */
export function isAnswerText(el: Element, tag = el.tagName): boolean {
  if (!ANSWER_TAGS.has(tag) || sizeOf(el).chars > MAX_ANSWER_CHARS) return false;
  return ANSWER_TEXT.test((el.textContent ?? '').trim());
}

const isButton = (el: Element) =>
  el.tagName === 'BUTTON' || el.getAttribute('role') === 'button' || isAnswerLink(el) || isAnswerText(el);

/** Pixels an icon is drawn at, at most (a face or a thumb; a screenshot is wider). */
const MAX_ICON_PX = 64;

/** A small picture: an `<svg>`, or an `<img>` whose width and height attributes say it is an icon. */
function isIcon(el: Element): boolean {
  if (el.tagName === 'svg' || el.tagName === 'SVG') return true;
  const w = Number(el.getAttribute('width') ?? NaN);
  const h = Number(el.getAttribute('height') ?? w);
  return w > 0 && w <= MAX_ICON_PX && h > 0 && h <= MAX_ICON_PX;
}

/** An answer drawn as an icon alone, no text (Help Scout's faces: `<span data-rating="happy"><img width="24">`). */
function isIconAnswer(el: Element): boolean {
  if (sizeOf(el).chars) return false;
  const pictures = queryAll(el, 'img, svg');
  return pictures.length === 1 && isIcon(pictures[0]);
}

/**
 * True for a row of two to four answers drawn as icons alone, all of one tag (see isIconAnswer). The tags and the
 * measured text of all of them first, then the pictures inside each (a walk of it); the children by their siblings,
 * not a `children` list (in jsdom each index of it is read through a proxy that looks the index up among names).
 */
function isIconAnswers(row: Element): boolean {
  const count = row.childElementCount;
  const first = row.firstElementChild;
  if (count < 2 || count > 4 || !first) return false;
  const tag = first.tagName;
  if (tag === 'IMG') return false;
  for (let a: Element | null = first; a; a = a.nextElementSibling) if (a.tagName !== tag) return false;
  for (let a: Element | null = first; a; a = a.nextElementSibling) if (!isIconAnswer(a)) return false;
  return true;
}

/** The buttons inside `el` (`<button>`, `role=button`, answers as links to nowhere or as icons), outermost only. */
function buttonsIn(el: Element): Element[] {
  const out: Element[] = [];
  for (const b of queryAll(el, 'button, [role="button"], a')) {
    if ((b.tagName !== 'A' || isAnswerLink(b)) && !out.some((o) => o.contains(b))) out.push(b);
  }
  for (const row of queryAll(el, 'span, div, ul, p'))
    if (isIconAnswers(row))
      for (let a = row.firstElementChild; a; a = a.nextElementSibling) if (!out.some((o) => o.contains(a))) out.push(a);
  // Answers as plain text, outermost, and none that wraps a button already found (`<span><button>Yes</button></span>`).
  for (const a of queryAll(el, 'span, div, li, strong, b'))
    if (isAnswerText(a) && !out.some((o) => o.contains(a) || a.contains(o))) out.push(a);
  return out;
}

/** The text of `el` without the text of its buttons, whitespace collapsed. */
function textBesides(el: Element, buttons: readonly Element[]): string {
  let t = (el.textContent ?? '').replace(/\s+/g, ' ');
  for (const b of buttons) {
    const label = (b.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (label) t = t.replace(label, ' ');
  }
  return t.replace(/\s+/g, ' ').trim();
}

/**
 * The rating widget around `button`, or null: the nearest box (up to four levels up, at most 300 characters)
 * that holds a question (a sentence ending in "?", outside its buttons) and two to four buttons with short labels
 * ("Was this page helpful? Yes No", "Did you find what you were looking for today? … 👍 👎"), and at most one link.
 */
export function feedbackWidget(button: Element): Element | null {
  let el = button.parentElement;
  for (let level = 0; el && level < MAX_LEVELS; level++, el = el.parentElement) {
    if (/^(BODY|MAIN|ARTICLE|HTML)$/.test(el.tagName) || sizeOf(el).chars > MAX_WIDGET_CHARS) return null;
    // No question in the box at all (a row of social icons): none beside its buttons either.
    if (!(el.textContent ?? '').includes('?')) continue;
    const buttons = buttonsIn(el);
    const rest = textBesides(el, buttons);
    if (!rest.includes('?')) continue;
    // A code box's buttons (copy, run) beside code that holds a "?" (Rust's operator, a prompt) are not a widget,
    // nor is a quoted post with its thread's buttons (quote, reply) beside a question someone asked.
    if (rest.length > MAX_QUESTION_CHARS || queryFirst(el, 'pre, code, blockquote') || closestMatch(el, 'blockquote'))
      return null;
    if (buttons.length < 2 || buttons.length > 4) return null;
    if (buttons.some((b) => (b.textContent ?? '').trim().length > MAX_LABEL_CHARS)) return null;
    if (el.getElementsByTagName('a').length - buttons.filter((b) => b.tagName === 'A').length > 1) return null;
    // The question is the widget's: it ends its sentence with "?" (blocks may stand without a space between them:
    // "today?Let us know"; not a "?" inside a word or an address), and the box holds no paragraph of prose.
    return QUESTION_END.test(rest) && sizeOf(el).prose === 0 ? el : null;
  }
  return null;
}

/**
 * The answers that open a row of answers drawn as icons (see isIconAnswers): among `short` (the census's elements
 * that may hold a short text), the ancestors of the page's `pictures` with no text that are the first of their
 * parent. Walked up from the pictures: most elements of a page hold none.
 */
export function firstIconAnswers(short: readonly Element[], pictures: readonly Element[]): Element[] {
  const out = new Set<Element>();
  let shortSet: Set<Element> | null = null;
  for (const p of pictures) {
    for (let el = p.parentElement; el; el = el.parentElement) {
      if (sizeOf(el).chars) break; // its ancestors hold text too
      const row = el.parentElement;
      if (!row || el.previousElementSibling || out.has(el)) continue;
      if (row.childElementCount < 2 || row.childElementCount > 4) continue;
      shortSet ??= new Set(short);
      if (shortSet.has(el) && isIconAnswers(row)) out.add(el);
    }
  }
  return [...out];
}

/**
 * The answers written as plain text among `short` (the census's elements that may hold a short text; `tags` their
 * tags): each element of an answer's tag whose measured text is an answer's (see isAnswerText). A size read per
 * element, the text only of the few of answer size.
 */
export function answerTexts(short: readonly Element[], tags: readonly string[]): Element[] {
  const out: Element[] = [];
  for (let i = 0; i < short.length; i++) {
    const el = short[i];
    if (ANSWER_TAGS.has(tags[i]) && sizeOf(el).chars <= MAX_ANSWER_CHARS && isAnswerText(el, tags[i])) out.push(el);
  }
  return out;
}

/** Characters of the lines after a widget that stay its own (a hidden "Send feedback" link, "Sorry we …"). */
const MAX_TRAIL_CHARS = 150;

/**
 * The lines after a widget to its box's end, when they are few and short and hold no heading, picture, code, table
 * or prose: the widget's own follow-ups ("Send feedback", "Sorry we couldn't be helpful. Help us improve this
 * article", "Thanks for your feedback!"), hidden until an answer is clicked by a class name the page's style sheet
 * reads. Empty when any line after it is more.
 */
function widgetTrail(widget: Element): Element[] {
  const out: Element[] = [];
  let chars = 0;
  for (let el = widget.nextElementSibling; el; el = el.nextElementSibling) {
    const size = sizeOf(el);
    chars += size.chars;
    if (chars > MAX_TRAIL_CHARS || size.prose || queryFirst(el, 'h1, h2, h3, h4, h5, h6, img, pre, table')) return [];
    if (/^(H\d|IMG|PRE|TABLE|SCRIPT|STYLE)$/.test(el.tagName)) return [];
    if (size.chars) out.push(el);
  }
  return out;
}

/**
 * Rating widgets ("Was this page helpful?" with Yes / No or thumbs buttons) at the end of documentation and
 * product pages: the buttons go with Readability's and the region's controls, and the question stayed as a line
 * of the article. Found by their shape (a question beside two to four short buttons, or icons without text: Help
 * Scout's faces, which are no buttons), in any language.
 */
export function removeFeedbackWidgets(buttons: readonly Element[]): void {
  for (const b of buttons) {
    if (!b.isConnected || !(isButton(b) || (b.parentElement && isIconAnswers(b.parentElement)))) continue;
    const widget = feedbackWidget(b);
    if (!widget) continue;
    const trail = widgetTrail(widget);
    dropUnlessArticle(widget);
    for (const el of trail) dropUnlessArticle(el);
  }
}
