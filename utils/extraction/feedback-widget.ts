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

const isButton = (el: Element) => el.tagName === 'BUTTON' || el.getAttribute('role') === 'button' || isAnswerLink(el);

/** The buttons inside `el` (`<button>`, `role=button`, answers as links to nowhere), outermost only. */
function buttonsIn(el: Element): Element[] {
  const out: Element[] = [];
  for (const b of queryAll(el, 'button, [role="button"], a')) {
    if ((b.tagName !== 'A' || isAnswerLink(b)) && !out.some((o) => o.contains(b))) out.push(b);
  }
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
 * Rating widgets ("Was this page helpful?" with Yes / No or thumbs buttons) at the end of documentation and
 * product pages: the buttons go with Readability's and the region's controls, and the question stayed as a line
 * of the article. Found by their shape (a question beside two to four short buttons), in any language.
 */
export function removeFeedbackWidgets(buttons: readonly Element[]): void {
  for (const b of buttons) {
    if (!b.isConnected || !isButton(b)) continue;
    const widget = feedbackWidget(b);
    if (widget) dropUnlessArticle(widget);
  }
}
