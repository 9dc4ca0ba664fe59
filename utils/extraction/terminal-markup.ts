import { queryFirst } from './dom-query';

/** True inside a box a script draws a terminal in: termynal's `data-termynal`, the `termy` box of FastAPI's docs. */
function inTerminalBox(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement)
    if (e.hasAttribute('data-termynal') || e.classList.contains('termy')) return true;
  return false;
}

/** A tag or an entity written as text: markup the terminal's script renders (`<font color="#4E9A06">`, `&apos;`). */
const MARKUP_TEXT = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>|&(?:[a-z]+|#\d+);/i;

/**
 * A terminal drawn by a script (termynal) holds its session as text in a code block, and the script renders each line
 * as HTML: FastAPI's, Typer's and SQLModel's docs keep a console's colours there as markup written out
 * (`&lt;font color="#4E9A06"&gt;fastapi&lt;/font&gt; dev`), which a reader never sees. A stored or fetched page never
 * ran the script, so the code block read "<font color=…>fastapi</font>" and "<span style=…>" on every line. In such a
 * box a code block's text is rendered as the script would (parsed as HTML in an inert template, its text taken).
 * A live tab's terminal is already drawn: no code block with markup is left in it.
 */
export function renderTerminalMarkup(pres: Iterable<Element>): void {
  for (const pre of pres) {
    if (!inTerminalBox(pre)) continue;
    const text = pre.textContent ?? '';
    if (!MARKUP_TEXT.test(text)) continue;
    const code = queryFirst(pre, 'code');
    const box = code && (code.textContent ?? '') === text ? code : pre;
    const template = pre.ownerDocument.createElement('template');
    template.innerHTML = text;
    box.textContent = template.content.textContent ?? '';
  }
}
