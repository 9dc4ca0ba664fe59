import { byTag } from './tag-list';
import { classAndIdWords } from './attribute-names';
import { closestMatch } from './dom-query';

/** Class or id words of a box that shows code (pkg.go.dev's `Documentation-exampleCode`, a playground's editor). */
const CODE_WORDS = /(^|[^a-z])(code|example|snippet|playground|editor|source)/i;

/** Lines of text a box of code holds at least (one line is an embed snippet's, or a field's). */
const MIN_LINES = 2;

/**
 * A manual's runnable example shown in an editable box: pkg.go.dev (and Go's playground embeds) write each example's
 * program as the text of a `<textarea spellcheck="false">`, so that a reader can edit and run it. Readability
 * removes every `<textarea>` as a form control, and the example's code went with it (its "Output:" stayed). Such a
 * box, outside any form, with two lines or more of text and a class word that names code or its spell-check turned
 * off, becomes the `<pre><code>` it shows. An empty box (a comment field) or a one-line one (an embed snippet) stays.
 */
export function textareaCode(root: Element): void {
  for (const box of byTag(root, 'textarea')) {
    const code = box.textContent ?? '';
    const lines = code.split('\n').filter((l) => l.trim()).length;
    if (lines < MIN_LINES || closestMatch(box, 'form')) continue;
    if (box.getAttribute('spellcheck') !== 'false' && !CODE_WORDS.test(classAndIdWords(box))) continue;
    const doc = box.ownerDocument;
    const pre = doc.createElement('pre');
    const inner = pre.appendChild(doc.createElement('code'));
    inner.textContent = code.replace(/\n+$/, '');
    box.replaceWith(pre);
  }
}
