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

/** Chinese, Japanese, Korean and Thai letters: one carries about what three Latin letters do. */
const DENSE =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/gu;

/**
 * Readability's readable check for pages in dense scripts: it wants paragraphs of 140+ characters
 * scoring 20 in all (the square root of each one's length past 140), which a short Chinese or Japanese
 * article never reaches. Where most of the text is in such a script, the same check at a third of the
 * length (140 / 3 characters, and a score scaled by √3) applies.
 */
function isDenseReaderable(doc: Document): boolean {
  const text = (doc.body?.textContent ?? '').slice(0, 20_000).replace(/\s+/g, '');
  if (!text) return false;
  const dense = text.match(DENSE)?.length ?? 0;
  if (dense / text.length < 0.3) return false;
  return isProbablyReaderable(doc, { minContentLength: 47, minScore: 20 / Math.sqrt(3) });
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
  const readerable = isProbablyReaderable(doc) || isDenseReaderable(doc);
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
