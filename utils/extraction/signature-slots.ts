import { clean } from './post-time';
import { byTag } from './tag-list';

/** Characters from which a block printed in two posts is a signature, not a short reply both wrote ("Thanks!"). */
export const SIGNATURE_MIN_TEXT = 40;

/** A block's place in a thread's posts: its tag and its whole class attribute (hashed words stay the same words). */
const slotKey = (el: Element) => `${el.tagName} ${el.getAttribute('class') ?? ''}`;

/** True when `el`'s text (`text`, cleaned) ends its post's text block (`bodyText`) and is not all of it. */
const endsBody = (text: string, bodyText: string) => !!text && bodyText.length > text.length && bodyText.endsWith(text);

/** The text of the nearest block with text before `el` in `body` (`el`'s or an ancestor's earlier sibling), or "". */
function textBefore(el: Element, body: Element): string {
  for (let at: Element | null = el; at && at !== body; at = at.parentElement)
    for (let prev = at.previousElementSibling; prev; prev = prev.previousElementSibling) {
      const text = clean(prev.textContent);
      if (text) return text;
    }
  return '';
}

/**
 * The member's signature under each post where no class word names it (a forum's class names hashed, or words of
 * its own language): a block that ends a post's text and that another post prints too (the member's signature under
 * each of their posts; see the thread's repeated blocks) is one, and so is every block of the same tag and class
 * attribute that ends another post's text (the signature of a member who posted once). `bodies`: each post's text
 * block; `repeated`: tells a text two posts print. Returns a test of a block inside a post's text block (`body`, its
 * cleaned text `bodyText`): true for a signature, which the thread's copy leaves out.
 *
 * A post's last paragraph quoted in a later post is printed twice too: a repeated text that some post prints before
 * more of its own text is a quote's (vBulletin's "Originally Posted by" box opening the reply), and so is one printed
 * in a `blockquote` or after another repeated text (an e-mail reply quoting the whole earlier post below it). A block
 * with text after it is no signature; nor is a block of a tag and class that stands elsewhere than at the end of a
 * post's text (a paragraph's, where one member's last line repeats); nor the whole of a post.
 *
 * Where no member posts twice, no signature repeats: the slot is then known by its shape (see shapeSlots).
 */
export function signatureSlots(
  bodies: (Element | null)[],
  repeated: (text: string) => boolean,
): (el: Element, body: Element, bodyText: string) => boolean {
  const slots = new Set<string>();
  // A tag and class that a block with text after it carries too is the posts' text's own (a paragraph's), not a slot.
  const inText = new Set<string>();
  // Repeated texts printed before more of a post's text: quotes, not signatures.
  const midText = new Set<string>();
  // A tag and class that holds the whole of some post's text is that text's box, never a signature's (see shapeSlots).
  const whole = new Set<string>();
  const ends: { el: Element; body: Element; text: string }[] = [];
  for (const body of bodies) {
    if (!body) continue;
    const bodyText = clean(body.textContent);
    for (const el of byTag(body, '*')) {
      const text = clean(el.textContent);
      if (!text) continue;
      const end = endsBody(text, bodyText);
      if (!end && text.length >= SIGNATURE_MIN_TEXT) midText.add(text);
      if (!el.hasAttribute('class')) continue;
      if (text === bodyText) whole.add(slotKey(el));
      if (!end) inText.add(slotKey(el));
      else ends.push({ el, body, text });
    }
  }
  const signed = (el: Element, body: Element, text: string) => {
    if (text.length < SIGNATURE_MIN_TEXT || !repeated(text) || midText.has(text) || el.closest('blockquote, q'))
      return false;
    const before = textBefore(el, body);
    return !(before.length >= SIGNATURE_MIN_TEXT && repeated(before));
  };
  for (const { el, body, text } of ends) if (signed(el, body, text)) slots.add(slotKey(el));
  for (const key of shapeSlots(ends, bodies, whole)) slots.add(key);
  for (const key of inText) slots.delete(key);
  return (el, body, bodyText) => {
    const text = clean(el.textContent);
    if (!endsBody(text, bodyText)) return false;
    return slots.has(slotKey(el)) || signed(el, body, text);
  };
}

/** Posts that end their text in one slot, at least, for the slot to be known by its shape (see shapeSlots). */
const SHAPE_SLOT_POSTS = 3;

/** Characters of one signature known by its shape at most: a member's few lines, not a paragraph of a reply. */
const SHAPE_SLOT_TEXT = 600;

/** Boxes whose text is quoted or typed as printed: what ends a post in one is the post's own. */
const QUOTED_OR_CODE = 'blockquote, q, pre, code';

/**
 * The tags and classes of members' signatures known by their shape where no signature repeats (every member who signs
 * posted once: GameFAQs' `div.signature` under the message, its class name hashed): a box of one tag and class that
 * ends the text of three posts or more, and a quarter of the posts, each time after text of the post's own, at most
 * SHAPE_SLOT_TEXT characters, no quote or code in it; that never holds the whole of a post's text (the reply's own
 * box, where a quote's box stands before it in other posts), and whose texts are under half the text of the posts it
 * ends (a reply's last paragraph is most of a short post; a signature is the smaller part). `ends`: the classed blocks
 * that end a post's text, with their text; `whole`: the tags and classes that hold the whole of a post's text.
 */
function shapeSlots(
  ends: { el: Element; body: Element; text: string }[],
  bodies: (Element | null)[],
  whole: Set<string>,
): string[] {
  const byKey = new Map<string, { bodies: Set<Element>; text: number; bodyText: number }>();
  for (const { el, body, text } of ends) {
    const key = slotKey(el);
    if (whole.has(key)) continue;
    const slot = byKey.get(key) ?? { bodies: new Set<Element>(), text: 0, bodyText: 0 };
    byKey.set(key, slot);
    // A box that fails once is no slot (counted as a post of its own text: the share test below rejects it).
    const fits =
      text.length <= SHAPE_SLOT_TEXT &&
      !el.closest(QUOTED_OR_CODE) &&
      !el.querySelector(QUOTED_OR_CODE) &&
      !!textBefore(el, body);
    if (slot.bodies.has(body)) continue;
    slot.bodies.add(body);
    slot.text += fits ? text.length : Infinity;
    slot.bodyText += clean(body.textContent).length;
  }
  const posts = bodies.filter((b) => !!b).length;
  const out: string[] = [];
  for (const [key, slot] of byKey)
    if (slot.bodies.size >= SHAPE_SLOT_POSTS && slot.bodies.size * 4 >= posts && slot.text * 2 < slot.bodyText)
      out.push(key);
  return out;
}
