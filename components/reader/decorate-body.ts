import { CODE_LANGUAGE_ATTR } from '@/utils/extraction/code-language';
import { UI_ATTR } from '@/utils/highlights/text-index';

/** How long "Copied" shows on a Copy button before it reads "Copy" again (ms). */
const COPIED_FOR = 2000;

/** Copies text with the Clipboard API, else through a selection of `source` (older engines, no permission). */
async function copyText(text: string, source: Element): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const doc = source.ownerDocument;
    const sel = doc.getSelection();
    if (!sel) return false;
    const range = doc.createRange();
    range.selectNodeContents(source);
    sel.removeAllRanges();
    sel.addRange(range);
    const ok = doc.execCommand?.('copy') ?? false;
    sel.removeAllRanges();
    return ok;
  }
}

/** The bar above a code block: its Copy button and a status line for screen readers. Reader UI, not article text. */
function codeBar(doc: Document, pre: HTMLElement): HTMLElement {
  const bar = doc.createElement('div');
  bar.className = 'code-bar';
  bar.setAttribute(UI_ATTR, '');
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'copy-code';
  // Named by its visible word and a word for screen readers ("Copy code"), so the name keeps the visible text.
  const word = doc.createElement('span');
  word.textContent = 'Copy';
  const what = doc.createElement('span');
  what.className = 'visually-hidden';
  what.textContent = ' code';
  button.append(word, what);
  const status = doc.createElement('span');
  status.className = 'visually-hidden';
  status.setAttribute('role', 'status');
  let timer: ReturnType<typeof setTimeout> | undefined;
  button.addEventListener('click', () => {
    void copyText(pre.textContent ?? '', pre).then((ok) => {
      word.textContent = ok ? 'Copied' : 'Copy';
      status.textContent = ok ? 'Code copied' : 'The code could not be copied. Select it and copy it by hand.';
      clearTimeout(timer);
      timer = setTimeout(() => {
        word.textContent = 'Copy';
        status.textContent = '';
      }, COPIED_FOR);
    });
  });
  // The block's language, when the page named it (kept by extraction as data-language).
  const lang = pre.getAttribute(CODE_LANGUAGE_ATTR);
  if (lang) {
    const label = doc.createElement('span');
    label.className = 'code-language';
    label.textContent = lang;
    bar.append(label);
  }
  bar.append(button, status);
  return bar;
}

/** Puts `wrapper` where `el` stands and `el` inside it. */
function wrap(el: Element, wrapper: HTMLElement): HTMLElement {
  el.parentNode!.insertBefore(wrapper, el);
  wrapper.append(el);
  return wrapper;
}

/**
 * Adds what the reader shows around the article's own markup, in the rendered body: a Copy button above
 * each code block (the code scrolls sideways, focusable so a keyboard can scroll it) and a sideways
 * scroller around each table. What it adds that is not article text (buttons, status lines) carries
 * data-offprint-ui, so highlights and Listen leave it out; the wrappers hold no text of their own, so the
 * article's text (utils/highlights/text-index.ts) is the same with or without them. Runs again on every
 * render of the body; elements already decorated are left alone.
 */
export function decorateBody(root: HTMLElement): void {
  const doc = root.ownerDocument;
  for (const pre of root.querySelectorAll<HTMLElement>('pre')) {
    if (pre.parentElement?.classList.contains('code-block') || pre.parentElement?.closest('pre')) continue;
    const block = doc.createElement('div');
    block.className = 'code-block';
    wrap(pre, block);
    block.insertBefore(codeBar(doc, pre), pre);
    pre.tabIndex = 0;
  }
  for (const table of root.querySelectorAll<HTMLElement>('table')) {
    if (table.parentElement?.classList.contains('table-scroll') || table.parentElement?.closest('table')) continue;
    const scroller = doc.createElement('div');
    scroller.className = 'table-scroll';
    scroller.tabIndex = 0;
    // A named group, not a region: a page of tables would otherwise fill the landmark list.
    scroller.setAttribute('role', 'group');
    const caption = table.querySelector('caption')?.textContent?.trim();
    scroller.setAttribute('aria-label', caption ? `Table: ${caption.slice(0, 80)}` : 'Table');
    wrap(table, scroller);
  }
}
