import { clean } from './post-time';
import { byTag } from './tag-list';

/** An arrow or guillemet that opens a link to the previous item ("‹ Older topic", "« Previous", "← Back"). */
const BACK_ARROW = /^[‹«←⟨◄◀<]/;
/** One that closes a link to the next item ("Newer topic ›", "Next »", "Forward →"). */
const ON_ARROW = /[›»→⟩►▶>]$/;
/** Characters at most of a step link's text: the other topic's title with its arrow. */
const STEP_TEXT = 250;
/** Characters at most of the pair's box outside its two links: separators, a bar ("‹ A | B ›"). */
const OWN_TEXT = 20;
/** Levels above the back link at most where the pair's box stands (each link may stand in a box of its own). */
const LEVELS = 2;

/**
 * The boxes inside `root` (a post's text) that hold a step pair and nothing else: a link to the previous item opening
 * with a back arrow and one to the next closing with a forward arrow, in that order, with no other link and little
 * other text. Drupal's forum prints `div.forum-topic-navigation` ("‹ <previous topic's title>", "<next topic's title>
 * ›") inside the opening post's text box, so a kept thread carried two other topics' titles in its first post. Read
 * from the links whose text opens with a back arrow: most posts have none.
 */
export function stepPairBoxes(root: Element): Element[] {
  const out: Element[] = [];
  for (const a of byTag(root, 'a')) {
    const text = clean(a.textContent);
    if (!BACK_ARROW.test(text) || text.length > STEP_TEXT || out.some((b) => b.contains(a))) continue;
    let box = a.parentElement;
    for (let level = 0; box && box !== root && level < LEVELS; level++, box = box.parentElement) {
      const links = box.getElementsByTagName('a');
      if (links.length === 1) continue;
      if (links.length === 2 && links[0] === a && isPairBox(box, links[1])) out.push(box);
      break;
    }
  }
  return out;
}

/** True when `next` closes with a forward arrow and `box` prints little beside its two links (see OWN_TEXT). */
function isPairBox(box: Element, next: Element): boolean {
  const text = clean(next.textContent);
  if (!ON_ARROW.test(text) || text.length > STEP_TEXT) return false;
  let linked = 0;
  for (const a of byTag(box, 'a')) linked += clean(a.textContent).length;
  return clean(box.textContent).length - linked <= OWN_TEXT;
}
