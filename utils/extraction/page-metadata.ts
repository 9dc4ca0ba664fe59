import { jsonLdObjects, type JsonLd } from './json-ld';
import { byTag } from './tag-list';
import { closestMatch } from './dom-query';

/** Metadata a page declares, JSON-LD first, then Open Graph and <meta>, then the markup. */
export interface PageMetadata {
  image: string | null;
  lang: string | null;
  publishedTime: string | null;
}

type Json = JsonLd;
const ARTICLE_TYPE = /Article|BlogPosting|Report|LiveBlogPosting|WebPage/;

/** The first Article-like JSON-LD object of the page (`objects`: the page's jsonLdObjects, when read already). */
export function jsonLdArticle(doc: Document, objects = jsonLdObjects(doc)): Json | null {
  return objects.find((o) => ARTICLE_TYPE.test(String(o['@type'] ?? ''))) ?? null;
}

function imageOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return imageOf(v[0]);
  if (v && typeof v === 'object') return imageOf((v as Json).url);
  return null;
}

/**
 * The page's <meta> values by property, name and itemprop (first non-empty wins), read in one pass:
 * one attribute selector per name costs a whole-document walk each in jsdom. `generator` is every generator the page
 * names, one a line: a theme or a tool built on a framework prints the framework's first (Starlight after
 * `Astro v5.1.1`, Hugo's Relearn theme after `Hugo 0.125.7`), and the first alone hid the manual's tool.
 */
export function metaIndex(doc: Document): (...names: string[]) => string | null {
  const map = new Map<string, string>();
  for (const el of byTag(doc, 'meta')) {
    const v = el.getAttribute('content')?.trim();
    if (!v) continue;
    for (const a of ['property', 'name', 'itemprop']) {
      const k = el.getAttribute(a);
      if (!k) continue;
      const had = map.get(k);
      if (had === undefined) map.set(k, v);
      else if (k === 'generator' && a === 'name') map.set(k, `${had}\n${v}`);
    }
  }
  return (...names) => names.map((n) => map.get(n)).find((v) => v !== undefined) ?? null;
}

/** The datetime of the first <time> in an <article> or <main>, or marked pubdate. */
function articleTime(doc: Document): string | null {
  for (const t of byTag(doc, 'time')) {
    if (t.hasAttribute('datetime') && (t.hasAttribute('pubdate') || closestMatch(t, 'article, main')))
      return t.getAttribute('datetime') || null;
  }
  return null;
}

/**
 * Lead image, language and published time, each from the most reliable source the page has (`meta` and
 * `objects`: the page's metaIndex and jsonLdObjects, when read already).
 */
export function pageMetadata(doc: Document, meta = metaIndex(doc), objects = jsonLdObjects(doc)): PageMetadata {
  const ld = jsonLdArticle(doc, objects);
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  return {
    image: imageOf(ld?.image) ?? imageOf(ld?.thumbnailUrl) ?? meta('og:image', 'twitter:image', 'thumbnail'),
    lang:
      str(ld?.inLanguage) ??
      (doc.documentElement.getAttribute('lang') || meta('og:locale', 'language', 'content-language')),
    publishedTime:
      str(ld?.datePublished) ??
      meta('article:published_time', 'datePublished', 'date', 'pubdate', 'DC.date.issued', 'dc.date') ??
      articleTime(doc),
  };
}

/** A byline without its "By" / "Von" / "Por" / "Par" / "Di" label. */
export function cleanByline(byline: string | null | undefined): string | null {
  const s = byline
    ?.replace(/^\s*(by|von|por|par|di|door|av|автор:?|від)\s+/iu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return s || null;
}
