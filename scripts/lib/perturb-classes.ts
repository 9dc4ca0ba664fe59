// `bench:extract --perturb classes`: a page as a site built with CSS modules, styled-components or hashed
// names would serve it. Every class word and id becomes a meaningless stable code (the same word, the same
// code, so repeated structures stay repeated), and the attributes that point at an id (`href="#…"`, aria
// references, `for`, `data-*` targets) follow it. Tag names, ARIA roles, microdata, JSON-LD, `<meta>`,
// inline styles and other attributes stay: they survive on hashed sites. Only the rules that read class and
// id words lose their signal, so the drop under it measures how much a page type leans on names alone.

/** Attributes that hold one or more ids, separated by spaces. */
const ID_LISTS = [
  'aria-controls',
  'aria-labelledby',
  'aria-describedby',
  'aria-owns',
  'aria-flowto',
  'aria-activedescendant',
  'aria-details',
  'aria-errormessage',
  'for',
  'headers',
  'list',
  'form',
];

/** React's streaming boundaries and segments (`B:0`, `S:0`, `P:0`): framework names every such site keeps. */
const FRAMEWORK_ID = /^[BPS]:\d+$/;

/** Letters that spell no word any rule reads (no vowels, none of `btn`, `nav`, `hdr`…). */
const LETTERS = 'qxzjkvwg';

/**
 * The code of a class word or id: its letters hashed, its numbers kept after the code ("post-2017066" →
 * "qxzj…2017066"), so per-item words stay per-item and numbered ids stay numbered, as on the page.
 */
export function codeOf(word: string): string {
  const numbers = word.match(/\d+/g);
  return numbers ? hashWord(word.replace(/\d+/g, '0')) + numbers.join('') : hashWord(word);
}

/** An 8-letter code for a word (FNV-1a): the same word always gives the same code. */
export function hashWord(word: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  let out = '';
  for (let i = 0; i < 8; i++) {
    out += LETTERS[h & 7];
    h = (h >>> 3) | ((h & 7) << 29); // rotate: all 32 bits take part in the 24 used
  }
  return out;
}

/** The id a link's fragment names, when the link points into this page and the id is one of its own. */
function fragmentTarget(href: string, doc: Document, ids: Map<string, string>): string | null {
  const hash = href.indexOf('#');
  if (hash < 0) return null;
  if (hash > 0) {
    let url: URL;
    try {
      url = new URL(href, doc.baseURI);
    } catch {
      return null;
    }
    const page = new URL(doc.URL);
    if (url.origin + url.pathname + url.search !== page.origin + page.pathname + page.search) return null;
  }
  const raw = href.slice(hash + 1);
  let frag = raw;
  try {
    frag = decodeURIComponent(raw);
  } catch {
    // a malformed escape: compare it as written
  }
  return ids.has(frag) ? frag : null;
}

/** Replaces the page's class words and ids in place (see the file comment). */
export function perturbClasses(doc: Document): void {
  const ids = new Map<string, string>();
  const elements = Array.from(doc.querySelectorAll('*'));
  for (const el of elements) {
    const id = el.getAttribute('id');
    if (id && !FRAMEWORK_ID.test(id)) ids.set(id, ids.get(id) ?? codeOf(id));
  }
  for (const el of elements) {
    const cls = el.getAttribute('class');
    if (cls != null) el.setAttribute('class', cls.split(/\s+/).filter(Boolean).map(codeOf).join(' '));
    const id = el.getAttribute('id');
    if (id && ids.has(id)) el.setAttribute('id', ids.get(id)!);
    for (const name of ID_LISTS) {
      const value = el.getAttribute(name);
      if (value == null) continue;
      el.setAttribute(
        name,
        value
          .split(/\s+/)
          .map((v) => ids.get(v) ?? v)
          .join(' '),
      );
    }
    for (const attr of Array.from(el.attributes)) {
      if (attr.name === 'href' || attr.name === 'xlink:href') {
        const target = fragmentTarget(attr.value, doc, ids);
        if (target) attr.value = `${attr.value.slice(0, attr.value.indexOf('#'))}#${ids.get(target)}`;
      } else if (attr.name.startsWith('data-')) {
        const bare = attr.value.startsWith('#') ? attr.value.slice(1) : attr.value;
        const code = ids.get(bare);
        if (code) attr.value = attr.value.startsWith('#') ? `#${code}` : code;
      }
    }
  }
}
