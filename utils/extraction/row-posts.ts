/**
 * The posts of a thread printed as the class-less rows of one table, found when no group of classed posts scores
 * and no post opens with a numbered anchor (see anchoredPosts in find-posts.ts).
 *
 * phpBB 1.4 (2001–2002, and the boards patched from it) prints a topic as one `<table>` of class-less `<tr>`s: a
 * header row ("Author" | the topic's title), then one row per post of two cells, the member's pane (the name in a
 * `<b>` without a link, the rank, "Registered: …", "Posts: …") and the post (its "Posted: 2002-06-13 18:35" line, the
 * text, and the profile, e-mail and quote icons under it, the profile link `bb_profile.php?mode=view&user=46`). No
 * class word, no anchor, no `<time>`: no group of look-alike elements was found, and the page fell to its region, a
 * listing of the table's lines without post headers. Other engines of the time print their posts the same way
 * (class-less rows with a profile link and a date), so the rule reads the shape, not phpBB's words.
 *
 * The rows are the `<tr>`s without a class that carry a member's mark (a profile link, a card's date line), gathered
 * by the walk that measures the page (nothing more is walked), grouped by their parent: the parent holding the most
 * of them, two or more, gives its class-less rows of one or two cells. A row of more cells is a list's row (a forum's
 * topic list prints title, replies, author, views and last post in five cells), not a post; the group is scored as
 * any other (dated and authored shares), and the header row goes with the rows that hold neither mark.
 */
import { childElements } from './child-elements';

/** Most cells a post's row prints: the member's pane and the post. */
const ROW_CELLS = 2;

/**
 * The class-less rows of one table that read as posts (see the file's comment), from `rows` (the class-less `<tr>`s
 * that carry a member's mark, in page order), or [] when no table holds two.
 */
export function rowPosts(rows: readonly Element[], marked: (el: Element) => boolean): Element[] {
  if (rows.length < 2) return [];
  const byParent = new Map<Element, number>();
  let best: Element | null = null;
  for (const r of rows) {
    const p = r.parentElement;
    if (!p) continue;
    const n = (byParent.get(p) ?? 0) + 1;
    byParent.set(p, n);
    if (!best || n > byParent.get(best)!) best = p;
  }
  if (!best || byParent.get(best)! < 2) return [];
  const out: Element[] = [];
  for (let c = best.firstElementChild; c; c = c.nextElementSibling) {
    if (c.tagName !== 'TR' || c.hasAttribute('class') || !marked(c)) continue;
    if (childElements(c, ROW_CELLS + 1) > ROW_CELLS) return [];
    out.push(c);
  }
  return out.length >= 2 ? out : [];
}
