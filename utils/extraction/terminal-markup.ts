import { queryFirst } from './dom-query';

/** True inside a box a script draws a terminal in: termynal's `data-termynal`, the `termy` box of FastAPI's docs. */
function inTerminalBox(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement)
    if (e.hasAttribute('data-termynal') || e.classList.contains('termy')) return true;
  return false;
}

/** A tag or an entity written as text: markup the terminal's script renders (`<font color="#4E9A06">`, `&apos;`). */
const MARKUP_TEXT = /<\/?[a-z][a-z0-9]*(?:\s[^<>]*)?>|&(?:[a-z]+|#\d+);/i;

/** Every tag written out in a text (`<font color="#4E9A06">`, `</u>`), with its name. */
const TAG_TEXT = /<\/?([a-z][a-z0-9]*)(?:\s[^<>]*)?>/gi;

/** Tags a console's colours are written in when converted to HTML (ANSI to HTML: rich, aha, termynal's sessions). */
const CONSOLE_TAG = /^(font|span|b|u|i|strong|em)$/i;

/** Tags written out a console's session holds at least (one coloured word is a tutorial's example). */
const CONSOLE_TAGS = 3;

/**
 * A code block's text that is a console's coloured session written out as markup, whatever its box's names (hashed by
 * a build): three tags or more, every one a tag of a console's colours (`font`, `span`, `b`, `u`, `i`), one or more of
 * them with a colour or a style. An HTML example in a tutorial writes a page's tags (`div`, `p`, `a`, `html`).
 */
function isConsoleMarkup(text: string): boolean {
  let tags = 0;
  let coloured = false;
  for (const m of text.matchAll(TAG_TEXT)) {
    if (!CONSOLE_TAG.test(m[1])) return false;
    tags++;
    coloured ||= /\b(color|style)\s*=/i.test(m[0]);
  }
  return tags >= CONSOLE_TAGS && coloured;
}

/**
 * A terminal drawn by a script (termynal) holds its session as text in a code block, and the script renders each line
 * as HTML: FastAPI's, Typer's and SQLModel's docs keep a console's colours there as markup written out
 * (`&lt;font color="#4E9A06"&gt;fastapi&lt;/font&gt; dev`), which a reader never sees. A stored or fetched page never
 * ran the script, so the code block read "<font color=…>fastapi</font>" and "<span style=…>" on every line. In such a
 * box, or where the code block's text is such a session whatever the box's names (see isConsoleMarkup), a code
 * block's text is rendered as the script would (parsed as HTML in an inert template, its text taken).
 * A live tab's terminal is already drawn: no code block with markup is left in it.
 */
export function renderTerminalMarkup(pres: Iterable<Element>): void {
  for (const pre of pres) {
    const text = pre.textContent ?? '';
    if (!MARKUP_TEXT.test(text)) continue;
    if (!inTerminalBox(pre) && !isConsoleMarkup(text)) continue;
    const code = queryFirst(pre, 'code');
    const box = code && (code.textContent ?? '') === text ? code : pre;
    const template = pre.ownerDocument.createElement('template');
    template.innerHTML = text;
    box.textContent = template.content.textContent ?? '';
  }
}
