import { linkDensity } from './clutter-guard';
import { CREDIT_TEXT, CTA_TEXT, DATELINE_TEXT, NOTICE_TEXT } from './clutter-text';
import { queryFirst } from './dom-query';
import { clean } from './post-time';

/**
 * An entry's declaration printed as text, not as code: a Python signature (`def isprintable(self) -> bool:`,
 * `class EnumDemo(enum.Enum):`, `async def fetch(url: str) -> bytes:`) or a name's value (`RED = <EnumDemo.RED: 1>`,
 * `timeout: float = 2.5`), or its annotation alone (`b: int`). pdoc prints each entry's declaration in
 * `<div class="attr">` of `<span>`s, no `<code>`.
 */
const SIGNATURE = /^(?:async\s+)?(?:def|class)\s+[\p{L}_][\w]*\s*[(:].*:$/u;
const ASSIGNMENT = /^[\p{L}_][\w.]*(?:\s*:\s*[^=\s][^=]*)?\s+=\s+\S/u;
/** An attribute's annotation alone (`a: int | None`, `b: list[str]`): a lower-case name and a type's words. */
const ANNOTATION = /^[a-z_][\w]*: [\p{L}_][\w.[\]|, ]*$/u;

/** Characters of a declaration line at most: a signature, not a sentence that holds "=". */
const MAX_DECLARATION = 200;

/** True when a line's text reads as an entry's declaration (see SIGNATURE, ASSIGNMENT). */
export function readsAsDeclaration(el: Element): boolean {
  const t = clean(el.textContent);
  return t.length <= MAX_DECLARATION && (SIGNATURE.test(t) || ASSIGNMENT.test(t) || ANNOTATION.test(t));
}

/** Declarations before the first prose that make the lead a reference's entries rather than a kicker's lines. */
const MIN_DECLARATIONS = 2;

/** True when two lines or more of the lead (`lines`) read as declarations: the lead is a reference's entries. */
export function leadsWithEntries(lines: readonly Element[]): boolean {
  let n = 0;
  for (const el of lines) if (readsAsDeclaration(el) && ++n >= MIN_DECLARATIONS) return true;
  return false;
}

/** Words an entry's one-line description needs ("I am green.", "First attribute."). */
const DOC_WORDS = 2;

/** A sentence of its own: opens with a capital, closes with a full stop, "!" or "?". */
const WHOLE_SENTENCE = /^\p{Lu}[^\n]*[.!?…。！？]$/u;

/**
 * True when a line is an entry's description among a reference's entries (see leadsWithEntries): one whole sentence
 * or more of two words or more, a fifth links at most, no picture, never a credit, a dateline, a notice or a call to
 * action. pdoc documents an enum's members with one line each ("I am the red.", "I am green."), and a short page's
 * first prose line comes late: the edge trim took the entries before it for kickers.
 */
export function isEntryDescription(el: Element): boolean {
  if (!/^(P|DIV|DD|LI)$/.test(el.tagName) || queryFirst(el, 'img, picture, video')) return false;
  const t = clean(el.textContent);
  if (!WHOLE_SENTENCE.test(t) || t.split(' ').length < DOC_WORDS || linkDensity(el) > 0.2) return false;
  return !CREDIT_TEXT.test(t) && !DATELINE_TEXT.test(t) && !NOTICE_TEXT.test(t) && !CTA_TEXT.test(t);
}
