import { clean } from './post-time';

/**
 * The rule an old forum engine prints between a post's text and its writer's signature, a line of underscores
 * alone: phpBB 2 prints 17 (`<br />_________________<br />` inside `span.postbody`), vBulletin 2 and 3 print 18
 * (`<font>__________________<br>…</font>` after the text, with no class word on either).
 */
const RULE_LINE = /^\s*_{10,}\s*$/;

/** The rule's run of underscores, searched for first: a post with none pays only this. */
const RULE_RUN = '__________';

/**
 * Characters of a signature under its rule at most: a member's few lines (a computer's specs, a motto, a link, a joke
 * of 450 characters under a vBulletin 2 post); more is text the writer ruled off inside the post (a form to fill in,
 * a table drawn in characters).
 */
export const RULED_SIGNATURE_TEXT = 600;

/** Boxes whose text is quoted or typed as printed: a rule in them is no signature's rule of this post. */
const NOT_RULE_BOX = 'blockquote, q, pre, code, textarea';

/** A text that opens with the rule (see RULE_LINE): the run of underscores first, then the signature. */
const OPENS_WITH_RULE = /^_{10,}/;
/** The rule's run at the start of a text, taken off to measure what follows it. */
const RULE_START = /^_+/;

/**
 * True when `text` (a box's clean text) is a ruled signature alone: the rule first, then at most
 * RULED_SIGNATURE_TEXT characters. phpBB 3's subsilver2 style prints the signature as a box of its own with the
 * text's class word (`span.postbody` after the post's `div.postbody`, the rule opening it): a box that is no post's
 * text, however much longer than a reply of one line.
 */
export function isRuledSignature(text: string): boolean {
  return OPENS_WITH_RULE.test(text) && text.replace(RULE_START, '').length <= RULED_SIGNATURE_TEXT;
}

/**
 * The line of underscores that opens the signature at the end of a post's text (`copy`: the copied text block) where
 * no class word marks it (see RULE_LINE), or null: the last such line outside quotes and code with the post's own
 * text before it and at most RULED_SIGNATURE_TEXT characters after it to the end of the text.
 */
export function signatureRule(copy: Element): Text | null {
  if (!copy.textContent?.includes(RULE_RUN)) return null;
  const doc = copy.ownerDocument;
  const walker = doc.createTreeWalker(copy, 4 /* NodeFilter.SHOW_TEXT */);
  let rule: Text | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode())
    if (RULE_LINE.test(n.nodeValue ?? '') && !n.parentElement?.closest(NOT_RULE_BOX)) rule = n as Text;
  if (!rule) return null;
  const range = doc.createRange();
  range.setStartAfter(rule);
  range.setEnd(copy, copy.childNodes.length);
  if (clean(range.toString()).length > RULED_SIGNATURE_TEXT) return null;
  range.setStart(copy, 0);
  range.setEndBefore(rule);
  return clean(range.toString()) ? rule : null;
}

/**
 * Takes the signature under its rule (see signatureRule) out of a post's copied text, the rule and everything after
 * it. Returns true when there was one.
 */
export function dropRuledSignature(copy: Element): boolean {
  const rule = signatureRule(copy);
  if (!rule) return false;
  const range = copy.ownerDocument.createRange();
  range.setStartBefore(rule);
  range.setEnd(copy, copy.childNodes.length);
  range.deleteContents();
  trimEnd(copy);
  return true;
}

/** Takes the line breaks and empty boxes that led to the rule off the end of `el`, inside its last box too. */
function trimEnd(el: Element): void {
  for (let last = el.lastChild; last; last = el.lastChild) {
    if (last.nodeType === 3 && !clean(last.nodeValue)) last.remove();
    else if (last.nodeType !== 1) return;
    else if ((last as Element).tagName === 'BR') last.remove();
    else if (!clean(last.textContent) && !(last as Element).querySelector('img, video, iframe, svg')) last.remove();
    else return trimEnd(last as Element);
  }
}
