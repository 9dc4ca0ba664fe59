/**
 * True when `a` is the post's own permalink: its address ends in a fragment that names the post, a box inside it, or
 * the anchor printed right before it. Drupal 7 prints each comment's subject as `<h3><a href="/comment/30112#comment-
 * 30112">` after `<a id="comment-30112"></a>`, a link to another path that leads back to this post; a card in a list
 * links to the other page it presents, whose boxes this page does not hold.
 */
export function isOwnPermalink(a: Element, post: Element): boolean {
  const href = a.getAttribute('href') ?? '';
  const at = href.indexOf('#');
  if (at < 0 || at === href.length - 1) return false;
  let id: string;
  try {
    id = decodeURIComponent(href.slice(at + 1));
  } catch {
    return false;
  }
  const target = post.ownerDocument.getElementById(id);
  if (!target) return false;
  return target === post || post.contains(target) || target === post.previousElementSibling;
}
