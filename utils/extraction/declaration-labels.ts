// The lines over a reference's declaration before its first prose: Sandcastle prints a method's page as its title,
// its one-line summary, the fields "Namespace: Wallet.Controllers" / "Assembly: Wallet (in Wallet.dll)" (each label in
// `<strong>`, loose in the topic's box, which Readability wraps in a paragraph), then the "Syntax" section's title and
// the "C#" tab over the declaration's `<pre>`. Where the summary is short (no prose line), the edge trimming's lead
// reached those lines and took them for kickers. Before the lead's first code line, a field line (see isFieldLine) and
// a run of short labels right over the code (a section's title, a language's tab, with the toolbar's "Copy" link among
// them) are the declaration's. Reads tags, lengths and the order of lines, no class name; read only for a lead line
// that would otherwise go, on a page whose lead holds code.
import { linkDensity } from './clutter-guard';
import { closestMatch, queryFirst } from './dom-query';
import { isFieldLine } from './field-lines';
import { clean } from './post-time';

/** Lines between a label and the code it stands over at most ("Syntax", "C#", "Copy"). */
const LABEL_RUN = 3;

/** Characters of a code's label at most ("Syntax", "C#", "Visual Basic"). */
const LABEL_CHARS = 24;

/** A line that is a link or a control (a code box's "Copy"): it goes, and stands among the labels. */
function isControl(el: Element): boolean {
  return !!closestMatch(el, 'a, button') || !!queryFirst(el, 'button') || linkDensity(el) >= 0.5;
}

/**
 * A short label of one or two words, no sentence, no link, control or code: the title or the tab of a code box (an
 * icon beside it allowed: Sandcastle's "Syntax" follows its section's expand/collapse toggle). Not a heading.
 */
function isCodeLabel(el: Element): boolean {
  // A heading is the page's title or a section's, not a code box's label: rustdoc's title "Enum Result" over `pub enum
  // Result<T, E>` (an `<h2>` in Readability's block, which renames the `<h1>`); the outline's rules weigh headings.
  if (/^H[1-6]$/.test(el.tagName) || closestMatch(el, 'h1, h2, h3, h4, h5, h6')) return false;
  const t = clean(el.textContent);
  if (!t || t.length > LABEL_CHARS || t.split(' ').length > 2 || /[.!?:,;]$/.test(t)) return false;
  return !isControl(el) && !queryFirst(el, 'a, code');
}

/**
 * True when `lines[i]`, a line before the first prose, stands over the declaration's code at `lines[code]` (the lead's
 * first code line): a field line ("Namespace: …", "Assembly: …") anywhere before it, or a code label (see isCodeLabel)
 * in a run of labels and controls of at most `LABEL_RUN` lines that ends right before it, no heading among them. A
 * kicker or a dateline stands over a title or a text, not over a declaration.
 */
export function overDeclaration(lines: Element[], i: number, code: number): boolean {
  if (code < 0 || i >= code) return false;
  if (isFieldLine(lines[i])) return true;
  if (code - i > LABEL_RUN || !isCodeLabel(lines[i])) return false;
  // A heading between opens another section: the label is the earlier one's (godoc's "Package files" over its files'
  // links, then the "Variables" heading over the code).
  for (let j = i + 1; j < code; j++)
    if (/^H[1-6]$/.test(lines[j].tagName) || (!isCodeLabel(lines[j]) && !isControl(lines[j]))) return false;
  return true;
}
