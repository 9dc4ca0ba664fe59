import { splitCodeLines } from './split-code-lines';
import { byTag } from './tag-list';
import { queryFirst } from './dom-query';

/** A code block's language as highlighters mark it (`class="language-ts"`, `lang-py`, `highlight-source-js`). */
const CODE_LANGUAGE = /(?:^|\s)(?:language|lang|highlight-source)-([a-z0-9][a-z0-9+#._-]{0,23})(?=\s|$)/i;

/** The attribute that keeps a code block's language once classes are gone (the reader labels the block with it). */
export const CODE_LANGUAGE_ATTR = 'data-language';

/** The language named by an element's class, or by a data-language it carries (checked the same way); else null. */
export function codeLanguage(el: Element): string | null {
  const fromClass = CODE_LANGUAGE.exec(el.getAttribute('class') ?? '')?.[1];
  const own = el.getAttribute(CODE_LANGUAGE_ATTR);
  const lang = fromClass ?? (own ? CODE_LANGUAGE.exec(`language-${own}`)?.[1] : undefined);
  return lang ? lang.toLowerCase() : null;
}

/**
 * Before the passes that drop classes (Readability keeps none): every `<pre>` and `<code>` whose class names
 * a language gets it as data-language, and a `<pre>` takes the language of the `<code>` it wraps; each `<pre>`'s
 * line boxes are split onto lines of their own (see splitCodeLines). Returns the
 * `<pre>` elements (the code blocks: see freeCodeBlocks).
 */
export function markCodeLanguages(root: Element): Element[] {
  // Tag-name lists, not a selector: a selector over the whole page costs more in jsdom.
  const pres = byTag(root, 'pre');
  for (const el of [...pres, ...byTag(root, 'code')]) {
    const lang = codeLanguage(el);
    if (lang) el.setAttribute(CODE_LANGUAGE_ATTR, lang);
  }
  for (const pre of pres) {
    splitCodeLines(pre);
    if (pre.hasAttribute(CODE_LANGUAGE_ATTR)) continue;
    const inner = queryFirst(pre, 'code[data-language]');
    if (inner) pre.setAttribute(CODE_LANGUAGE_ATTR, inner.getAttribute(CODE_LANGUAGE_ATTR)!);
  }
  return pres;
}
