// The thread every forum-engine fixture page holds (tests/fixtures/pages/forum-*): the same question and three
// replies, written in each engine's markup, and the post headers Offprint prints for it.
import { extractArticle } from '@/utils/extraction/extract-article';
import { PAGE_URL, loadPage, offprintPage, parsePage } from './extraction-pages';

export const QUESTION = 'I replaced the thermocouple';
export const REPLIES = [
  'Ten minutes and then out usually points at the flue',
  'That was it. The screen was almost completely covered',
  'Glad you sorted it.',
];

/** The thread's post headers ("author · time") as Offprint prints them, white space squashed. */
export function postHeads(slug: string): string[] {
  const out = parsePage(`<div>${offprintPage(loadPage(slug))!.contentHtml}</div>`);
  return [...out.querySelectorAll('article > header')].map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** What Offprint keeps of a parsed thread page: its kind, its post headers ("author · time") and its text. */
export function threadKept(doc: Document) {
  const got = extractArticle(doc, PAGE_URL);
  const out = doc.createElement('div');
  out.innerHTML = got?.contentHtml ?? '';
  const heads = [...out.querySelectorAll('article > header')].map((h) =>
    (h.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
  return { kind: got?.pageKind, heads, text: out.textContent ?? '' };
}
