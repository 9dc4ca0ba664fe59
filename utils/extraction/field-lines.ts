// A run of field lines before the first prose: a portfolio's project facts ("Product Genre: Marketing Materials",
// "Web Technology Tools: WordPress, PHP", "Role: Web Developer" in a Beaver Builder rich-text module), an event's
// "Date: / Time: / Place:", each its label in bold and a colon before its value. The edge trimming's lead took them
// for kickers, one by one; three such lines or more in a row are the page's own facts, and stay. Reads no class name:
// the label's `<strong>`/`<b>` tag, the colon and lengths. Read only on a page that declares no article or product, for
// a lead line that would otherwise go.
import { clean } from './post-time';

/** Field lines a run needs: one or two bold labels before the text are a kicker and a byline ("By: Dana"). */
export const MIN_FIELD_LINES = 3;

/** Characters of a field's label at most ("Web Technology Tools"). */
const LABEL_CHARS = 40;

/** A field line's text: a label, a colon and a value. */
const FIELD_TEXT = new RegExp(`^([^:]{1,${LABEL_CHARS}}):\\s*\\S`, 'u');

/**
 * True when `el` is a field line: its text a label, a colon and a value, the label printed in bold (its first
 * `<strong>` or `<b>` holds the label, the colon inside it or after it) and linking nowhere.
 */
export function isFieldLine(el: Element): boolean {
  const m = FIELD_TEXT.exec(clean(el.textContent));
  if (!m) return false;
  const bold = el.querySelector('strong, b');
  if (!bold || bold.closest('a[href]') || bold.querySelector('a[href]')) return false;
  return clean(bold.textContent).replace(/:$/, '').trim() === m[1].trim();
}

/**
 * True when `lines[i]` stands in a run of `MIN_FIELD_LINES` field lines or more (see isFieldLine) among `lines`, the
 * lead's lines; `fields` caches each line's answer.
 */
export function inFieldRun(lines: Element[], i: number, fields: Map<number, boolean>): boolean {
  const field = (j: number) => {
    let f = fields.get(j);
    if (f === undefined) fields.set(j, (f = j >= 0 && j < lines.length && isFieldLine(lines[j])));
    return f;
  };
  if (!field(i)) return false;
  let n = 1;
  for (let j = i - 1; field(j) && n < MIN_FIELD_LINES; j--) n++;
  for (let j = i + 1; field(j) && n < MIN_FIELD_LINES; j++) n++;
  return n >= MIN_FIELD_LINES;
}
