import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { ExtractedArticle } from '@/utils/article';
import { removeClutter } from './remove-clutter';
import { htmlToText } from './html-to-text';
import { tidyArticle } from './tidy-article';
import { pageMetadata, cleanByline, metaIndex } from './page-metadata';
import { absoluteUrl } from './resolve-lazy-images';

/** What extractArticle returns before sanitizing and compressing (those need the page's window). */
export type ExtractedCore = Omit<ExtractedArticle, 'originalGzipBase64' | 'originalLength'>;

export interface ExtractOptions {
  /** Keep the whole page as a "page" when Readability finds no article. */
  force?: boolean;
  /** `doc` is a throwaway copy: clutter passes and Readability may change it instead of a clone. */
  inPlace?: boolean;
}

/** The page's canonical link (a tag-name list: an attribute selector costs more in jsdom). */
function canonicalHref(doc: Document): string | null {
  const links = doc.getElementsByTagName('link');
  for (let i = 0; i < links.length; i++) {
    if (links[i].getAttribute('rel') === 'canonical') return links[i].getAttribute('href');
  }
  return null;
}

/**
 * Document in, article out: a first clutter pass and Readability on a clone of the document
 * (Readability mutates its input), or on `doc` itself with `inPlace`. Null when there is no article
 * and `force` is not set.
 */
export function extractArticle(doc: Document, url: string, opts: ExtractOptions = {}): ExtractedCore | null {
  // Everything read from the page as it is comes first: the passes below may change `doc` (inPlace).
  const readerable = isProbablyReaderable(doc);
  // Both are http(s) only: a page controls them, and they are shown, fetched and exported later.
  const canonicalUrl = absoluteUrl(canonicalHref(doc), url);
  const meta = metaIndex(doc);
  const pm = pageMetadata(doc, meta);
  const leadImageUrl = absoluteUrl(pm.image, url);
  const lang = pm.lang;
  const docTitle = (doc.title || meta('og:title') || '').trim();
  // The whole page, kept for the "page" fallback before anything is removed from it.
  const pageHtml = opts.force && opts.inPlace ? (doc.body?.innerHTML ?? '') : null;
  const work = opts.inPlace ? doc : (doc.cloneNode(true) as Document);
  removeClutter(work);
  // serializer: keep the article as an element, so the tidy pass works on it without a re-parse.
  const parsed = new Readability<Element>(work, { keepClasses: false, serializer: (n) => n as Element }).parse();
  if (parsed?.content && (parsed.textContent ?? '').trim().length > 0) {
    const tidy = tidyArticle(parsed.content, doc);
    return {
      url,
      canonicalUrl,
      readerable,
      kind: 'article',
      title: (parsed.title || docTitle || url).trim(),
      byline: cleanByline(parsed.byline) ?? cleanByline(meta('author', 'article:author')),
      siteName: parsed.siteName?.trim() || meta('og:site_name') || null,
      lang: lang ?? parsed.lang ?? null,
      excerpt: parsed.excerpt?.trim() || null,
      publishedTime: parsed.publishedTime || pm.publishedTime,
      leadImageUrl: leadImageUrl ?? absoluteUrl(tidy.leadImageUrl, url),
      contentHtml: tidy.html,
      textContent: tidy.text,
    };
  }
  if (!opts.force) return null;
  const html = pageHtml ?? doc.body?.innerHTML ?? '';
  return {
    url,
    canonicalUrl,
    readerable,
    kind: 'page',
    title: docTitle || url,
    byline: null,
    siteName: meta('og:site_name'),
    lang,
    excerpt: meta('description', 'og:description'),
    publishedTime: null,
    leadImageUrl,
    contentHtml: html,
    textContent: html ? htmlToText(html, doc) : '',
  };
}
