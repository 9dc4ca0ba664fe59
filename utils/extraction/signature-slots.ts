import { clean } from './post-time';
import { byTag } from './tag-list';

/** Characters from which a block printed in two posts is a signature, not a short reply both wrote ("Thanks!"). */
export const SIGNATURE_MIN_TEXT = 40;

/** A block's place in a thread's posts: its tag and its whole class attribute (hashed words stay the same words). */
const slotKey = (el: Element) => `${el.tagName} ${el.getAttribute('class') ?? ''}`;

/** True when `el`'s text (`text`, cleaned) ends its post's text block (`bodyText`) and is not all of it. */
const endsBody = (text: string, bodyText: string) => !!text && bodyText.length > text.length && bodyText.endsWith(text);

/**
 * The member's signature under each post where no class word names it (a forum's class names hashed, or words of
 * its own language): a block that ends a post's text and that another post prints too (the member's signature under
 * each of their posts; see the thread's repeated blocks) is one, and so is every block of the same tag and class
 * attribute that ends another post's text (the signature of a member who posted once). `bodies`: each post's text
 * block; `repeated`: tells a text two posts print. Returns a test of a block inside a post's text block (`body`, its
 * cleaned text `bodyText`): true for a signature, which the thread's copy leaves out. A quote of an earlier post opens
 * a reply rather than ending it, and a block with the text after it is no signature; nor is a block of a tag and class
 * that stands elsewhere than at the end of a post's text (a paragraph's, where one member's last line repeats).
 */
export function signatureSlots(
  bodies: (Element | null)[],
  repeated: (text: string) => boolean,
): (el: Element, bodyText: string) => boolean {
  const slots = new Set<string>();
  // A tag and class that a block with text after it carries too is the posts' text's own (a paragraph's), not a slot.
  const inText = new Set<string>();
  for (const body of bodies) {
    if (!body) continue;
    const bodyText = clean(body.textContent);
    for (const el of byTag(body, '*')) {
      if (!el.hasAttribute('class')) continue;
      const text = clean(el.textContent);
      if (!text) continue;
      if (!endsBody(text, bodyText)) inText.add(slotKey(el));
      else if (text.length >= SIGNATURE_MIN_TEXT && repeated(text)) slots.add(slotKey(el));
    }
  }
  for (const key of inText) slots.delete(key);
  return (el, bodyText) => {
    const text = clean(el.textContent);
    if (!endsBody(text, bodyText)) return false;
    return slots.has(slotKey(el)) || (text.length >= SIGNATURE_MIN_TEXT && repeated(text));
  };
}
