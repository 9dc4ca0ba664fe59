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

/**
 * A type's declaration in a typed language, printed as text: one modifier or more, then the kind and the name, its
 * type parameters, and what it extends (`public final class Failure<T> extends Try<T>`, `public sealed class Pier :
 * Berth`, `export declare class Tide<T> implements Reading`, `public data class Keeper(val name: String)`). javadoc 17
 * and later print the class's declaration in `div.type-signature` of `<span>`s, no `<code>` and no `<pre>` (javadoc
 * 8 printed a `<pre>`). The modifier is asked: a kicker or a heading never opens with "public" and a lower-case kind.
 */
const TYPE_DECLARATION = new RegExp(
  '^(?:@[\\w.]+(?:\\([^)]*\\))?\\s+)*' +
    '(?:(?:public|protected|private|internal|export|declare|abstract|final|sealed|non-sealed|static|open|data)\\s+)+' +
    '(?:class|interface|enum|record|struct|trait|object|@interface)\\s+[\\p{L}_$][\\w$]*(?:<.+?>)?(?:\\(.*\\))?' +
    '(?:\\s+(?:extends|implements|permits)\\s+\\S.*|\\s*:\\s*\\S.*)?$',
  'u',
);

/** Characters of a declaration line at most: a signature, not a sentence that holds "=". */
const MAX_DECLARATION = 200;

/** True when a line's text reads as a type's declaration in a typed language (see TYPE_DECLARATION). */
export function readsAsTypeDeclaration(el: Element): boolean {
  const t = clean(el.textContent);
  return t.length <= MAX_DECLARATION && TYPE_DECLARATION.test(t);
}

/** True when a line's text reads as an entry's declaration (see SIGNATURE, ASSIGNMENT, TYPE_DECLARATION). */
export function readsAsDeclaration(el: Element): boolean {
  const t = clean(el.textContent);
  if (t.length > MAX_DECLARATION) return false;
  return SIGNATURE.test(t) || ASSIGNMENT.test(t) || ANNOTATION.test(t) || TYPE_DECLARATION.test(t);
}

/** Declarations before the first prose that make the lead a reference's entries rather than a kicker's lines. */
const MIN_DECLARATIONS = 2;

/**
 * True when two lines or more of the lead (`lines`) read as declarations, or one reads as a type's declaration in a
 * typed language (see TYPE_DECLARATION: no kicker reads so): the lead is a reference's entries.
 */
export function leadsWithEntries(lines: readonly Element[]): boolean {
  let n = 0;
  for (const el of lines) {
    if (!readsAsDeclaration(el)) continue;
    if (++n >= MIN_DECLARATIONS || readsAsTypeDeclaration(el)) return true;
  }
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
