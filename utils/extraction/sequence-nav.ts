import { sizeOf } from './clutter-guard';
import { removeMailAdditions } from './mail-signature';
import { byTag } from './tag-list';

/**
 * Link types (HTML's `rel`) that step through a sequence of documents: the previous or next page, the parent
 * (`up`), the first and last. A page's own content never needs them; documentation generators print them on
 * the links of their page-to-page bars (texinfo's "Next: … Previous: … Up: …", Sphinx's footer buttons).
 */
const STEP_REL = /(^|\s)(prev|previous|next|up|first|last)(?=\s|$)/i;

/** Link types that stand in such a bar beside the steps: the start page, the contents, the index. */
const BAR_REL = /(^|\s)(prev|previous|next|up|first|last|start|begin|home|contents|toc|index|glossary)(?=\s|$)/i;

/** Characters of a link's text at most for an `accesskey` link to read as a bar's label ("Prev", "Up", "Home"). */
const KEY_LABEL = 40;

/** Characters at most of a bar's text that is not its links (the steps' titles, "Next:", "Chapter 8. Guide"). */
const BAR_OWN_TEXT = 120;

/** Characters of words at most beside a step link that goes alone (arrows, separators: "‹ 1 2 3 ›"). */
const LONE_OWN_TEXT = 20;

/** Characters at most of a bar's whole text. */
const BAR_CHARS = 400;

/**
 * The step links of a mailing list's archive (Pipermail, MHonArc, hypermail print them above and below every
 * message, without `rel`): "Date Prev", "Thread Next", "Date Index", and the sort orders "[ date ] [ thread ]
 * [ subject ] [ author ]" after "Messages sorted by:".
 */
const MAIL_STEP_TEXT = /^(\[\s*(date|thread|subject|author|attachment)\s*\]|(date|thread) (prev|next|index))$/i;

/** The label a mail archive prints before a message's link: "Previous message (by thread):", "Next by Date:". */
const MAIL_STEP_LABEL = /\b(prev(ious)?|next)\s+(message|by (date|thread|subject|author)|in thread)\b[^:]{0,20}:$/i;

/** Characters at most of a message's subject that a labelled step link shows ("Next message: <subject>"). */
const MAIL_SUBJECT = 250;

/**
 * True when `a` is a mail archive's step link: its text is one (see MAIL_STEP_TEXT), or the text right before it in
 * its line (before the link or the box it opens, two levels up) is a step's label (see MAIL_STEP_LABEL); such a link
 * shows the other message's subject, which may run to two lines (MAIL_SUBJECT).
 */
function isMailStep(a: Element): boolean {
  return mailStepChars(a) > 0;
}

/**
 * The length of a mail archive's step link's text (see isMailStep), or 0 when `a` is none. Pipermail prints "Previous
 * message: <subject>" and "Next message: <subject>" above and below every message: a subject of 130 characters put
 * the link, and its list, past a bar's size, and a short message kept both lists.
 */
function mailStepChars(a: Element): number {
  const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > MAIL_SUBJECT) return 0;
  if (text.length <= 120 && MAIL_STEP_TEXT.test(text)) return text.length;
  return labelledStep(a) ? text.length : 0;
}

/** True when the text right before `a` in its line (two levels up at most) is a mail step's label. */
function labelledStep(a: Element): boolean {
  let el: Element | null = a;
  for (let level = 0; el && level < 2; level++, el = el.parentElement) {
    let before = el.previousSibling;
    while (before && before.nodeType === 3 && !before.textContent?.trim()) before = before.previousSibling;
    if (before?.nodeType === 3) return MAIL_STEP_LABEL.test(before.textContent!.replace(/\s+/g, ' ').trim());
    if (before) return false;
  }
  return false;
}

