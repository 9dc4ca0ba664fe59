import { classTokens, clean } from './post-time';
import { byTag } from './tag-list';
import { UNSEEN_TAG_NAMES } from './unseen-tags';

/** Fewest posts whose text boxes must share a shape before a post's own box of that shape is asked. */
const SHAPED_POSTS = 2;

/** What a post may show without a line of text: a picture, a video or a player. */
const MEDIA = 'img, picture, svg, video, audio, iframe, object, embed';

/** A text box's shape: its tag and class words, numbers left out (Forumotion's `div.post-entry`, vBulletin's ids). */
function boxShape(el: Element): string {
  const words = classTokens(el).map((t) => t.replace(/\d+/g, ''));
  return words.length ? `${el.tagName}.${[...new Set(words)].sort().join('.')}` : '';
}

/** True when `el` shows nothing: no text a reader sees (scripts and styles left out), no picture or player. */
function showsNothing(el: Element): boolean {
  if (el.querySelector(MEDIA)) return false;
  let text = '';
  const walk = (n: Element) => {
    for (let c = n.firstChild; c && !text; c = c.nextSibling) {
      if (c.nodeType === 3) text = clean((c as Text).data);
      else if (c.nodeType === 1 && !UNSEEN_TAG_NAMES.has((c as Element).tagName)) walk(c as Element);
    }
  };
  walk(el);
  return !text;
}

/**
 * The posts of a thread that stand in a post's place with no text of their own: where most posts' text boxes share
 * one shape (a tag and class words, `bodies[i]` being `posts[i]`'s), a post whose text was found elsewhere (or not at
 * all) but that holds an empty box of that shape. Forumotion prints a sponsored slot after the last post as a post
 * ("Post #4 / by Sponsored content": the member pane and header of a post, the name a link to nowhere, no date) whose
 * `div.post-entry` holds only an ad's loader script; its header lines were printed as the post's text. A post whose
 * box of text is empty has nothing to read, whatever its header says. Read only for a post whose text box is not of
 * the shared shape (one query by tag inside it).
 */
export function textlessPosts(posts: Element[], bodies: (Element | null)[], nestedIn: Set<Element>[]): Set<Element> {
  const out = new Set<Element>();
  const counts = new Map<string, number>();
  const shapes = bodies.map((b) => (b ? boxShape(b) : ''));
  for (const s of shapes) if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  let shape = '';
  let most = 0;
  for (const [s, n] of counts) if (n > most) [shape, most] = [s, n];
  if (most < SHAPED_POSTS || most * 2 <= posts.length) return out;
  const tag = shape.slice(0, shape.indexOf('.')).toLowerCase();
  for (const [i, post] of posts.entries()) {
    if (shapes[i] === shape) continue;
    const nested = nestedIn[i];
    const box = byTag(post, tag).find((el) => boxShape(el) === shape && ![...nested].some((p) => p.contains(el)));
    if (box && showsNothing(box)) out.add(post);
  }
  return out;
}
