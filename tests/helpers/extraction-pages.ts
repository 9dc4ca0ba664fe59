// The extraction rule tests' shared set-up: fixture pages as jsdom documents and the text each extractor keeps
// (until session 29 every test file wrote these lines again).
import fs from 'node:fs';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '@/utils/extraction/extract-article';
import { articleText } from '@/utils/extraction/article-text';

/** The address the fixture pages are parsed at unless a test gives its own. */
export const PAGE_URL = 'http://fakehost/test/page.html';

/** `html` as a jsdom document at `url`. */
export const parsePage = (html: string, url = PAGE_URL): Document => new JSDOM(html, { url }).window.document;

/** The fixture page tests/fixtures/pages/`slug`/source.html as a jsdom document. */
export const loadPage = (slug: string, url = PAGE_URL): Document =>
  parsePage(fs.readFileSync(`tests/fixtures/pages/${slug}/source.html`, 'utf8'), url);

/** Offprint's extraction of `doc` with its article text, or null when the page has no main content. */
export function offprintPage(doc: Document, url = PAGE_URL) {
  const core = extractArticle(doc, url);
  return core ? { ...core, text: articleText(core.contentHtml, doc).textContent } : null;
}

/** The text vanilla Readability keeps, read from a copy (`doc` stays as it was). */
export const readabilityText = (doc: Document): string =>
  new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '';
