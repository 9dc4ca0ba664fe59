import { clean } from './post-time';
import { byTag } from './tag-list';

/**
 * A mail archive's message as its page prints it: the text the writer sent, in one `<pre>` (Pipermail, MHonArc's
 * and Hypermail's plain-text messages), with the list's additions in the same box. Two of them are no part of the
 * message: the writer's signature under the mail delimiter ("-- " alone on its line, RFC 3676; archives often drop
 * its space), and Mailman's note where it scrubbed an attachment that is the message again in HTML. Archives that
 * receive the list as a subscriber (mail-archive.com, MARC, MHonArc mirrors) print a third: the footer the list's
 * software adds to every message it sends, in the message's last `<pre>` or in a `<pre>` of its own after an
 * attachment's line (see FOOTER_RULE).
 */

/** The delimiter's line: two dashes, their space or none, alone on the line (a quoted one starts with "> "). */
const DELIMITER_LINE = /(^|\n)-- ?(?=\n)/g;

/**
 * Characters of a signature under the delimiter at most: a writer's few lines (a name, a title, an address, a
 * motto); more is text the writer set under two dashes on purpose.
 */
export const MAIL_SIGNATURE_TEXT = 400;

/** Lines of a signature under the delimiter at most (the convention asks four; company signatures run longer). */
const MAIL_SIGNATURE_LINES = 8;

/**
 * The address Mailman gives a scrubbed attachment in its archive:
 * `…/pipermail/<list>/attachments/<yyyymmdd>/<hash>/attachment[-0001].htm[l]`. Only the HTML part is read: it is
 * the message again (the text above is its plain part); a patch or a picture scrubbed is a link worth keeping.
 */
const SCRUBBED_HTML_HREF = /\/attachments\/\d{8}\/[0-9a-f]{6,}\/attachment(-\d+)?\.html?$/i;

/** Mailman's line before a scrubbed part, "-------------- next part --------------" in the list's language. */
const PART_LINE = /(^|\n)-{6,}[^\n]{0,40}?-{6,}[ \t]*\n(?:[^\n]*\n){0,3}[^\n]*$/;

/**
 * The rule over the footer a list's software adds to its messages, then the list's lines to the end of the box: a
 * line of underscores (Mailman prints 47) over "<List> mailing list", its address and its listinfo page (Mailman 2)
 * or "<List> mailing list -- <address>" and the line to leave it (Mailman 3); a line of dashes over "To unsubscribe,
 * e-mail: …" and "For additional commands, e-mail: …" (ezmlm, the Apache lists); the mail delimiter over "You
 * received this message because you are subscribed to the Google Groups …" and the line to leave it (Google Groups).
 * Twenty underscores or dashes at least.
 */
const FOOTER_RULE = /(^|\n)(?:_{20,}|-{20,}|-- ?)[ \t]*\n/g;

/** Lines of a list's footer under its rule at most (Mailman 2 prints three, Google Groups three or four). */
const LIST_FOOTER_LINES = 6;

/** Characters of a list's footer under its rule at most (a list's name, addresses and pages). */
const LIST_FOOTER_TEXT = 500;

/**
 * A footer's line naming the list ("… mailing list"), its page (Mailman's `/listinfo/<list>`) or the way to leave it
 * ("unsubscribe"): what a list's footer is for, and what a writer's own closing lines seldom say.
 */
const LIST_FOOTER_LINE = /\bmailing list\b|\/listinfo\/|\bunsubscribe\b/i;

/**
 * A link to a mailbox as a mail archive prints it: `mailto:`, or the address Cloudflare's e-mail protection puts in
 * its place (`/cdn-cgi/l/email-protection`, every address of a page it serves: mail-archive.com's).
 */
const MAILBOX_LINK = 'a[href^="mailto:" i], a[href*="/cdn-cgi/l/email-protection" i]';

/**
 * A message's OpenPGP signature as an archive lists its attachment (MHonArc: "signature.asc", "Description: PGP
 * signature"): the file RFC 3156 names so, which proves who sent the mail and says nothing of its own.
 */
const PGP_SIGNATURE_HREF = /(^|\/)signature\.asc$/i;

/** Characters of an attachment's line at most: its name, type, size and description. */
const ATTACHMENT_LINE_TEXT = 160;

/** Boxes of code or quoted text: a delimiter in them is no signature's of this message. */
const NOT_MESSAGE_BOX = 'code, blockquote, q, textarea';

/**
 * Takes the mail archive's additions out of the messages' `<pre>` boxes in `root` (see above): Mailman's scrubbed
 * HTML part first (it follows the signature), the list's footer (it follows the signature too), then the signature;
 * a `<pre>` left without text goes. Reads only a `<pre>` of a page that links a mailbox (see MAILBOX_LINK: the
 * archive's byline, or the footer's list address); most pages have neither.
 */
export function removeMailAdditions(root: Element): void {
  const pres = root.getElementsByTagName('pre');
  if (!pres.length || !root.querySelector(MAILBOX_LINK)) return;
  removePgpSignatureLines(root);
  for (const pre of [...pres]) {
    if (pre.closest(NOT_MESSAGE_BOX) || pre.querySelector(NOT_MESSAGE_BOX)) continue;
    removeScrubbedParts(pre);
    if (dropListFooter(pre) && !clean(pre.textContent)) {
      pre.remove();
      continue;
    }
    dropMailSignature(pre);
  }
}

