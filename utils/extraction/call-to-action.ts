import { CTA_TEXT } from './clutter-text';
import { holdsArticle, isProse, linkDensity } from './clutter-guard';
import { inAdmonition } from './admonitions';
import { byTag } from './tag-list';
import { queryFirst } from './dom-query';
import { anchorsItself, holdsPermalink } from './document-sections';

/**
 * Calls to action addressed to the reader ("follow us on Instagram", "sign up for our newsletter", "enter your
 * email", "Abonnieren Sie unseren Newsletter", "Inscrivez-vous à notre newsletter"): never a sentence about
 * newsletters.
 */
const ADDRESSED = new RegExp(
  [
    /follow (us|[\p{L} ]{1,30}) on (twitter|x|facebook|instagram)|enter your e-?mail|indicates required/iu.source,
    /successfu(l)?ly subscribed|join the conversation|(sign up|subscribe|register) (for|to) (our|the)( free)?/iu.source,
    /(unseren|unserem|notre|nuestro|nuestra|nostra|nossa|la nostra|a nossa) (newsletter|bolet[ií]n)/iu.source,
    /newsletter abonnieren|abonnez-vous|suscr[ií]bete|iscriviti alla|inscreva-se/iu.source,
  ].join('|'),
  'iu',
);

/** A line or link that opens with the action, as a whole word ("Subscribe here", not "Subscribers keep joining"). */
const OPENS_WITH_ACTION =
  /^\W*(subscribe|sign[ -]?up|join|register|abonnieren|abonnez|inscrivez|suscr[ií]bete|iscriviti|inscreva)(?!\p{L})/iu;

/** Lists stand in the flow of their container: a list item's neighbours are the list's. */
const LIST_TAGS = new Set(['LI', 'UL', 'OL', 'DL', 'DT', 'DD']);

/** Inline wrappers that set a whole line apart (a plug in bold or italics between paragraphs). */
const EMPHASIS = new Set(['EM', 'STRONG', 'B', 'I']);

/** Text-level elements: a line of their own only when nothing else stands in their block. */
const INLINE = new Set(['A', 'EM', 'STRONG', 'B', 'I', 'SMALL', 'SPAN', 'LABEL', 'U', 'MARK']);

/** The block an element's text stands in: itself, or the nearest ancestor that is not text-level. */
function blockOf(el: Element): Element {
  let block = el;
  while (INLINE.has(block.tagName) && block.parentElement) block = block.parentElement;
  return block;
}

/** True when an inline element's block holds words besides its own (it is part of a sentence). */
function partOfSentence(el: Element, text: string): boolean {
  return (blockOf(el).textContent ?? '').replace(/\s+/g, ' ').trim().length > text.length + 20;
}

/** True when the line stands among paragraphs of prose: its container holds a prose paragraph besides it. */
function inProseFlow(el: Element): boolean {
  let line = blockOf(el);
  while (line.parentElement && LIST_TAGS.has(line.parentElement.tagName)) line = line.parentElement;
  const box = line.parentElement;
  if (!box) return false;
  for (let c = box.firstElementChild; c; c = c.nextElementSibling)
    if (c !== line && c.tagName === 'P' && isProse(c)) return true;
  return false;
}

/** True when one inline element holds the whole text of the line ("<p><strong>Sign up…</strong></p>"). */
function wholeEmphasis(el: Element, text: string): boolean {
  const only = el.childElementCount === 1 ? el.firstElementChild : null;
  return !!only && EMPHASIS.has(only.tagName) && (only.textContent ?? '').trim() === text;
}

/**
 * True when a link of the line opens with the action ("Subscribe here", "Sign up for the newsletter"); a linked
 * phrase of a sentence ("35 million subscriptions", "newsletter") names a thing.
 */
function actionLink(el: Element): boolean {
  const links = el.tagName === 'A' ? [el] : byTag(el, 'a');
  for (const a of links) {
    const t = (a.textContent ?? '').trim();
    if (t.length <= ACTION_LINK && OPENS_WITH_ACTION.test(t)) return true;
  }
  return false;
}

/** Code a line names: a call to action never does. */
const CODE = 'code, pre, kbd, samp';

/** Boxes around a line read for code: an API entry's description box and the entry's box (its signature). */
const CODE_BOX_LEVELS = 2;

/**
 * True when the line, or a small box it stands in (an API entry: its signature, its parameters; not the article's
 * whole text, where a plug may stand beside code), holds code.
 */
