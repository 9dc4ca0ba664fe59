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
  for (const key of inText) slots.delete(key);
  return (el, body, bodyText) => {
    const text = clean(el.textContent);
    if (!endsBody(text, bodyText)) return false;
    return slots.has(slotKey(el)) || signed(el, body, text);
  };
}
