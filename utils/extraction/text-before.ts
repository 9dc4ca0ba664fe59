/**
 * The text of `el` before `mark` (an element inside it), as a DOM range from the start of `el` to just before `mark`
 * prints it: every text node before `mark` in document order. Walked by hand, inside `el` alone: jsdom sets a range's
 * boundary by looking for one node among all the nodes that follow the other in the whole document, so each range
 * cost the length of the page after the post, and a thread, which asks it of every post's blocks, took a time that
 * grew with the square of its post count (a XenForo thread of 400 posts: 139 s, 2 minutes of it in ranges).
 */
export function textBefore(el: Element, mark: Element): string {
  let out = '';
  const walk = (node: Node): boolean => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c === mark) return true;
      if (c.nodeType === 3 || c.nodeType === 4) out += (c as Text).data;
      else if (c.nodeType === 1 && walk(c)) return true;
    }
    return false;
  };
  walk(el);
  return out;
}
