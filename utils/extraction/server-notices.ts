// PHP's notices printed before the document: a PHP site whose server shows its errors prints them before its template
// (phpBB 3.0's debug mode: "[phpBB Debug] PHP Notice: in file /viewtopic.php on line 988: date(): It is not safe to
// rely on the system's timezone settings…"; PHP's own "Warning: … in /path/file.php on line 12", "Notice: Undefined
// index …", "Deprecated: …"). They stand before `<!DOCTYPE>`, so the parser puts them at the start of the body, and
// they opened the region's text (900 characters on a real phpBB topic saved by the Wayback Machine). The rule reads
// only the body's leading run of text and inline markup, before its first other element, and takes it away when every
// line of it is such a message (its shape: the kind, a colon, and "in" a script's file "on line" a number). A leading
// line of anything else leaves the run as it is.
import { childList } from './child-elements';

/**
 * One of PHP's messages as it prints them: its kind, a colon, then the script it stood in and the line ("… in
 * /path/file.php on line 12", phpBB's "in file /viewtopic.php on line 988", PHP's start-up "in Unknown on line 0").
 */
const PHP_MESSAGE = new RegExp(
  [
    /^(?:\[phpBB Debug\]\s*)?(?:PHP\s+)?/.source,
    /(?:Notice|Warning|Deprecated|Strict Standards|(?:Catchable )?Fatal error|Parse error)\s*:/.source,
    /.*\bin (?:file )?(?:\S+\.(?:php\d?|inc|phtml|module|tpl)|Unknown) on line \d+/.source,
  ].join(''),
  'i',
);

/** The inline markup PHP's messages are printed in (`html_errors`: `<b>`, `<br />`; some hosts wrap them in font). */
const MESSAGE_TAGS = new Set(['B', 'STRONG', 'I', 'EM', 'FONT', 'SPAN', 'BR', 'CODE', 'TT']);

/** A leading run longer than this many nodes is no run of messages (a page printed without block elements). */
const MAX_NODES = 400;

/**
 * Removes PHP's messages printed before the page's own markup (see the file's comment) from the start of `body`: the
 * run of text and inline nodes before its first other element, when it holds a line and every line of it is one of
 * PHP's messages. True when it removed them.
 */
export function removeServerNotices(body: Element): boolean {
  const first = body.firstChild;
  // Most pages open with an element or white space: nothing to read.
  if (!first || (first.nodeType === 1 && !MESSAGE_TAGS.has((first as Element).tagName))) return false;
  const run: ChildNode[] = [];
  const lines: string[] = [''];
  for (let n: ChildNode | null = first; n; n = n.nextSibling) {
    if (n.nodeType === 1) {
      const el = n as Element;
      if (!MESSAGE_TAGS.has(el.tagName)) break;
      if (el.tagName === 'BR') lines.push('');
      else if (childList(el).some((c) => !MESSAGE_TAGS.has(c.tagName) || c.tagName === 'BR')) return false;
      else lines[lines.length - 1] += el.textContent ?? '';
    } else if (n.nodeType === 3) {
      const parts = (n.nodeValue ?? '').split('\n');
      lines[lines.length - 1] += parts[0];
      for (const p of parts.slice(1)) lines.push(p);
    }
    run.push(n);
    if (run.length > MAX_NODES) return false;
  }
  const said = lines.map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
  if (!said.length || !said.every((l) => PHP_MESSAGE.test(l))) return false;
  for (const n of run) n.remove();
  return true;
}