/** True for a link of a page-to-page bar: a step (`rel`, a mail archive's), or a short link with a shortcut key. */
function isStepLink(a: Element): boolean {
  const rel = a.getAttribute('rel');
  if (rel && STEP_REL.test(rel)) return true;
  return (a.hasAttribute('accesskey') && sizeOf(a).chars <= KEY_LABEL) || isMailStep(a);
}

/** True for a link that may stand in such a bar (a step, or the bar's start, contents or index link). */
function isBarLink(a: Element): boolean {
  const rel = a.getAttribute('rel');
  return (!!rel && BAR_REL.test(rel)) || isStepLink(a);
}

/**
 * The characters of `el`'s text past 120 in its mail archive's labelled step links (see mailStepChars): a message's
 * subject is the step's title, whatever its length, and does not count toward a bar's size.
 */
function subjectChars(el: Element): number {
  let n = 0;
  for (const a of byTag(el, 'a')) n += Math.max(0, mailStepChars(a) - 120);
  return n;
}

/** True when every link inside `el` belongs to a page-to-page bar and its other text is labels and titles. */
function isBar(el: Element): boolean {
  const s = sizeOf(el);
  if (s.prose > 0 || s.chars - s.linkChars > BAR_OWN_TEXT) return false;
  if (s.chars > BAR_CHARS && s.chars - subjectChars(el) > BAR_CHARS) return false;
  if (el.getElementsByTagName('h1').length) return false;
  for (const a of byTag(el, 'a')) if (!isBarLink(a)) return false;
  return true;
}

/** True when `el` is a page-to-page bar: it holds a step link, and all its links and text are a bar's (see isBar). */
export function isSequenceBar(el: Element): boolean {
  const chars = sizeOf(el).chars;
  // First: most blocks of a page are larger, and this runs on each (a mail archive's subjects are read only past it).
  if (!chars || (chars > BAR_CHARS && (chars > BAR_CHARS + 2 * MAIL_SUBJECT || chars - subjectChars(el) > BAR_CHARS)))
    return false;
  if (el.tagName === 'A') return isStepLink(el) && isBar(el);
  const links = el.getElementsByTagName('a');
  if (!links.length || !isBar(el)) return false;
  for (const a of links) if (isStepLink(a)) return true;
  return false;
}

/**
 * The page-to-page bar a step link stands in: the outermost box around it (up to the page's main blocks) whose
 * links are all such links and whose text is theirs plus labels and titles. DocBook prints its Prev / Up / Home /
 * Next tables (`accesskey` p, u, h, n) above and below every page, texinfo its "Next: … Previous: … Up: …" line;
 * without `<nav>` around them the region copy and Readability kept them. Null when the link stands in prose
 * ("continue on the <a rel=next>next page</a>"): its sentence is content.
 */
export function sequenceBar(link: Element, root: Element): Element | null {
  if (!isBar(link)) return null;
  let box = link;
  for (
    let p = link.parentElement;
    p && p !== root && !/^(BODY|MAIN|ARTICLE|HTML)$/.test(p.tagName);
    p = p.parentElement
  ) {
    if (p.getAttribute('role') === 'main' || !isBar(p)) break;
    box = p;
  }
  // A link alone beside other links goes alone (a pager's "Next ›" beside its page numbers); beside words it is
  // part of a sentence or a card.
  const parent = link.parentElement;
  if (box === link && parent) {
    const s = sizeOf(parent);
    if (s.chars - s.linkChars > LONE_OWN_TEXT) return null;
  }
  return box;
}

/** Text between a bar's links that says nothing: brackets, bars, bullets, slashes, dashes ("[", "][", " | "). */
const SEPARATOR_TEXT = /^[\s[\]|·•,/\\–—-]*$/;

/**
 * The line of step links `link` stands in when no box holds the line alone: its siblings on both sides while they are
 * step links or separators (MHonArc prints "[Date Prev][Date Next][Thread Prev][Thread Next][Date Index][Thread
 * Index]" straight in the page's `<body>`, between the message's other blocks). Null unless the line holds two step
 * links or more (one link beside words is part of a sentence).
 */