/**
 * The list's footer at the end of `pre` (see FOOTER_RULE): from the last rule to the end, when one to
 * LIST_FOOTER_LINES lines of LIST_FOOTER_TEXT characters at most follow it and one of them names the list, its page
 * or the way to leave it (LIST_FOOTER_LINE). A rule under the message's own text with more after it (a table, a form
 * to fill in) stays, and so does a writer's signature that says none of these (dropMailSignature reads it).
 * Returns true when there was one; the box may be left empty (a footer printed in a `<pre>` of its own).
 */
export function dropListFooter(pre: Element): boolean {
  const text = pre.textContent ?? '';
  let at = -1;
  for (const m of text.matchAll(FOOTER_RULE)) at = m.index + m[1].length;
  if (at < 0) return false;
  const tail = text.slice(at).replace(/^[^\n]*\n/, '');
  const lines = tail.split('\n').filter((l) => l.trim());
  if (!lines.length || lines.length > LIST_FOOTER_LINES || clean(tail).length > LIST_FOOTER_TEXT) return false;
  if (!lines.some((l) => LIST_FOOTER_LINE.test(l))) return false;
  return cutFrom(pre, at);
}

/**
 * Removes the line of each OpenPGP signature attachment in `root` (see PGP_SIGNATURE_HREF): the smallest block
 * (`p`, `li`, `dd`, `div`, `tr`) around its link that holds no more than the attachment's line and no `<pre>`.
 */
function removePgpSignatureLines(root: Element): void {
  for (const a of byTag(root, 'a')) {
    if (!root.contains(a) || !PGP_SIGNATURE_HREF.test(a.getAttribute('href') ?? '')) continue;
    const line = a.closest('p, li, dd, div, tr');
    if (!line || line === root || !root.contains(line) || line.querySelector('pre')) continue;
    if (clean(line.textContent).length > ATTACHMENT_LINE_TEXT) continue;
    line.remove();
  }
}

/** Removes each note of a scrubbed HTML part (see SCRUBBED_HTML_HREF) in `pre`: its dashed line, words and link. */
function removeScrubbedParts(pre: Element): void {
  for (const a of byTag(pre, 'a')) {
    if (!SCRUBBED_HTML_HREF.test(a.getAttribute('href') ?? '')) continue;
    const before = a.previousSibling;
    if (!before || before.nodeType !== 3) continue;
    const text = before.nodeValue ?? '';
    const part = PART_LINE.exec(text);
    if (!part) continue;
    before.nodeValue = text.slice(0, part.index) + (part[1] ?? '');
    // Mailman 2.1 prints the address in angle brackets: the ">" after the link and its line break go with it.
    const after = a.nextSibling;
    if (after && after.nodeType === 3) after.nodeValue = (after.nodeValue ?? '').replace(/^>?[ \t]*\n?/, '');
    a.remove();
  }
}

/**
 * The signature under the mail delimiter at the end of `pre` (see DELIMITER_LINE): from the last delimiter line to the
 * end, when the message's own text stands before it and at most MAIL_SIGNATURE_LINES lines of MAIL_SIGNATURE_TEXT
 * characters after it. Returns true when there was one.
 */
export function dropMailSignature(pre: Element): boolean {
  const text = pre.textContent ?? '';
  let at = -1;
  for (const m of text.matchAll(DELIMITER_LINE)) at = m.index + m[1].length;
  if (at < 0) return false;
  const tail = text.slice(at).replace(/^-- ?/, '');
  const lines = tail.split('\n').filter((l) => l.trim());
  if (!lines.length || lines.length > MAIL_SIGNATURE_LINES || clean(tail).length > MAIL_SIGNATURE_TEXT) return false;
  if (!clean(text.slice(0, at))) return false;
  return cutFrom(pre, at);
}

/** Removes `pre`'s text from the character `at` of its text to its end, then the blank lines left before it. */
function cutFrom(pre: Element, at: number): boolean {
  // The place as a text node and offset: the message's text before it stays as it is.
  const walker = pre.ownerDocument.createTreeWalker(pre, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = n.nodeValue?.length ?? 0;
    if (seen + len > at) {
      const range = pre.ownerDocument.createRange();
      range.setStart(n, at - seen);
      range.setEnd(pre, pre.childNodes.length);
      range.deleteContents();
      trimEndLines(pre);
      return true;
    }
    seen += len;
  }
  return false;
}

/** Takes the blank lines left before the signature off the end of `pre`'s text. */
function trimEndLines(pre: Element): void {
  for (let last = pre.lastChild; last; last = pre.lastChild) {
    if (last.nodeType === 3) {
      const kept = (last.nodeValue ?? '').replace(/\s+$/, '');
      if (kept) return void (last.nodeValue = kept + '\n');
      last.remove();
    } else if (last.nodeType === 1 && !clean(last.textContent) && !(last as Element).querySelector('img'))
      last.remove();
    else return;
  }
}
