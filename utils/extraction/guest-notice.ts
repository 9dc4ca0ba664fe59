import { clean } from './post-time';
import { byTag } from './tag-list';
import { nodeToText } from './html-to-text';

/**
 * The notice a forum engine prints to a guest inside a post's text, where a link, an attachment, a picture or a
 * hidden block stands for members: XenForo 2's "To view the content, you need to sign in or register" (a
 * `div.blockMessage` inside the post's `bbWrapper`), the hide and link-lock add-ons' "You must be registered and logged
 * in to see this link" (phpBB, vBulletin, MyBB, SMF), "Please log in or register to view attachments". The page was
 * read as a guest, so the notice says what the reader cannot see; it is no part of what the writer wrote. Read by the
 * words alone (no class name): a box whose whole text is such a sentence.
 */

/** What the guest cannot see: content, links, attachments, pictures, code, a spoiler or hidden text. */
const HIDDEN =
  String.raw`(?:the |this |these |all )?(?:hidden )?` +
  String.raw`(?:content|links?|urls?|attachments?|attached files?|images?|pictures?|media|files?|downloads?|code|` +
  String.raw`spoilers?|text|posts?|message)`;

/** To view it: "to view the content", "to see this link", "in order to access attachments". */
const TO_VIEW = String.raw`(?:in order )?to (?:view|see|access|download|read|unlock)(?: ${HIDDEN})?`;

/** What the guest must do: sign in, log in, register, sign up, reply, be registered and logged in. */
const ACT =
  String.raw`(?:be )?` +
  String.raw`(?:log ?in|logged in|login|sign(?:ed)? in|register(?:ed)?|sign up|signed up|reply|replied)`;

/** Who must: "you need to", "you must", "you have to", "please". */
const MUST = String.raw`(?:you (?:need to|must|have to|should)|please|you are required to)`;

/** The request: who must, one act, or two joined ("sign in or register", "registered and logged in"). */
const REQUEST = String.raw`${MUST}\s+${ACT}(?:\s*(?:or|and|/)\s*${ACT})?`;

/** The whole sentence: the view clause before or after the request. */
const NOTICE = new RegExp(
  String.raw`^(?:${TO_VIEW},?\s*${REQUEST}|${REQUEST}(?: (?:here|first|now))?\s*,?\s*${TO_VIEW})` +
    String.raw`(?: (?:here|first|now))?\s*[.!]?$`,
  'iu',
);

/** Cheap first test of a post's text: the words of an account act, or of a reply the hide add-ons ask for. */
const ACT_WORD = /log ?in|logged in|sign(?:ed)? in|sign(?:ed)? up|register|repl(?:y|ied)/i;

/** Longest notice read: a sentence, never a paragraph. */
const NOTICE_TEXT = 160;

/** True when `text` (clean) is a guest's notice (see NOTICE). */
export function isGuestNotice(text: string): boolean {
  return text.length <= NOTICE_TEXT && NOTICE.test(text);
}

/** The mark a guest's notice carries in a thread until the thread is kept (see markGuestNotices). */
const MARK = 'data-offprint-guest-notice';

/**
 * Marks each guest's notice (see NOTICE) in `root` (a post's copied text): the largest box inside it whose whole text
 * is the notice, with no picture or frame. A post whose text is the notices alone keeps them unmarked: what the guest
 * sees of it is that it is there (a post left empty would print nothing). The marks go when the thread is kept (see
 * removeGuestNotices): the thread is weighed against Readability's block and the region with them, as before, since
 * both hold them too. Reads the boxes only when the post's text names an account act (log in, sign in, register) or a
 * reply: most posts do not.
 */
export function markGuestNotices(root: Element): void {
  if (!ACT_WORD.test(root.textContent ?? '')) return;
  const boxes: Element[] = [];
  for (const el of byTag(root, '*')) {
    if (boxes.some((b) => b.contains(el)) || el.querySelector('img, video, iframe')) continue;
    const text = clean(el.textContent);
    if (!isGuestNotice(text)) continue;
    // The largest box holding the notice alone.
    let box = el;
    while (box.parentElement && box.parentElement !== root && clean(box.parentElement.textContent) === text) {
      box = box.parentElement;
    }
    boxes.push(box);
  }
  if (!boxes.length) return;
  // The post's words besides the notices: none, and the notices stay.
  let rest = clean(root.textContent);
  for (const box of boxes) rest = rest.replace(clean(box.textContent), '');
  if (!/[\p{L}\p{N}]/u.test(rest) && !root.querySelector('img, video, iframe')) return;
  for (const box of boxes) box.setAttribute(MARK, '');
}

/** Removes the notices markGuestNotices marked from a thread that is kept. True when one was removed. */
export function removeGuestNotices(thread: Element): boolean {
  const boxes = thread.querySelectorAll(`[${MARK}]`);
  for (const box of boxes) box.remove();
  return boxes.length > 0;
}

/**
 * A block's html and text without its guests' notices (see markGuestNotices), read as one post: a lone post's own
 * text kept from Readability's block (see declaredLonePost), where no thread was built to mark them. The same block
 * when it holds none.
 */
export function withoutGuestNotices<T extends { html: string; text: string }>(doc: Document, block: T): T {
  const box = doc.createElement('div');
  box.innerHTML = block.html;
  markGuestNotices(box);
  return removeGuestNotices(box) ? { ...block, html: box.innerHTML, text: nodeToText(box) } : block;
}