function stepLine(link: Element): ChildNode[] | null {
  const fits = (n: ChildNode) =>
    n.nodeType === 3 ? SEPARATOR_TEXT.test(n.textContent ?? '') : n.nodeType === 1 && isBarLinkBox(n as Element);
  const line: ChildNode[] = [link];
  for (let n = link.previousSibling; n && fits(n); n = n.previousSibling) line.unshift(n);
  for (let n = link.nextSibling; n && fits(n); n = n.nextSibling) line.push(n);
  const steps = line.filter((n) => n.nodeType === 1).length;
  return steps >= 2 ? line : null;
}

/** True when `el` is a step link, or a box around one and nothing else (MHonArc's `<strong>` around a link). */
function isBarLinkBox(el: Element): boolean {
  if (el.tagName === 'A') return isStepLink(el);
  const links = el.getElementsByTagName('a');
  return links.length === 1 && isStepLink(links[0]) && sizeOf(el).chars === sizeOf(links[0]).chars;
}

/**
 * Removes the page-to-page bars inside `root` (Readability's block: the region copy leaves them out as chrome, see
 * isSequenceBar). Done on the kept block, not on the page before Readability: a bar beside the article changes
 * which block Readability picks, and its choice is left as it was.
 */
export function removeSequenceBars(root: Element): void {
  removeListInfoLines(root);
  removeMailAdditions(root);
  for (const a of byTag(root, 'a')) {
    // A bar removed already took its links out of `root` (which may stand outside the document: the tidy pass's copy).
    if (!root.contains(a) || !isStepLink(a)) continue;
    const bar = sequenceBar(a, root);
    if (bar) bar.remove();
    else for (const n of stepLine(a) ?? []) n.remove();
  }
}

/**
 * A link to a mailing list's own page in Mailman's archive (`/mailman/listinfo/<list>`, `/cgi-bin/mailman/listinfo/…`):
 * Pipermail prints "More information about the <list> mailing list" (in the list's language) under every message.
 */
const LIST_INFO_HREF = /\/listinfo(\/|$|\?)/i;

/** Tags that end a line before or after a link standing alone on it. */
const LINE_END = /^(BR|HR|P|DIV|UL|OL|LI|PRE|TABLE|H[1-6]|BLOCKQUOTE|ADDRESS)$/;

/** The nearest node beside `n` (`step`: toward the previous or next sibling) that is no white space, or null. */
function besideNode(n: ChildNode, step: 'previousSibling' | 'nextSibling'): ChildNode | null {
  let at = n[step];
  while (at && at.nodeType !== 1 && !(at.nodeType === 3 && at.textContent!.trim())) at = at[step];
  return at;
}

/** True when `n` ends a line on its side of a link: nothing, a line break, a rule or a block. */
const endsLine = (n: ChildNode | null) => !n || (n.nodeType === 1 && LINE_END.test((n as Element).tagName));

/**
 * Removes the line of a mail archive's message that links to the list's own page (see LIST_INFO_HREF), the link alone
 * on its line: the list's footer, not the message. The `listinfo` in the address is read first; most pages have none.
 */
export function removeListInfoLines(root: Element): void {
  for (const a of byTag(root, 'a')) {
    if (!LIST_INFO_HREF.test(a.getAttribute('href') ?? '')) continue;
    // The link, or the box that holds it alone (a `<p>` or `<font>` around it).
    let line: Element = a;
    while (line.parentElement && line.parentElement !== root && sizeOf(line.parentElement).chars === sizeOf(a).chars)
      line = line.parentElement;
    if (!endsLine(besideNode(line, 'previousSibling')) || !endsLine(besideNode(line, 'nextSibling'))) continue;
    const next = besideNode(line, 'nextSibling');
    if (next && (next as Element).tagName === 'BR') next.remove();
    line.remove();
  }
}