function aboutCode(el: Element, text: string): boolean {
  if (queryFirst(el, CODE) || CALL.test(text) || anchorsItself(el)) return true;
  let box = blockOf(el).parentElement;
  for (let up = 0; box && up < CODE_BOX_LEVELS; up++, box = box.parentElement) {
    if (/^(BODY|MAIN|ARTICLE)$/.test(box.tagName) || holdsArticle(box)) return false;
    if (queryFirst(box, CODE) || CALL.test(box.textContent ?? '') || anchorsItself(box)) return true;
  }
  return false;
}

/** Paragraphs between a section's heading and a line that still reads as that section's text. */
const SECTION_LINES = 3;

/**
 * True when the line is a paragraph of a manual's section: it follows, through at most two other paragraphs, a
 * heading that prints its own permalink (see holdsPermalink: Crystal's "Overview" with its `#`, Sphinx's `¶`).
 * Generators print that link on the headings of the document's outline, never on a sign-up band's title: an API
 * overview's "Each subscriber gets its own copy of a message" is the class's description.
 */
function underPermalinkHeading(el: Element): boolean {
  let prev = blockOf(el).previousElementSibling;
  for (let n = 0; prev && n < SECTION_LINES; n++, prev = prev.previousElementSibling) {
    if (/^H[2-6]$/.test(prev.tagName)) return holdsPermalink(prev);
    if (prev.tagName !== 'P') return false;
  }
  return false;
}

/**
 * A method's signature where no `<code>` marks it: a name right before its parenthesis (`psubscribe(&callback`,
 * `subscribe()`, `value=(new_value)`). Crystal's reference prints each member's signature and its summary entry as
 * plain text (`def psubscribe(&psubscribe_callback : String, Int64 -> )`, `#subscribe(*channels)`): a publish/subscribe
 * API's entries and their descriptions ("Sets the 'psubscribe' callback.") are the manual's, not calls to subscribe.
 * Read on the line and on the boxes aboutCode reads for `<code>` (the entry's description box and the entry). A plug's
 * words stand apart from their brackets ("newsletter (free)").
 */
const CALL = /[\p{L}\p{N}_=]\(/u;

/** Characters of a link that names an action (a button's words, not a sentence's linked phrase). */
const ACTION_LINK = 40;

/** Characters of a plug's line around such a link ("Want more? Sign up for our newsletter and shop smarter."). */
const PLUG_LINE = 160;

/**
 * True when a short line whose words name a call to action (newsletter, subscribe, sign up… in several languages,
 * `CTA_TEXT`) is one: a box of its own, outside the article's flow of paragraphs (a sign-up band, a widget's
 * preamble), or, among the paragraphs, a plug: set in bold or italics as a whole, mostly a link, a link that
 * names the action, or a control. A sentence of the prose that mentions a newsletter or its subscribers ("Twelve
 * people signed up for my newsletter last week") is none of these: a post about newsletters lost a fifth of its
 * lines to the words alone.
 */
export function isCallToAction(el: Element, text: string): boolean {
  if (!CTA_TEXT.test(text)) return false;
  // Words addressed to the reader are a call to action wherever they stand.
  if (ADDRESSED.test(text)) return true;
  // A manual's own lines are not, whatever their words: lines about code ("Subscribe to a channel with
  // `subscribe()`", an API entry's "Subscribe to a channel and return the new subscription") and its notes and tips.
  if (aboutCode(el, text) || inAdmonition(el) || underPermalinkHeading(el)) return false;
  // A line that opens with the action is one ("Join our mailing list! Get a newsletter when…").
  if (OPENS_WITH_ACTION.test(text)) return true;
  // Words inside a sentence (a link "doubling down on newsletters" in a paragraph) are the sentence's, unless they
  // are the action's own short link at its end ("… you can't find anywhere else. Subscribe here.").
  if (INLINE.has(el.tagName) && partOfSentence(el, text)) return text.length <= ACTION_LINK && actionLink(el);
  if (!inProseFlow(el)) return true;
  return (
    (!/^H[1-6]$/.test(blockOf(el).tagName) && wholeEmphasis(blockOf(el), text)) ||
    linkDensity(el) >= 0.5 ||
    (text.length < PLUG_LINE && actionLink(el)) ||
    !!queryFirst(el, 'button, input, select, textarea, [role="button"]')
  );
}
