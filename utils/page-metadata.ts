/** Metadata a page declares, JSON-LD first, then Open Graph and <meta>, then the markup. */
export interface PageMetadata {
  image: string | null;
  lang: string | null;
  publishedTime: string | null;
}

type Json = Record<string, unknown>;
const ARTICLE_TYPE = /Article|BlogPosting|Report|LiveBlogPosting|WebPage/;

/** The first Article-like JSON-LD object of the page (inside @graph or arrays too). */
export function jsonLdArticle(doc: Document): Json | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // broken JSON-LD is common; the other sources still apply
    }
    const queue = [data];
    while (queue.length) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (item && typeof item === 'object') {
        const o = item as Json;
        if (Array.isArray(o['@graph'])) queue.push(...(o['@graph'] as unknown[]));
        if (ARTICLE_TYPE.test(String(o['@type'] ?? ''))) return o;
      }
    }
  }
  return null;
}

function imageOf(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return imageOf(v[0]);
  if (v && typeof v === 'object') return imageOf((v as Json).url);
  return null;
}

function meta(doc: Document, ...names: string[]): string | null {
  for (const n of names) {
    const v = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`)?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** Lead image, language and published time, each from the most reliable source the page has. */
export function pageMetadata(doc: Document): PageMetadata {
  const ld = jsonLdArticle(doc);
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : null);
  return {
    image: imageOf(ld?.image) ?? imageOf(ld?.thumbnailUrl) ?? meta(doc, 'og:image', 'twitter:image', 'thumbnail'),
    lang: str(ld?.inLanguage) ?? (doc.documentElement.getAttribute('lang') || meta(doc, 'og:locale', 'language', 'content-language')),
    publishedTime:
      str(ld?.datePublished) ??
      meta(doc, 'article:published_time', 'datePublished', 'date', 'pubdate', 'DC.date.issued', 'dc.date') ??
      (doc.querySelector('article time[datetime], main time[datetime], time[pubdate][datetime]')?.getAttribute('datetime') || null),
  };
}

/** A byline without its "By" / "Von" / "Por" / "Par" / "Di" label. */
export function cleanByline(byline: string | null | undefined): string | null {
  const s = byline?.replace(/^\s*(by|von|por|par|di|door|av|автор:?|від)\s+/iu, '').replace(/\s+/g, ' ').trim();
  return s || null;
}
