import DOMPurify from 'dompurify';
import { CODE_LANGUAGE_ATTR, codeLanguage } from './code-language';

/** Tags that never reach a stored or rendered article. */
const FORBID_TAGS = [
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'option',
  'base',
  'meta',
  'link',
  'noscript',
  'template',
  'portal',
  'dialog',
  'slot',
  'audio',
  'video',
  'source',
  'track',
  'canvas',
  'foreignobject',
  'use',
  'animate',
  'animatemotion',
  'animatetransform',
  'set',
  'image',
  'feimage',
  // Raw-text and legacy parsing modes that mutation-XSS strings abuse; an article never needs them.
  'xmp',
  'noembed',
  'noframes',
  'plaintext',
  'marquee',
  'listing',
  'math',
  'svg',
];
/** Attributes dropped everywhere: styling, page-script hooks and anything that fetches from outside. */
const FORBID_ATTR = [
  'style',
  'class',
  'id',
  'srcset',
  'sizes',
  'poster',
  'background',
  'ping',
  'action',
  'formaction',
  'xlink:href',
  'srcdoc',
  'autofocus',
  'tabindex',
  'contenteditable',
  'loading',
  'decoding',
  'fetchpriority',
  'integrity',
  'crossorigin',
  'referrerpolicy',
  'is',
  'nonce',
];

/** URLs an article may link to; images may also be `blob:` (stored copies) and `data:image/…`. */
const SAFE_LINK = /^(?:https?:|mailto:|#)/i;
const SAFE_IMG = /^(?:https?:|blob:|data:image\/(?:png|gif|jpe?g|webp|avif);)/i;
/** URL attributes that only `<a>` (href) and `<img>` (src) keep; `cite` stays where it is a safe link. */
const URL_ATTRS = ['href', 'src', 'cite', 'longdesc'];

/** The one configuration of every sanitizeHtml call. */
const CONFIG = {
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOW_DATA_ATTR: false,
  ADD_ATTR: [CODE_LANGUAGE_ATTR],
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOW_ARIA_ATTR: false,
  USE_PROFILES: { html: true },
  KEEP_CONTENT: true,
};

type Purifier = ReturnType<typeof DOMPurify>;

/** This module's own DOMPurify instance per window (hooks added and configuration set once). */
let purifiers = new WeakMap<object, Purifier>();

/**
 * The sanitizer for `win`: an instance of its own (no other code's hooks or configuration reach it), with
 * the hooks below and CONFIG set once by `setConfig`. Handing the configuration to every `sanitize` call
 * instead made DOMPurify rebuild its allow-lists for each article: about 40 % of its time on a restore's
 * short articles (docs/backup.md, session 22).
 */
export function purifierFor(win: Window & typeof globalThis): Purifier {
  // No window (a document made by DOMParser has none): an instance of its own that says it cannot run.
  let purify = win ? purifiers.get(win) : undefined;
  if (!purify) {
    purify = DOMPurify(win);
    if (win) purifiers.set(win, purify);
    if (purify.isSupported) {
      addHooks(purify);
      purify.setConfig(CONFIG);
    }
  }
  return purify;
}

function addHooks(purify: Purifier) {
  // Classes are dropped, but a code block's language is content: kept as data-language on <pre>/<code>. Read before
  // the element's attributes are checked (the class is still there; the data-language set here is checked with them).
  // Not in `uponSanitizeElement`: with a hook there DOMPurify copies its whole tag allow-list on every call.
  purify.addHook('beforeSanitizeAttributes', (node) => {
    const tag = node.nodeName;
    if (tag !== 'PRE' && tag !== 'CODE') return;
    const el = node as Element;
    if (typeof el.getAttribute !== 'function') return;
    const lang = codeLanguage(el);
    if (lang) el.setAttribute(CODE_LANGUAGE_ATTR, lang);
    else el.removeAttribute(CODE_LANGUAGE_ATTR);
  });
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    // Most elements of an article keep no attribute (classes, ids and styles are gone): nothing to check.
    if (!el.hasAttributes()) return;
    const tag = el.tagName;
    if (tag !== 'PRE' && tag !== 'CODE') el.removeAttribute(CODE_LANGUAGE_ATTR);
    if (tag === 'A') {
      const href = el.getAttribute('href') ?? '';
      if (href && !SAFE_LINK.test(href.trim())) el.removeAttribute('href');
      if (el.hasAttribute('href') && !href.startsWith('#')) {
        el.setAttribute('target', '_blank');
        el.setAttribute('rel', 'noopener noreferrer');
      } else el.removeAttribute('target');
    } else if (tag === 'IMG') {
      const src = el.getAttribute('src') ?? '';
      if (src && !SAFE_IMG.test(src.trim())) el.removeAttribute('src');
    } else {
      for (const attr of URL_ATTRS) {
        const v = el.getAttribute(attr);
        if (v !== null && (attr !== 'cite' || !SAFE_LINK.test(v.trim()))) el.removeAttribute(attr);
      }
    }
  });
}

/**
 * Article HTML with everything that could run, fetch or restyle removed: scripts, handlers,
 * script URLs, frames, forms, `<base>`, `<meta>`, styles, `srcset` and remote-pointing SVG parts.
 * Runs in any context with a DOM (content script, extension page, offscreen document, tests).
 */
export function sanitizeHtml(html: string, win: Window & typeof globalThis = window): string {
  const purify = purifierFor(win);
  // DOMPurify hands its input back unchanged where it cannot work: fail closed instead.
  if (!purify.isSupported) throw new Error('The HTML sanitizer cannot run here; the article was not rendered.');
  // The configuration was set once (purifierFor): a config given here would be ignored.
  return purify.sanitize(html) as string;
}

/** Tests only: forget the instances made so far (the next call for a window makes a new one). */
export function resetSanitizers(): void {
  purifiers = new WeakMap();
}
